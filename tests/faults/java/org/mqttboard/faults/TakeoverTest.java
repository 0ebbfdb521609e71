/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.faults;

import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import org.junit.Test;
import org.mqttboard.it.MosquittoRig;
import org.mqttboard.sim.SntpResponder;

/**
 * Two boards with the same client id against mosquitto (each connect takes the other over [MQTT-3.1.4-2]): the
 * firmware must report the probable duplicate and fall back to the long wait, so the pair never ping-pongs.
 * Connection attempts are counted at a {@link FaultProxy} in front of each board.
 */
public class TakeoverTest {

	private static final long WINDOW_MILLIS = 15_000;

	@Test
	public void sameClientIdOnTwoBoards_isReported_andConnectsStayBounded() throws Exception {
		assumeTrue("mosquitto is not installed", MosquittoRig.available());
		try (MosquittoRig broker = MosquittoRig.builder().start();
				SntpResponder sntp = new SntpResponder("127.0.0.1", 0, System::currentTimeMillis);
				FaultProxy p1 = new FaultProxy(broker.port("plain"), 8);
				FaultProxy p2 = new FaultProxy(broker.port("plain"), 8)) {
			SimBoard a = new SimBoard("twin-a", FaultBench.config(p1.port(), "twin", sntp.port()), 1);
			SimBoard b = new SimBoard("twin-b", FaultBench.config(p2.port(), "twin", sntp.port()), 2);
			try {
				a.start();
				b.start();
				Thread.sleep(WINDOW_MILLIS);
			} finally {
				a.close();
				b.close();
			}
			int connects = p1.accepted() + p2.accepted();
			boolean reported = a.errors().stream().anyMatch(e -> e.startsWith("DUPLICATE_ID"))
					|| b.errors().stream().anyMatch(e -> e.startsWith("DUPLICATE_ID"));
			double perMinute = connects * 60_000.0 / WINDOW_MILLIS;
			System.out.printf("TakeoverTest: %d connects in %d ms (%.0f/min); errors a=%s b=%s%n", connects,
					WINDOW_MILLIS, perMinute, a.errors(), b.errors());
			assertTrue("duplicate client id reported", reported);
			// Without the diagnosis both would reconnect every <= 2 s backoff for the whole window (> 15).
			assertTrue("connects bounded: " + connects, connects <= 10);
		}
	}
}
