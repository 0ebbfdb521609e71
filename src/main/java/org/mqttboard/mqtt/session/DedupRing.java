/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

/**
 * Bounded memory of packet identifiers: the last {@code capacity} inbound QoS 1 ids (to suppress DUP
 * redeliveries) or the inbound QoS 2 ids between PUBREC and PUBREL (exactly-once). The oldest id is evicted
 * when full. Fixed memory, no allocation after construction.
 * <p>
 * Threading: owned by the session's caller thread.
 */
final class DedupRing {

	/** Ids, 0 = empty slot (0 is never a valid packet id [MQTT-2.3.1-1]). */
	private final int[] ids;
	private int next;

	/**
	 * @param capacity number of ids remembered, at least 1
	 */
	DedupRing(int capacity) {
		this.ids = new int[capacity];
	}

	boolean contains(int id) {
		int[] ids = this.ids;
		for (int i = 0; i < ids.length; i++) {
			if (ids[i] == id) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Remembers {@code id}, evicting the oldest when full.
	 *
	 * @return true when an id had to be evicted
	 */
	boolean add(int id) {
		boolean evicted = this.ids[this.next] != 0;
		this.ids[this.next] = id;
		this.next = (this.next + 1) % this.ids.length;
		return evicted;
	}

	/** Forgets {@code id} if remembered. */
	void remove(int id) {
		int[] ids = this.ids;
		for (int i = 0; i < ids.length; i++) {
			if (ids[i] == id) {
				ids[i] = 0;
			}
		}
	}

	/** Forgets all ids. */
	void clear() {
		for (int i = 0; i < this.ids.length; i++) {
			this.ids[i] = 0;
		}
		this.next = 0;
	}
}
