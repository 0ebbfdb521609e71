/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mqttboard.it.MosquittoRig;
import org.mqttboard.it.TestPki;

/**
 * A self-hosted broker with its own CA, on the PC without a rebuild: {@code broker.ca.files} names a PEM file beside
 * the {@code --config} file, and the simulated board goes ONLINE over TLS (host name checked) on a real mosquitto
 * whose certificate that CA signed, generated for this run; a file holding an unrelated CA is refused.
 */
public class CaFilesFlowTest {

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	@Test
	public void caFileBesideTheConfig_isTrusted_andAnUnrelatedOneIsRefused() throws Exception {
		assumeTrue("mosquitto is installed by ./run-tests", MosquittoRig.available());
		TestPki pki = TestPki.create();
		try (MosquittoRig mosquitto = MosquittoRig.builder().plain(false).tls("tls", pki.server).start();
				SntpResponder sntp = new SntpResponder("127.0.0.1", 0, System::currentTimeMillis)) {
			Path folder = this.temp.newFolder("my-broker").toPath();
			Files.copy(pki.ca.certPem, folder.resolve("my-ca.pem"));
			Files.copy(pki.otherCa.certPem, folder.resolve("other-ca.pem"));
			String config = String.join("\n",
					"wifi.ssid = home",
					"wifi.passphrase = home-pass-1",
					"broker.host = localhost",
					"broker.port = " + mosquitto.port("tls"),
					"broker.tls = true",
					"broker.ca.files = my-ca.pem",
					"broker.client.id = ca-files-board",
					"button.a.short.topic = testtopic/1",
					"button.a.short.payload = hello",
					"time.sntp.servers = 127.0.0.1:" + sntp.port(),
					"");
			Path good = folder.resolve("board.properties");
			Files.writeString(good, config, StandardCharsets.UTF_8);
			SimRun run = SimRun.run(this.temp.getRoot().toPath(), String.join("\n",
					"expect state ONLINE 30000",
					"press A",
					"sleep 1000",
					"quit", ""), "--config", good.toString());
			assertEquals(run.toString(), 0, run.exit);
			assertEquals(run.toString(), 1, run.count("PUBLISHED testtopic/1 hello"));

			Path bad = folder.resolve("other.properties");
			Files.writeString(bad, config.replace("my-ca.pem", "other-ca.pem"), StandardCharsets.UTF_8);
			SimRun refused = SimRun.run(this.temp.getRoot().toPath(), String.join("\n",
					"expect error TLS 30000",
					"quit", ""), "--config", bad.toString());
			assertEquals(refused.toString(), 0, refused.exit);
			assertTrue(refused.toString(), refused.out.contains("broker.ca.files"));
		} finally {
			pki.delete();
		}
	}
}
