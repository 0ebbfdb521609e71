/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.codec.AckCodec;
import org.mqttboard.mqtt.codec.FixedHeader;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.codec.PublishCodec;
import org.mqttboard.mqtt.codec.Status;
import org.mqttboard.mqtt.codec.Topics;
import org.mqttboard.mqtt.transport.Transport;

/**
 * The transmit side of an {@link MqttSession}: the transmit buffer, where encoded packets wait in
 * {@code buf[head..end)} until the transport accepts them (partial writes advance {@code head}; the bytes move to
 * the front only when room is needed); publishes encoded into it (QoS 1/2 ones also into the {@link InflightTable});
 * the offline queue (overflow policy, time-to-live) and the resends after a reconnect. Everything it writes leaves
 * {@link #CONTROL_RESERVE} bytes free, except acknowledgements and PINGREQ, which use that reserve.
 * <p>
 * Keep-alive: a PINGREQ is due when nothing was sent OR nothing was received for the interval [MQTT-3.1.2-23] (the
 * second rule detects a dead link even while publishing); the link is dead when the PINGRESP does not come within
 * the ping timeout, so within interval + ping timeout of the last sign of life. Time differences are computed by
 * subtraction, so big jumps are fine and going backwards counts as no time.
 * <p>
 * Threading: owned by the session's caller thread; no allocation.
 */
final class Outbound {

	/**
	 * Bytes kept free by publishes and subscribes so that one acknowledgement (4 bytes) and one PINGREQ (2 bytes)
	 * always fit, even while the transport accepts nothing.
	 */
	static final int CONTROL_RESERVE = 6;

	/** The transmit buffer; packets are encoded directly at {@link #end}. */
	final byte[] buf;
	/** First byte not yet written. */
	int head;
	/** End of the encoded bytes. */
	int end;
	/** Bytes the transport accepted since construction (wraps after 2^63, never in practice). */
	long written;
	private final InflightTable inflight;
	private final OfflineQueue queue;
	/** Keep-alive interval, ms, 0 = off. */
	private final long keepAliveMillis;
	/** PINGRESP wait, ms. */
	private final long pingTimeoutMillis;
	/** Last time the transport accepted bytes, ms. */
	private long lastTxAt;
	/** Last time bytes arrived, ms. */
	private long lastRxAt;
	/** When the outstanding PINGREQ was queued, -1 when none is outstanding. */
	private long pingSentAt = -1;
	private final SessionCounters counters;
	private final SessionListener listener;
	private final int overflowPolicy;
	int nextToken = 1;

	/**
	 * @param config a validated config: transmit buffer size (the largest packet sent), queue overflow policy,
	 *        keep-alive interval and ping timeout (the acknowledgement timeout)
	 */
	Outbound(SessionConfig config, InflightTable inflight, OfflineQueue queue, SessionCounters counters,
			SessionListener listener) {
		this.buf = new byte[config.bufferBytes];
		this.overflowPolicy = config.queueOverflow;
		this.keepAliveMillis = config.connect.keepAliveSeconds * 1000L;
		this.pingTimeoutMillis = config.ackTimeoutMillis;
		this.inflight = inflight;
		this.queue = queue;
		this.counters = counters;
		this.listener = listener;
	}

	/** @return bytes waiting to be written */
	int pending() {
		return this.end - this.head;
	}

	/** @return bytes that can be appended (after compaction) */
	int free() {
		return this.buf.length - pending();
	}

	/** Makes {@code bytes} contiguous room at {@link #end}; the caller checked {@link #free()}. */
	void makeRoom(int bytes) {
		if (this.buf.length - this.end < bytes) {
			int n = this.end - this.head;
			System.arraycopy(this.buf, this.head, this.buf, 0, n);
			this.head = 0;
			this.end = n;
		}
	}

	/**
	 * One write attempt of all pending bytes; bytes accepted count as sent for the keep-alive. A failure the caller
	 * does not look at is seen by the next {@link MqttSession#step} (the bytes stay pending).
	 *
	 * @return bytes written, 0 when nothing was pending or accepted, &lt; 0 when the link is closed
	 */
	int flush(Transport t, long nowMillis) {
		int n = this.end - this.head;
		if (n == 0) {
			return 0;
		}
		int w = t.write(this.buf, this.head, n);
		if (w > 0) {
			// A transport never reports more than asked; min() keeps the indices in range if one does.
			this.head += Math.min(w, n);
			this.written += Math.min(w, n);
			this.lastTxAt = nowMillis;
			if (this.head == this.end) {
				clear();
			}
		}
		return w;
	}

	/** Forgets the pending bytes (the link closed, or a new one starts). */
	void clear() {
		this.head = 0;
		this.end = 0;
	}

	/** Appends a 4-byte acknowledgement; its room is the reserve. */
	void appendAck(int type, int packetId) {
		makeRoom(AckCodec.SIZE);
		this.end += AckCodec.encode(this.buf, this.end, this.buf.length, type, packetId);
	}

