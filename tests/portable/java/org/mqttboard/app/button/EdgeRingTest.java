/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.button;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class EdgeRingTest {

	@Test
	public void poll_returnsEdgesInOrderWithButtonLevelAndTime() {
		EdgeRing ring = new EdgeRing(4);
		ring.onEdge(1, true, 123456789L);
		ring.onEdge(0, false, 5);
		long e = ring.poll();
		assertEquals(1, EdgeRing.button(e));
		assertTrue(EdgeRing.pressed(e));
		assertEquals(123456789L, EdgeRing.time(e));
		e = ring.poll();
		assertEquals(0, EdgeRing.button(e));
		assertFalse(EdgeRing.pressed(e));
		assertEquals(5, EdgeRing.time(e));
		assertEquals(EdgeRing.EMPTY, ring.poll());
	}

	@Test
	public void onEdge_dropsAndCountsNewEdges_whenFull() {
		EdgeRing ring = new EdgeRing(3);
		for (int i = 0; i < 5; i++) {
			ring.onEdge(0, i % 2 == 0, i);
		}
		assertEquals(3, ring.size());
		assertEquals(2, ring.dropped());
		assertEquals(0, EdgeRing.time(ring.poll()));
		ring.onEdge(1, true, 9);
		assertEquals(3, ring.size());
	}

	@Test
	public void onEdge_ignoresUnknownButtonsAndNegativeTimes() {
		EdgeRing ring = new EdgeRing(3);
		ring.onEdge(2, true, 1);
		ring.onEdge(-1, true, 1);
		ring.onEdge(0, true, -5);
		assertEquals(0, ring.size());
	}

	@Test
	public void producerThread_losesNoEdge_whileConsumerDrains() throws InterruptedException {
		final EdgeRing ring = new EdgeRing(16);
		final int total = 5000;
		Thread producer = new Thread(new Runnable() {
			@Override
			public void run() {
				for (int i = 0; i < total; i++) {
					for (int spin = 0; spin < 100000 && ring.size() == 16; spin++) {
						sleep(1);
					}
					ring.onEdge(i & 1, true, i);
				}
			}
		});
		producer.start();
		int received = 0;
		long deadline = System.currentTimeMillis() + 10000;
		while (received < total && System.currentTimeMillis() < deadline) {
			long e = ring.poll();
			if (e == EdgeRing.EMPTY) {
				ring.await(5);
			} else {
				assertEquals(received, EdgeRing.time(e));
				assertEquals(received & 1, EdgeRing.button(e));
				received++;
			}
		}
		assertEquals(total, received);
		assertEquals(0, ring.dropped());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	public void await_returnsEarly_whenAnEdgeArrivesOrWokenUp() throws InterruptedException {
		final EdgeRing ring = new EdgeRing(4);
		Thread t = new Thread(new Runnable() {
			@Override
			public void run() {
				try {
					Thread.sleep(50);
				} catch (InterruptedException e) {
					return;
				}
				ring.onEdge(0, true, 1);
			}
		});
		long start = System.currentTimeMillis();
		t.start();
		ring.await(20000);
		assertTrue(System.currentTimeMillis() - start < 10000);
		assertEquals(1, ring.size());
		ring.poll();
		ring.wakeUp();
		start = System.currentTimeMillis();
		ring.await(20000);
		assertTrue(System.currentTimeMillis() - start < 10000);
	}
}
