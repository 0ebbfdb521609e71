/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.codec.AckCodec;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.codec.PingCodec;
import org.mqttboard.mqtt.codec.PublishCodec;

/**
 * The transmit side of an {@link MqttSession}: encodes publishes into the transmit buffer and the in-flight
 * table, keeps the offline queue (overflow policy, time-to-live), prepares resends after a reconnect, and
 * allocates packet ids. Everything it writes leaves {@link MqttSession#CONTROL_RESERVE} bytes free, except
 * acknowledgements, which use that reserve.
 * <p>
 * Threading: owned by the session's caller thread; no allocation.
 */
final class Outbound {

	private final MqttSession session;
	private final TxBuffer tx;
	private final InflightTable inflight;
	private final OfflineQueue queue;
	private final SessionCounters counters;
	private final int resendPolicy;
	private final int overflowPolicy;
	/** Highest id a publish may use (SUBSCRIBE ids are above). */
	private final int maxPublishId;
	private int nextPacketId = 1;

	Outbound(MqttSession session, SessionConfig config) {
		this.session = session;
		this.tx = session.tx;
		this.inflight = session.inflight;
		this.queue = session.queue;
		this.counters = session.counters;
		this.resendPolicy = config.resendPolicy;
		this.overflowPolicy = config.overflowPolicy;
		this.maxPublishId = SubscriptionTable.ID_BASE - config.maxSubscriptions;
	}

	/** Appends a 4-byte acknowledgement; its room is the reserve. */
	void appendAck(int type, int packetId) {
		TxBuffer b = this.tx;
		b.makeRoom(AckCodec.SIZE);
		b.end += AckCodec.encode(b.buf, b.end, b.buf.length, type, packetId);
	}

	/** Appends a PINGREQ; its room is the reserve (acks leave at least 2 bytes of it). */
	void appendPing() {
		TxBuffer b = this.tx;
		b.makeRoom(PingCodec.SIZE);
		b.end += PingCodec.encodeRequest(b.buf, b.end, b.buf.length);
	}

	/**
	 * Copies a publish into the offline queue, dropping the oldest entries first under DROP_OLDEST.
	 *
	 * @return {@code token} or {@link SessionStatus#QUEUE_FULL}
	 */
	int enqueue(byte[] topic, int topicOff, int topicLen, byte[] payload, int payloadOff, int payloadLen, int qos,
			boolean retain, long expiresAt, int token) {
		OfflineQueue q = this.queue;
		int entry = OfflineQueue.entrySize(topicLen, payloadLen);
		if (entry > q.capacity()) {
			this.counters.queueOverflows++;
			return SessionStatus.QUEUE_FULL;
		}
		while (q.free() < entry) {
			this.counters.queueOverflows++;
			if (this.overflowPolicy == SessionConfig.OVERFLOW_REJECT_NEW) {
				return SessionStatus.QUEUE_FULL;
			}
			int dropped = q.headToken();
			q.removeHead();
			this.session.notifier.publishDone(dropped, SessionStatus.DROPPED_OVERFLOW);
		}
		q.add(expiresAt, qos, retain, token, topic, topicOff, topicLen, payload, payloadOff, payloadLen);
		return token;
	}

	/**
	 * Marks unacknowledged publishes for sending on the new connection: with a session, as they are (PUBLISH with
	 * DUP=1, or PUBREL) [MQTT-4.4.0-1]; without, per the resend policy.
	 *
	 * @return slots marked for resending with DUP=1 or PUBREL
	 */
	int prepareResend(boolean present) {
		InflightTable t = this.inflight;
		int resend = 0;
		for (int slot = 0; slot < t.capacity(); slot++) {
			byte s = t.state[slot];
			if (s == InflightTable.FREE) {
				continue;
			}
			int off = slot * t.slotBytes;
			if (present) {
				if (s != InflightTable.AWAIT_PUBCOMP) {
					PublishCodec.setDup(t.store, off);
				}
				t.pending[slot] = true;
				resend++;
			} else if (s == InflightTable.AWAIT_PUBCOMP) {
				// PUBREC received: the broker owned the message before it lost the session.
				t.release(slot);
				this.session.notifier.publishDone(t.token[slot], SessionStatus.OK);
			} else if (this.resendPolicy == SessionConfig.RESEND_REPUBLISH_AS_NEW) {
				int id = allocatePacketId();
				t.packetId[slot] = id;
				int idAt = off + t.idOffset[slot];
				t.store[idAt] = (byte) (id >> 8);
				t.store[idAt + 1] = (byte) id;
				t.pending[slot] = true;
			} else {
				t.release(slot);
				this.counters.droppedNoSession++;
				this.session.notifier.publishDone(t.token[slot], SessionStatus.DROPPED_NO_SESSION);
			}
		}
		return resend;
	}

