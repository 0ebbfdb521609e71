/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.codec.AckCodec;
import org.mqttboard.mqtt.codec.PacketView;
import org.mqttboard.mqtt.codec.FixedHeader;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.codec.PublishCodec;
import org.mqttboard.mqtt.codec.Status;
import org.mqttboard.mqtt.transport.Transport;

/**
 * The receive path of an {@link MqttSession}: one read attempt into the receive buffer when no complete packet is
 * buffered, then every complete packet already buffered decoded (by the codec, which checks every length against
 * the buffer) and handled, as long as its acknowledgement fits the transmit buffer. Handled packets advance a read
 * offset; the unfinished rest moves to the front only before the next read. Oversize PUBLISH packets are
 * acknowledged from their head and drained, up to the drain limit ({@link SessionConfig#DRAIN_BUFFERS} receive
 * buffers); beyond it the link closes at once. Every protocol violation closes with its own cause
 * ({@link SessionStatus#isViolation}), counted per kind. It never changes the session's state itself:
 * {@link #receive} returns what the session must do (close with a cause, or enter CONNECTED).
 * <p>
 * Threading: owned by the session's caller thread. Decoded views are reused, nothing is allocated.
 */
final class Inbound {

	/** {@link #receive} result: nothing arrived. */
	static final int IDLE = 0;
	/** {@link #receive} result: bytes moved or a packet was handled. */
	static final int MOVED = 1;
	/** {@link #receive} result: CONNACK accepted, no session on the broker. */
	static final int ACCEPTED = 2;
	/** {@link #receive} result: CONNACK accepted with the session present. */
	static final int ACCEPTED_PRESENT = 3;

	private final Handshake handshake;
	private final SubscriptionTable subscriptions;
	private final SessionCounters counters;
	private final SessionListener listener;
	private final Outbound outbound;
	private final InflightTable inflight;
	/** Recent inbound QoS 1 ids (DUP suppression). */
	private final DedupRing qos1Seen = new DedupRing(SessionConfig.DEDUP_IDS);
	/** Inbound QoS 2 ids between PUBREC and PUBREL (exactly once). */
	private final DedupRing qos2Open = new DedupRing(SessionConfig.QOS2_IDS);
	/** Received bytes; those not yet handled are {@code buf[start..end)}, a packet starts at {@link #start}. */
	final byte[] buf;
	/** First byte not yet handled. */
	int start;
	/** End of the received bytes. */
	int end;
	/** Bytes of a dropped oversize packet still to read and throw away. */
	int drain;
	/** Largest PUBLISH drained, bytes; a larger announcement closes the link. */
	private final long drainLimit;
	/** True once the QoS 2 downgrade was reported on this connection. */
	private boolean downgradeReported;
	/**
	 * The packet at {@link #start}: its fixed header, then the fields of its type (every decode of that packet fills
	 * the same view; the header fields stay those of the packet).
	 */
	private final PacketView packet = new PacketView();
	/** Result of the last fixed-header decode of {@code buf[start..end)}. */
	private int headerStatus;

	/** @param bufferBytes receive buffer size: the largest packet handled whole */
	Inbound(int bufferBytes, Handshake handshake, SubscriptionTable subscriptions,
			SessionCounters counters, SessionListener listener, Outbound outbound, InflightTable inflight) {
		this.buf = new byte[bufferBytes];
		this.drainLimit = (long) bufferBytes * SessionConfig.DRAIN_BUFFERS;
		this.handshake = handshake;
		this.subscriptions = subscriptions;
		this.counters = counters;
		this.listener = listener;
		this.outbound = outbound;
		this.inflight = inflight;
	}

	/** Forgets everything received (new connection). */
	void clear() {
		this.start = 0;
		this.end = 0;
		this.drain = 0;
		this.downgradeReported = false;
	}

	/**
	 * One read attempt unless a complete packet is already buffered, then every buffered packet while its
	 * acknowledgement fits the transmit buffer (checked before each packet); stops after a CONNACK so the session
	 * enters CONNECTED first.
	 *
	 * @param state the session's {@link SessionState}: AWAIT_CONNACK or CONNECTED
	 * @return {@link #IDLE}, {@link #MOVED}, {@link #ACCEPTED}, {@link #ACCEPTED_PRESENT}, or a negative
	 *         {@link SessionStatus}: the cause to close the connection with
	 */
	int receive(Transport t, int state, long nowMillis) {
		byte[] b = this.buf;
		if (this.drain > 0) {
			int n = t.read(b, 0, Math.min(b.length, this.drain));
			if (n <= 0) {
				return n == 0 ? IDLE : SessionStatus.TRANSPORT_CLOSED;
			}
			this.drain -= Math.min(n, this.drain);
			this.outbound.received(nowMillis);
			return MOVED;
		}
		if (!ready()) {
			if (this.start > 0) {
				// Room for the rest of the packet: move the unfinished bytes to the front, once per read.
				System.arraycopy(b, this.start, b, 0, this.end - this.start);
				this.end -= this.start;
				this.start = 0;
			}
			int n = t.read(b, this.end, b.length - this.end);
			if (n <= 0) {
				return n == 0 ? IDLE : SessionStatus.TRANSPORT_CLOSED;
			}
			this.end += Math.min(n, b.length - this.end);
			this.outbound.received(nowMillis);
		}
		int result = MOVED;
		while (result == MOVED && this.drain == 0 && this.outbound.free() >= Outbound.CONTROL_RESERVE && ready()) {
			result = handle(state, nowMillis);
		}
		return result;
	}

