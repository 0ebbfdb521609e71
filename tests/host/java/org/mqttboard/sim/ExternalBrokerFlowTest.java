/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mqttboard.it.MosquittoRig;

/** {@code --broker HOST:PORT}: board and peer on an external broker (mosquitto), no embedded broker. */
public class ExternalBrokerFlowTest {

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	@Test
	public void brokerOption_pointsBoardAndPeerAtMosquitto_withoutStartingTheEmbeddedBroker() throws Exception {
		assumeTrue("mosquitto is installed by ./run-tests", MosquittoRig.available());
		try (MosquittoRig mosquitto = MosquittoRig.builder().start()) {
			int port = mosquitto.port("plain");
			SimRun run = SimRun.run(this.temp.getRoot().toPath(), String.join("\n",
					"peer subscribe testtopic/1",
					"expect state ONLINE 20000",
					"press A",
					"expect peer testtopic/1 hello 5000",
					"peer publish testtopic/2 5 1",
					"expect display 5 5000",
					"quit", ""), "--broker", "127.0.0.1:" + port);
			assertEquals(run.toString(), 0, run.exit);
			assertTrue(run.err, run.err.contains("broker: 127.0.0.1 port " + port));
			assertFalse(run.err, run.err.contains("(embedded)"));
		}
	}
}
