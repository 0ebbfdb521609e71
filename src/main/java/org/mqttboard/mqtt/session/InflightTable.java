/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.codec.PublishCodec;

/**
 * Outbound QoS 1/2 publishes awaiting acknowledgement, as struct-of-arrays (no object per record), and the owner
 * of every QoS state change: {@link #transition} is the one switch, like coreMQTT's
 * {@code validateTransitionPublish}/{@code validateTransitionAck} ({@code core_mqtt_state.c}). Each slot keeps the
 * encoded PUBLISH so it can be resent with its original packet id and DUP=1 after a resumed session
 * [MQTT-4.4.0-1]; the table also hands out packet ids.
 * <pre>
 *  FREE --PUBLISH QoS 1--> AWAIT_PUBACK --PUBACK--> FREE (done)
 *  FREE --PUBLISH QoS 2--> AWAIT_PUBREC --PUBREC--> AWAIT_PUBCOMP (send PUBREL) --PUBCOMP--> FREE (done)
 *                           AWAIT_PUBREC --PUBACK--> FREE (done, downgraded: a broker without QoS 2)
 *  reconnect with session: every slot resent as it is (PUBLISH with DUP=1, or PUBREL)
 *  reconnect without session: AWAIT_PUBCOMP --> FREE (done: the broker had the message); others resent as new
 * </pre>
 * Memory: {@code slots * (slotBytes + 26)} bytes. Threading: owned by the session's caller thread.
 */
final class InflightTable {

	static final byte FREE = 0;
	/** QoS 1 PUBLISH sent, waiting for PUBACK. */
	static final byte AWAIT_PUBACK = 1;
	/** QoS 2 PUBLISH sent, waiting for PUBREC. */
	static final byte AWAIT_PUBREC = 2;
	/** QoS 2 PUBREL sent, waiting for PUBCOMP. */
	static final byte AWAIT_PUBCOMP = 3;

	/** {@link #transition} event: a QoS 1 PUBLISH was encoded. */
	static final int QOS1_SENT = 20;
	/** {@link #transition} event: a QoS 2 PUBLISH was encoded. */
	static final int QOS2_SENT = 21;
	/** {@link #transition} event: the connection was resumed with the broker's session (sessionPresent=1). */
	static final int RESUMED = 16;
	/** {@link #transition} event: the connection came back without the broker's session (sessionPresent=0). */
	static final int NEW_SESSION = 17;

	/** {@link #transition} result: nothing to tell (a late, repeated or foreign acknowledgement, a resend). */
	static final int IGNORE = 0;
	/** {@link #transition} result: answer with PUBREL (also for an id we no longer know: the broker waits). */
	static final int SEND_PUBREL = -1;

	private final byte[] state;
	private final int[] packetId;
	private final int[] token;
	/** Order of creation, to resend in the original order (MQTT 3.1.1 section 4.6). */
	private final long[] seq;
	/** True while the slot still has to be (re)sent on the current connection. */
	private final boolean[] pending;
	private final int[] length;
	/** Offset of the packet id inside the encoded PUBLISH. */
	private final int[] idOffset;
	/** Encoded PUBLISH packets, {@code slotBytes} per slot. */
	private final byte[] store;
	private final int slotBytes;
	/** Highest packet id a publish may use (the subscription table uses the ids above). */
	private final int maxPacketId;
	private int used;
	/** Set when a PUBACK completed a QoS 2 publish; read and cleared by {@link #takeDowngraded}. */
	private boolean downgraded;
	private long nextSeq;
	int nextPacketId = 1;

	/**
	 * @param slots capacity
	 * @param slotBytes largest encoded PUBLISH
	 * @param maxPacketId highest id {@link #allocateId} may return, larger than {@code slots}
	 */
	InflightTable(int slots, int slotBytes, int maxPacketId) {
		this.state = new byte[slots];
		this.packetId = new int[slots];
		this.token = new int[slots];
		this.seq = new long[slots];
		this.pending = new boolean[slots];
		this.length = new int[slots];
		this.idOffset = new int[slots];
		this.store = new byte[slots * slotBytes];
		this.slotBytes = slotBytes;
		this.maxPacketId = maxPacketId;
	}

	/** @return true when every slot is in use */
	boolean full() {
		return this.used == this.state.length;
	}

	int used() {
		return this.used;
	}

	/** @return a packet id in 1..maxPacketId that no slot uses */
	int allocateId() {
		while (true) {
			int id = this.nextPacketId;
			this.nextPacketId = id >= this.maxPacketId ? 1 : id + 1;
			if (find(id) < 0) {
				return id;
			}
		}
	}

	/**
	 * Keeps a QoS 1/2 PUBLISH just encoded with an id from {@link #allocateId}; the caller checked {@link #full()}.
	 *
	 * @param qos 1 or 2
	 * @param id its packet id
	 * @param tok its publish token
	 * @param buf holds the encoded packet at {@code [off, off + len)}
	 * @param len packet length
	 * @param payloadLen its payload length (the packet id sits right before the payload)
	 */
	void add(int qos, int id, int tok, byte[] buf, int off, int len, int payloadLen) {
		int i = 0;
		while (this.state[i] != FREE) {
			i++;
		}
		this.packetId[i] = id;
		this.token[i] = tok;
		this.seq[i] = this.nextSeq++;
		this.pending[i] = false;
		this.length[i] = len;
		this.idOffset[i] = len - payloadLen - 2;
		System.arraycopy(buf, off, this.store, i * this.slotBytes, len);
		this.used++;
		transition(i, qos == 1 ? QOS1_SENT : QOS2_SENT);
	}