	/**
	 * @return true when {@link #buf} holds something to handle: a packet, a malformed header, an oversize head
	 */
	boolean ready() {
		byte[] b = this.buf;
		int n = FixedHeader.decode(b, this.start, this.end, this.packet);
		this.headerStatus = n;
		if (n == Status.NEED_MORE) {
			return false;
		}
		if (n < 0) {
			return true;
		}
		int total = this.packet.packetLength();
		int held = this.end - this.start;
		if (total <= held) {
			return true;
		}
		if (total <= b.length || this.packet.type != PacketType.PUBLISH) {
			// Fits: wait for the rest. Other oversize types are rejected once complete enough to say so.
			return total > b.length;
		}
		return total > this.drainLimit
				|| PublishCodec.decodeHead(b, this.start, this.end, this.packet) != Status.NEED_MORE || held == b.length;
	}

	private int handle(int state, long nowMillis) {
		int result;
		int total = this.packet.packetLength();
		if (this.headerStatus < 0) {
			result = SessionStatus.violation(this.headerStatus);
		} else if (total > this.buf.length) {
			result = oversize(total);
		} else {
			result = dispatch(state, total, nowMillis);
			if (result >= 0) {
				this.start += total;
				if (this.start == this.end) {
					this.start = 0;
					this.end = 0;
				}
			}
		}
		this.counters.closed(result);
		return result;
	}

	private int dispatch(int state, int total, long nowMillis) {
		int type = this.packet.type;
		if (state == SessionState.AWAIT_CONNACK && type != PacketType.CONNACK) {
			// [MQTT-3.2.0-1] the first packet from the server must be CONNACK.
			return SessionStatus.FIRST_NOT_CONNACK;
		}
		switch (type) {
		case PacketType.CONNACK:
			return onConnAck(state, total);
		case PacketType.PUBLISH:
			return onPublish(total);
		case PacketType.PUBACK:
		case PacketType.PUBREC:
		case PacketType.PUBREL:
		case PacketType.PUBCOMP:
		case PacketType.UNSUBACK:
			return onAck(total);
		case PacketType.SUBACK:
			return onSubAck(total);
		case PacketType.PINGRESP:
			return onPingResp(total, nowMillis);
		default:
			// CONNECT, SUBSCRIBE, UNSUBSCRIBE, PINGREQ, DISCONNECT only travel client to server.
			return SessionStatus.PROTOCOL_ERROR;
		}
	}

	private int onConnAck(int state, int total) {
		PacketView a = this.packet;
		int rc = AckCodec.decodeConnAck(this.buf, this.start, this.start + total,
				this.handshake.connect.protocolLevel, a);
		if (rc < 0) {
			return SessionStatus.violation(rc);
		}
		if (state != SessionState.AWAIT_CONNACK) {
			return SessionStatus.SECOND_CONNACK;
		}
		if (a.returnCode != AckCodec.ACCEPTED) {
			return this.handshake.refused(a.returnCode);
		}
		if (a.sessionPresent) {
			return ACCEPTED_PRESENT;
		}
		// Without a session the broker will not redeliver: stale ids would suppress new messages.
		this.qos1Seen.clear();
		this.qos2Open.clear();
		return ACCEPTED;
	}

	private int onPublish(int total) {
		PacketView p = this.packet;
		int rc = PublishCodec.decode(this.buf, this.start, this.start + total, p);
		if (rc < 0) {
			return SessionStatus.violation(rc);
		}
		if (acknowledge(p)) {
			int sub = this.subscriptions.match(p.buf, p.topicOff, p.topicLen);
			this.counters.received++;
			this.listener.onMessage(sub, p.buf, p.topicOff, p.topicLen, p.payloadOff, p.payloadLen, p.qos, p.retain);
		} else {
			this.counters.duplicatesSuppressed++;
			this.listener.onEvent(SessionEvent.DUPLICATE_SUPPRESSED, p.packetId);
		}
		return MOVED;
	}

