/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

/**
 * Outbound QoS 1/2 publishes awaiting acknowledgement, as struct-of-arrays (no object per record). Each slot
 * keeps the encoded PUBLISH so it can be resent with its original packet id and DUP=1 after a resumed session
 * [MQTT-4.4.0-1].
 * <p>
 * Memory: {@code slots * (slotBytes + 26)} bytes. Threading: owned by the session's caller thread.
 */
final class InflightTable {

	/** Slot unused. */
	static final byte FREE = 0;
	/** QoS 1 PUBLISH sent, waiting for PUBACK. */
	static final byte AWAIT_PUBACK = 1;
	/** QoS 2 PUBLISH sent, waiting for PUBREC. */
	static final byte AWAIT_PUBREC = 2;
	/** QoS 2 PUBREL sent, waiting for PUBCOMP. */
	static final byte AWAIT_PUBCOMP = 3;

	/** State per slot. */
	final byte[] state;
	/** Packet id per slot. */
	final int[] packetId;
	/** Publish token per slot (for {@link SessionListener#onPublishDone}). */
	final int[] token;
	/** Order of creation, to resend in the original order (MQTT 3.1.1 section 4.6). */
	final long[] seq;
	/** True while the slot still has to be (re)sent on the current connection. */
	final boolean[] pending;
	/** Encoded PUBLISH length per slot. */
	final int[] length;
	/** Offset of the packet id inside the encoded PUBLISH. */
	final int[] idOffset;
	/** Encoded PUBLISH packets, {@code slotBytes} per slot. */
	final byte[] store;
	/** Bytes per slot. */
	final int slotBytes;
	/** Used slots. */
	private int used;
	/** Next sequence number. */
	private long nextSeq;

	/**
	 * @param slots capacity
	 * @param slotBytes largest encoded PUBLISH
	 */
	InflightTable(int slots, int slotBytes) {
		this.state = new byte[slots];
		this.packetId = new int[slots];
		this.token = new int[slots];
		this.seq = new long[slots];
		this.pending = new boolean[slots];
		this.length = new int[slots];
		this.idOffset = new int[slots];
		this.store = new byte[slots * slotBytes];
		this.slotBytes = slotBytes;
	}

	/** @return slots in use */
	int used() {
		return this.used;
	}

	/** @return capacity */
	int capacity() {
		return this.state.length;
	}

	/**
	 * Takes a free slot; the caller checked {@link #used()} &lt; {@link #capacity()}.
	 *
	 * @return the slot index
	 */
	int acquire(byte newState, int id, int tok) {
		int i = 0;
		while (this.state[i] != FREE) {
			i++;
		}
		this.state[i] = newState;
		this.packetId[i] = id;
		this.token[i] = tok;
		this.seq[i] = this.nextSeq++;
		this.pending[i] = false;
		this.used++;
		return i;
	}

	/** @return the slot holding packet id {@code id}, or -1 */
	int find(int id) {
		for (int i = 0; i < this.state.length; i++) {
			if (this.state[i] != FREE && this.packetId[i] == id) {
				return i;
			}
		}
		return -1;
	}

	/** Frees a slot. */
	void release(int slot) {
		this.state[slot] = FREE;
		this.pending[slot] = false;
		this.used--;
	}

	/** @return the pending slot created first, or -1 */
	int nextPending() {
		int best = -1;
		for (int i = 0; i < this.state.length; i++) {
			if (this.pending[i] && (best < 0 || this.seq[i] < this.seq[best])) {
				best = i;
			}
		}
		return best;
	}
}
