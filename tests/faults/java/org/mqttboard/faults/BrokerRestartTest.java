/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.faults;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import org.junit.Test;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.it.MosquittoRig;
import org.mqttboard.it.PahoPeer;

/**
 * A broker restart WITHOUT persistence: the broker forgets the board's session and subscriptions (the randomized
 * run covers restarts with persistence). The board must notice, come back ONLINE, subscribe again (session present
 * = 0 [MQTT-3.2.2-1]) and carry presses and messages as before.
 */
public class BrokerRestartTest {

	@Test
	public void restartWithoutPersistence_boardResubscribesAndCarriesOn() throws Exception {
		assumeTrue("mosquitto is not installed", MosquittoRig.available());
		try (FaultBench bench = new FaultBench(false, 7)) {
			SimBoard board = bench.board;
			board.start();
			assertTrue(board.awaitState(BringUpState.ONLINE, 30_000));
			board.pressA();
			PahoPeer.Received first = bench.peer.next(10_000);
			assertEquals("1", first == null ? null : first.payload);

			long t0 = board.clock().monotonicMillis();
			bench.broker.restart();
			bench.peer.reconnect();
			bench.peer.subscribe(FaultBench.PRESS_TOPIC, 1); // the broker forgot the peer too
			assertTrue("restart seen", RandomizedFaultTest.waitFor(() -> board.leftOnlineAfter(t0) >= 0, 10_000));
			assertTrue("back ONLINE: " + board.errors(), board.awaitState(BringUpState.ONLINE, 30_000));
			// The broker acknowledges SUBSCRIBE after CONNACK; give it a moment before relying on it.
			assertTrue(RandomizedFaultTest.waitFor(() -> board.subscribed(), 5_000));

			board.pressA();
			PahoPeer.Received second = bench.peer.next(10_000);
			assertEquals("2", second == null ? null : second.payload);
			bench.peer.publish(FaultBench.DISPLAY_TOPIC, "after-restart", 1, false);
			assertTrue("message after restart shown: " + board.shown(),
					RandomizedFaultTest.waitFor(() -> board.shown().contains("after-restart"), 10_000));
		}
	}
}