	/**
	 * Queues the PUBACK or PUBREC before the listener runs (its room is reserved) and records the id.
	 *
	 * @return true for a first delivery, false for a QoS 1 DUP or QoS 2 repeat already delivered
	 */
	private boolean acknowledge(PacketView p) {
		int id = p.packetId;
		if (p.qos == 1) {
			this.outbound.appendAck(PacketType.PUBACK, id);
			// Only DUP=1 marks a redelivery; the broker may reuse an id for a new message after our PUBACK.
			if (this.qos1Seen.contains(id)) {
				return !p.dup;
			}
			this.qos1Seen.add(id);
		} else if (p.qos == 2) {
			this.outbound.appendAck(PacketType.PUBREC, id);
			// Between PUBREC and PUBREL the id names the same message, DUP or not (MQTT 3.1.1 section 4.3.3).
			if (this.qos2Open.contains(id)) {
				return false;
			}
			if (this.qos2Open.add(id)) {
				this.counters.qos2Evictions++;
			}
		}
		return true;
	}

	private int oversize(int total) {
		if (this.packet.type != PacketType.PUBLISH) {
			return SessionStatus.BAD_LENGTH; // no other server packet to this client can be this large
		}
		if (total > this.drainLimit) {
			// Draining it would swallow whatever the broker sends next (PINGRESP included) for as long as it takes.
			this.listener.onEvent(SessionEvent.OVERSIZE_REFUSED, total);
			return SessionStatus.ANNOUNCED_TOO_LARGE;
		}
		PacketView p = this.packet;
		int head = PublishCodec.decodeHead(this.buf, this.start, this.end, p);
		if (head >= 0) {
			acknowledge(p); // acknowledged, not delivered: no redelivery loop
		} else if (head != Status.NEED_MORE) {
			return SessionStatus.violation(head);
		}
		// NEED_MORE here: the head alone exceeds the buffer; the packet cannot be acknowledged, only skipped.
		this.drain = total - (this.end - this.start);
		this.start = 0;
		this.end = 0;
		this.counters.oversizeDropped++;
		this.listener.onEvent(SessionEvent.OVERSIZE_DROPPED, total);
		return MOVED;
	}

	private int onAck(int total) {
		PacketView a = this.packet;
		int rc = AckCodec.decode(this.buf, this.start, this.start + total, a);
		if (rc < 0) {
			return SessionStatus.violation(rc);
		}
		int id = a.packetId;
		if (a.type == PacketType.PUBREL) {
			this.qos2Open.remove(id);
			this.outbound.appendAck(PacketType.PUBCOMP, id);
		} else if (a.type != PacketType.UNSUBACK) { // this client never unsubscribes: tolerated like a late ack
			int done = this.inflight.acknowledged(a.type, id);
			if (done == InflightTable.SEND_PUBREL) {
				this.outbound.appendAck(PacketType.PUBREL, id);
			} else if (done > 0) {
				if (this.inflight.takeDowngraded()) {
					downgraded(id);
				}
				this.listener.onPublishDone(done, SessionStatus.OK);
			}
		}
		return MOVED;
	}

	/** A PUBACK completed a QoS 2 publish: counted each time, reported once per connection. */
	private void downgraded(int id) {
		this.counters.qos2Downgraded++;
		if (!this.downgradeReported) {
			this.downgradeReported = true;
			this.listener.onEvent(SessionEvent.QOS2_DOWNGRADED, id);
		}
	}

	private int onSubAck(int total) {
		PacketView v = this.packet;
		int rc = AckCodec.decodeSubAck(this.buf, this.start, this.start + total, v);
		if (rc < 0) {
			return SessionStatus.violation(rc);
		}
		// One filter per SUBSCRIBE: the first code is the answer.
		int code = v.returnCode(0);
		int i = this.subscriptions.acked(v.packetId);
		if (i >= 0) { // else not ours: tolerated like a late ack
			this.listener.onEvent(code == AckCodec.FAILURE ? SessionEvent.SUBSCRIBE_REFUSED : SessionEvent.SUBSCRIBED,
					i);
		}
		return MOVED;
	}

	private int onPingResp(int total, long nowMillis) {
		int rc = AckCodec.decodePingResp(this.buf, this.start, this.start + total);
		if (rc < 0) {
			return SessionStatus.violation(rc);
		}
		long rtt = this.outbound.pingResponse(nowMillis);
		if (rtt >= 0) {
			this.counters.lastPingRttMillis = rtt;
		} // else unsolicited: harmless, ignored
		return MOVED;
	}
}