	/** Moves resends, then queued publishes, into the transmit buffer while they fit (connected only). */
	void fill(long nowMillis) {
		InflightTable t = this.inflight;
		for (int slot = t.nextPending(); slot >= 0; slot = t.nextPending()) {
			boolean pubrel = t.state[slot] == InflightTable.AWAIT_PUBCOMP;
			int size = pubrel ? AckCodec.SIZE : t.length[slot];
			if (this.tx.free() - MqttSession.CONTROL_RESERVE < size) {
				return;
			}
			if (pubrel) {
				appendAck(PacketType.PUBREL, t.packetId[slot]);
			} else {
				this.tx.makeRoom(size);
				System.arraycopy(t.store, slot * t.slotBytes, this.tx.buf, this.tx.end, size);
				this.tx.end += size;
			}
			t.pending[slot] = false;
			this.counters.resent++;
		}
		OfflineQueue q = this.queue;
		while (q.count() > 0) {
			if (expireHead(nowMillis)) {
				continue;
			}
			int tLen = q.headTopicLength();
			if (!send(q.bytes(), OfflineQueue.HEADER, tLen, q.bytes(), OfflineQueue.HEADER + tLen,
					q.headPayloadLength(), q.headQos(), q.headRetain(), q.headToken())) {
				return;
			}
			q.removeHead();
		}
	}

	/** @return true when something is ready to move into the transmit buffer now */
	boolean ready() {
		if (this.inflight.nextPending() >= 0) {
			return true;
		}
		OfflineQueue q = this.queue;
		if (q.count() == 0) {
			return false;
		}
		int size = PublishCodec.size(q.headTopicLength(), q.headQos(), q.headPayloadLength());
		return this.tx.free() - MqttSession.CONTROL_RESERVE >= size
				&& (q.headQos() == 0 || this.inflight.used() < this.inflight.capacity());
	}

	/**
	 * Encodes a PUBLISH into the transmit buffer (and its in-flight slot for QoS 1/2) if both have room.
	 *
	 * @return false when it does not fit now
	 */
	boolean send(byte[] topic, int topicOff, int topicLen, byte[] payload, int payloadOff, int payloadLen, int qos,
			boolean retain, int token) {
		int size = PublishCodec.size(topicLen, qos, payloadLen);
		InflightTable t = this.inflight;
		if (this.tx.free() - MqttSession.CONTROL_RESERVE < size || (qos > 0 && t.used() == t.capacity())) {
			return false;
		}
		int id = 0;
		int slot = -1;
		if (qos > 0) {
			id = allocatePacketId();
			slot = t.acquire(qos == 1 ? InflightTable.AWAIT_PUBACK : InflightTable.AWAIT_PUBREC, id, token);
		}
		TxBuffer b = this.tx;
		b.makeRoom(size);
		int off = b.end;
		b.end += PublishCodec.encode(b.buf, off, b.buf.length, topic, topicOff, topicLen, qos, retain, false, id,
				payload, payloadOff, payloadLen);
		if (slot >= 0) {
			System.arraycopy(b.buf, off, t.store, slot * t.slotBytes, size);
			t.length[slot] = size;
			t.idOffset[slot] = size - payloadLen - 2;
		}
		this.counters.published++;
		return true;
	}

	/** @return an id in 1..maxPublishId not used by the in-flight table (which is smaller than that range) */
	private int allocatePacketId() {
		while (true) {
			int id = this.nextPacketId;
			this.nextPacketId = id >= this.maxPublishId ? 1 : id + 1;
			if (this.inflight.find(id) < 0) {
				return id;
			}
		}
	}

	/** Drops expired entries at the head of the queue. */
	void expireQueue(long nowMillis) {
		while (this.queue.count() > 0 && expireHead(nowMillis)) {
			// each iteration removes one entry
		}
	}

	/** @return the head's expiry time, {@link Long#MAX_VALUE} when the queue is empty */
	long nextExpiry() {
		return this.queue.count() == 0 ? Long.MAX_VALUE : this.queue.headExpiresAt();
	}

	private boolean expireHead(long nowMillis) {
		OfflineQueue q = this.queue;
		if (q.headExpiresAt() > nowMillis) {
			return false;
		}
		int token = q.headToken();
		q.removeHead();
		this.counters.queueExpired++;
		this.session.notifier.publishDone(token, SessionStatus.EXPIRED);
		return true;
	}
}
