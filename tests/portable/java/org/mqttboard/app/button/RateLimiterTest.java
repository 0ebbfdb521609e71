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

public class RateLimiterTest {

	@Test
	public void tryAcquire_allowsBurstThenSustainedRate() {
		RateLimiter r = new RateLimiter(50, 5);
		for (int i = 0; i < 5; i++) {
			assertTrue(r.tryAcquire(1000));
		}
		assertFalse(r.tryAcquire(1000));
		assertEquals(1020, r.nextTokenAt(1000));
		assertFalse(r.tryAcquire(1019));
		assertTrue(r.tryAcquire(1020));
	}

	@Test
	public void tryAcquire_neverExceedsRateOverASecond() {
		RateLimiter r = new RateLimiter(50, 1);
		int sent = 0;
		for (long t = 0; t < 1000; t++) {
			if (r.tryAcquire(t)) {
				sent++;
			}
		}
		assertTrue("sent " + sent, sent <= 51 && sent >= 49);
	}

	@Test
	public void tryAcquire_refillsOnlyUpToBurst_afterLongIdle() {
		RateLimiter r = new RateLimiter(10, 2);
		r.tryAcquire(0);
		r.tryAcquire(0);
		int sent = 0;
		for (int i = 0; i < 10; i++) {
			if (r.tryAcquire(1000000000L)) {
				sent++;
			}
		}
		assertEquals(2, sent);
	}

	@Test
	public void unlimited_alwaysAllows() {
		RateLimiter r = new RateLimiter(0, 1);
		for (int i = 0; i < 1000; i++) {
			assertTrue(r.tryAcquire(0));
		}
		assertEquals(7, r.nextTokenAt(7));
	}
}