	/** Appends a PINGREQ (its room is the reserve: acks leave at least 2 bytes of it) and tries to send it. */
	void ping(Transport t, long nowMillis) {
		makeRoom(AckCodec.EMPTY_SIZE);
		this.end += FixedHeader.encode(this.buf, this.end, this.buf.length, PacketType.PINGREQ, 0, 0);
		this.pingSentAt = nowMillis;
		this.counters.pings++;
		flush(t, nowMillis);
	}

	/** A new connection starts at {@code nowMillis}: both directions count as alive, no ping outstanding. */
	void startKeepAlive(long nowMillis) {
		this.lastTxAt = nowMillis;
		this.lastRxAt = nowMillis;
		this.pingSentAt = -1;
	}

	/** Bytes arrived. */
	void received(long nowMillis) {
		this.lastRxAt = nowMillis;
	}

	/** @return true when a PINGREQ must be queued now */
	boolean pingDue(long nowMillis) {
		return this.pingSentAt < 0 && this.keepAliveMillis > 0 && (nowMillis - this.lastTxAt >= this.keepAliveMillis
				|| nowMillis - this.lastRxAt >= this.keepAliveMillis);
	}

	/** @return true when the outstanding PINGREQ got no answer in time */
	boolean pingTimedOut(long nowMillis) {
		return this.pingSentAt >= 0 && nowMillis - this.pingSentAt >= this.pingTimeoutMillis;
	}

	/**
	 * A PINGRESP arrived.
	 *
	 * @return the round trip in ms, or -1 when no PINGREQ was outstanding
	 */
	long pingResponse(long nowMillis) {
		long rtt = this.pingSentAt < 0 ? -1 : nowMillis - this.pingSentAt;
		this.pingSentAt = -1;
		return rtt;
	}

	/** @return when the next keep-alive decision is due, ms; {@link Long#MAX_VALUE} when off */
	long keepAliveDeadline() {
		if (this.pingSentAt >= 0) {
			return this.pingSentAt + this.pingTimeoutMillis;
		}
		return this.keepAliveMillis > 0 ? Math.min(this.lastTxAt, this.lastRxAt) + this.keepAliveMillis
				: Long.MAX_VALUE;
	}

	/** Appends a DISCONNECT when it fits and makes one write attempt (the link is closed right after). */
	void disconnect(Transport t) {
		if (free() >= AckCodec.EMPTY_SIZE) {
			makeRoom(AckCodec.EMPTY_SIZE);
			this.end += FixedHeader.encode(this.buf, this.end, this.buf.length, PacketType.DISCONNECT, 0, 0);
			flush(t, 0); // the link closes right after: no keep-alive to feed
		}
	}

	/**
	 * {@link MqttSession#publish(byte[], int, int, byte[], int, int, int, boolean, long, long)}: checks the
	 * arguments, then encodes into the transmit buffer or queues. A full transmit buffer is flushed (one write
	 * attempt) before the publish is encoded into it: publishes issued between two steps leave in as few writes (TLS
	 * records) as the buffer allows, and the offline queue only takes what the link cannot.
	 *
	 * @param link the open transport when the session is CONNECTED, else null
	 * @return a token &gt; 0 or a {@link SessionStatus}
	 */
	int publish(byte[] topic, int topicOff, int topicLen, byte[] payload, int payloadOff, int payloadLen, int qos,
			boolean retain, long ttlMillis, long nowMillis, Transport link) {
		if (qos < 0 || qos > 2 || Topics.checkName(topic, topicOff, topicLen) != Status.OK || payloadLen < 0
				|| payloadOff < 0 || payloadOff + payloadLen > payload.length || ttlMillis < 0) {
			return SessionStatus.BAD_ARGUMENT;
		}
		int size = PublishCodec.size(topicLen, qos, payloadLen);
		if (size < 0 || size > this.buf.length - CONTROL_RESERVE) {
			return SessionStatus.TOO_LARGE;
		}
		int token = this.nextToken;
		this.nextToken = token == Integer.MAX_VALUE ? 1 : token + 1;
		InflightTable t = this.inflight;
		// Straight to the transmit buffer only when nothing older of its flow waits (queue, resends): order is kept
		// per QoS flow, the order MQTT 3.1.1 section 4.6 speaks of. QoS 0 never waits behind QoS 1/2 messages that
		// wait for an in-flight slot: that takes as long as the broker likes.
		boolean older = t.nextPending() >= 0 || (qos > 0 ? this.queue.count() > 0 : this.queue.firstQos0() >= 0);
		if (link != null && !older) {
			if (send(topic, topicOff, topicLen, payload, payloadOff, payloadLen, qos, retain, token)
					|| (free() - CONTROL_RESERVE < size && flush(link, nowMillis) > 0
							&& send(topic, topicOff, topicLen, payload, payloadOff, payloadLen, qos, retain, token))) {
				return token;
			}
		}
		if (link != null && qos > 0 && t.full()) {
			// Never silent: a broker that stops acknowledging shows here, not as presses that vanish.
			this.counters.inflightFull++;
			this.listener.onEvent(SessionEvent.INFLIGHT_FULL, t.used());
		}
		long expiresAt = ttlMillis == 0 ? Long.MAX_VALUE : nowMillis + ttlMillis;
		OfflineQueue q = this.queue;
		int entry = OfflineQueue.entrySize(topicLen, payloadLen);
		if (entry > q.capacity()) {
			this.counters.queueOverflows++;
			return SessionStatus.QUEUE_FULL;
		}
		while (q.free() < entry) {
			this.counters.queueOverflows++;
			if (this.overflowPolicy == SessionConfig.DROP_NEWEST) {
				return SessionStatus.QUEUE_FULL;
			}
			int dropped = q.tokenAt(0);
			q.remove(0);
			this.listener.onPublishDone(dropped, SessionStatus.DROPPED_OVERFLOW);
		}
		q.add(expiresAt, qos, retain, token, topic, topicOff, topicLen, payload, payloadOff, payloadLen);
		return token;
	}

