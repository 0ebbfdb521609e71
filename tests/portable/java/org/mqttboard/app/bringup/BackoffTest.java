/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Test;

public class BackoffTest {

	@Test
	public void next_staysWithinDoublingCeilingCappedAtCap_forManySeeds() {
		for (long seed = 0; seed < 200; seed++) {
			Backoff b = new Backoff(100, 3000, 60000, new Random(seed));
			long ceiling = 100;
			for (int n = 0; n < 12; n++) {
				assertEquals(ceiling, b.ceiling());
				long d = b.next();
				assertTrue("seed " + seed + " delay " + d, d >= 0 && d <= ceiling);
				ceiling = Math.min(3000, ceiling * 2);
			}
		}
	}

	@Test
	public void next_usesTheWholeJitterRange_notAFixedDelay() {
		Backoff b = new Backoff(1000, 1000, 60000, new Random(42));
		long min = Long.MAX_VALUE;
		long max = Long.MIN_VALUE;
		for (int i = 0; i < 500; i++) {
			long d = b.next();
			min = Math.min(min, d);
			max = Math.max(max, d);
		}
		assertTrue("min " + min, min < 100);
		assertTrue("max " + max, max > 900);
	}

	@Test
	public void nextRefusal_waitsBetweenRefusalAndTwiceRefusal() {
		Backoff b = new Backoff(100, 1000, 60000, new Random(7));
		for (int i = 0; i < 200; i++) {
			long d = b.nextRefusal();
			assertTrue("delay " + d, d >= 60000 && d < 120000);
		}
		assertEquals(200, b.attempts());
	}

	@Test
	public void reset_bringsTheCeilingBackToBase() {
		Backoff b = new Backoff(100, 1000, 60000, new Random(1));
		for (int i = 0; i < 5; i++) {
			b.next();
		}
		assertEquals(1000, b.ceiling());
		b.reset();
		assertEquals(0, b.attempts());
		assertEquals(100, b.ceiling());
	}

	@Test(expected = IllegalArgumentException.class)
	public void constructor_rejectsCapBelowBase() {
		new Backoff(1000, 100, 1000, new Random(1));
	}
}
