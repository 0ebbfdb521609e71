/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/**
 * The bounded packet-id memory used for QoS 1 de-duplication and the QoS 2 exactly-once set.
 */
public class DedupRingTest {

	@Test
	public void add_remembersUpToCapacity_thenEvictsOldest() {
		DedupRing r = new DedupRing(2);
		assertFalse(r.add(1));
		assertFalse(r.add(2));
		assertTrue(r.contains(1));
		assertTrue(r.add(3));
		assertFalse(r.contains(1));
		assertTrue(r.contains(2));
		assertTrue(r.contains(3));
	}

	@Test
	public void remove_andClear_forgetIds() {
		DedupRing r = new DedupRing(3);
		r.add(5);
		r.add(6);
		r.remove(5);
		r.remove(77);
		assertFalse(r.contains(5));
		assertTrue(r.contains(6));
		r.clear();
		assertFalse(r.contains(6));
		assertFalse(r.add(7)); // empty again: nothing evicted
	}
}