	/**
	 * Every QoS state change of a slot, in one switch.
	 *
	 * @param slot a slot index, or -1 for a packet id no slot holds
	 * @param event {@link #QOS1_SENT}, {@link #QOS2_SENT}, an acknowledgement's packet type ({@code PUBACK},
	 *        {@code PUBREC}, {@code PUBCOMP}), {@link #RESUMED} or {@link #NEW_SESSION}
	 * @return a token &gt; 0 when the publish is done (acknowledged; the slot is free again), {@link #SEND_PUBREL},
	 *         or {@link #IGNORE}
	 */
	private int transition(int slot, int event) {
		byte s = slot < 0 ? FREE : this.state[slot];
		switch (event) {
		case QOS1_SENT:
			this.state[slot] = AWAIT_PUBACK;
			return IGNORE;
		case QOS2_SENT:
			this.state[slot] = AWAIT_PUBREC;
			return IGNORE;
		case PacketType.PUBACK:
			if (s == AWAIT_PUBREC) {
				// A broker without QoS 2 (RabbitMQ 3.x) takes the PUBLISH as QoS 1 and answers PUBACK: it owns the
				// message now, at least once. Waiting for a PUBREC that never comes would hold the slot forever and
				// resend the message after every reconnect (a duplicate each time).
				this.downgraded = true;
				return release(slot);
			}
			return s == AWAIT_PUBACK ? release(slot) : IGNORE;
		case PacketType.PUBREC:
			if (s == AWAIT_PUBACK) {
				return IGNORE; // an id we sent at QoS 1: not ours to release
			}
			if (slot >= 0) {
				this.state[slot] = AWAIT_PUBCOMP;
				this.pending[slot] = false;
			}
			return SEND_PUBREL; // for an unknown id too: the broker waits for PUBREL to complete its side
		case PacketType.PUBCOMP:
			return s == AWAIT_PUBCOMP ? release(slot) : IGNORE;
		case RESUMED:
			if (s != AWAIT_PUBCOMP) {
				PublishCodec.setDup(this.store, slot * this.slotBytes);
			}
			this.pending[slot] = true;
			return IGNORE;
		default: // NEW_SESSION
			if (s == AWAIT_PUBCOMP) {
				return release(slot); // PUBREC came: the broker owned the message before it lost the session
			}
			int id = allocateId();
			this.packetId[slot] = id;
			int at = slot * this.slotBytes + this.idOffset[slot];
			this.store[at] = (byte) (id >> 8);
			this.store[at + 1] = (byte) id;
			this.pending[slot] = true;
			return IGNORE;
		}
	}

	/**
	 * An acknowledgement arrived.
	 *
	 * @param type PUBACK, PUBREC or PUBCOMP
	 * @return as {@link #transition}
	 */
	int acknowledged(int type, int id) {
		return transition(find(id), type);
	}

	/**
	 * A connection was accepted: decides for one slot what happens to it.
	 *
	 * @param slot 0..capacity-1
	 * @param present the CONNACK session-present flag
	 * @return as {@link #transition}; {@link #IGNORE} for a free slot
	 */
	int reconnected(int slot, boolean present) {
		return this.state[slot] == FREE ? IGNORE : transition(slot, present ? RESUMED : NEW_SESSION);
	}

	/** @return true once after a PUBACK completed a QoS 2 publish */
	boolean takeDowngraded() {
		boolean d = this.downgraded;
		this.downgraded = false;
		return d;
	}

	int capacity() {
		return this.state.length;
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

	/** @return true when the pending slot is a PUBREL to resend rather than a PUBLISH */
	boolean pendingPubrel(int slot) {
		return this.state[slot] == AWAIT_PUBCOMP;
	}

	int packetId(int slot) {
		return this.packetId[slot];
	}

	/** @return bytes to resend for a slot: its PUBLISH, or 0 for a PUBREL */
	int resendLength(int slot) {
		return pendingPubrel(slot) ? 0 : this.length[slot];
	}

	/** Copies a slot's PUBLISH to {@code buf[off..)} and marks it sent on this connection. */
	void resend(int slot, byte[] buf, int off) {
		System.arraycopy(this.store, slot * this.slotBytes, buf, off, this.length[slot]);
		this.pending[slot] = false;
	}

	/** Marks a pending PUBREL sent on this connection. */
	void sent(int slot) {
		this.pending[slot] = false;
	}

	/** Connection closed: nothing is pending until the next CONNACK decides about resends. */
	void clearPending() {
		for (int i = 0; i < this.pending.length; i++) {
			this.pending[i] = false;
		}
	}

	private int find(int id) {
		for (int i = 0; i < this.state.length; i++) {
			if (this.state[i] != FREE && this.packetId[i] == id) {
				return i;
			}
		}
		return -1;
	}

	private int release(int slot) {
		this.state[slot] = FREE;
		this.pending[slot] = false;
		this.used--;
		return this.token[slot];
	}
}