	/**
	 * A CONNACK accepted the connection: lets the in-flight table decide for each unacknowledged publish
	 * [MQTT-4.4.0-1] and reports the ones that are done.
	 *
	 * @param present the CONNACK session-present flag
	 * @return publishes marked for resending with DUP=1 or as PUBREL (with a session only)
	 */
	int reconnected(boolean present) {
		InflightTable t = this.inflight;
		// With a session every slot is resent as it is; without one, none counts as a resend.
		int resend = present ? t.used() : 0;
		for (int slot = 0; slot < t.capacity(); slot++) {
			int done = t.reconnected(slot, present);
			if (done > 0) {
				this.listener.onPublishDone(done, SessionStatus.OK);
			}
		}
		return resend;
	}

	/** Moves resends, then queued publishes, into the transmit buffer while they fit (connected only). */
	void fill(long nowMillis) {
		InflightTable t = this.inflight;
		for (int slot = t.nextPending(); slot >= 0; slot = t.nextPending()) {
			int size = t.resendLength(slot);
			if (free() - CONTROL_RESERVE < (size == 0 ? AckCodec.SIZE : size)) {
				return;
			}
			if (size == 0) {
				appendAck(PacketType.PUBREL, t.packetId(slot));
				t.sent(slot);
			} else {
				makeRoom(size);
				t.resend(slot, this.buf, this.end);
				this.end += size;
			}
			this.counters.resent++;
		}
		OfflineQueue q = this.queue;
		while (q.count() > 0) {
			if (expireHead(nowMillis)) {
				continue;
			}
			int o = sendable();
			if (o < 0) {
				return;
			}
			int tLen = q.topicLengthAt(o);
			int at = o + OfflineQueue.HEADER;
			if (!send(q.bytes(), at, tLen, q.bytes(), at + tLen, q.payloadLengthAt(o), q.qosAt(o), q.retainAt(o),
					q.tokenAt(o))) {
				return;
			}
			q.remove(o);
		}
	}

	/**
	 * @return the queue entry to send next: the head, or while the head waits for an in-flight slot the first QoS 0
	 *         entry (it needs none; order is kept per QoS flow); -1 for none
	 */
	private int sendable() {
		return this.queue.qosAt(0) > 0 && this.inflight.full() ? this.queue.firstQos0() : 0;
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
		int o = sendable();
		return o >= 0 && free() - CONTROL_RESERVE >= PublishCodec.size(q.topicLengthAt(o),
				q.qosAt(o), q.payloadLengthAt(o));
	}

	/**
	 * Encodes a PUBLISH into the transmit buffer (and its in-flight slot for QoS 1/2) if both have room.
	 *
	 * @return false when it does not fit now
	 */
	private boolean send(byte[] topic, int topicOff, int topicLen, byte[] payload, int payloadOff, int payloadLen,
			int qos, boolean retain, int token) {
		int size = PublishCodec.size(topicLen, qos, payloadLen);
		InflightTable t = this.inflight;
		if (free() - CONTROL_RESERVE < size || (qos > 0 && t.full())) {
			return false;
		}
		int id = qos > 0 ? t.allocateId() : 0;
		makeRoom(size);
		int off = this.end;
		this.end += PublishCodec.encode(this.buf, off, this.buf.length, topic, topicOff, topicLen, qos, retain, false,
				id, payload, payloadOff, payloadLen);
		if (qos > 0) {
			t.add(qos, id, token, this.buf, off, size, payloadLen);
		}
		this.counters.published++;
		return true;
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
		int token = q.tokenAt(0);
		q.remove(0);
		this.counters.queueExpired++;
		this.listener.onPublishDone(token, SessionStatus.EXPIRED);
		return true;
	}
}
