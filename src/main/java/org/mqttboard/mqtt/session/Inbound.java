/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.codec.AckCodec;
import org.mqttboard.mqtt.codec.AckView;
import org.mqttboard.mqtt.codec.ConnAckCodec;
import org.mqttboard.mqtt.codec.ConnAckView;
import org.mqttboard.mqtt.codec.FixedHeader;
import org.mqttboard.mqtt.codec.HeaderView;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.codec.PingCodec;
import org.mqttboard.mqtt.codec.PublishCodec;
import org.mqttboard.mqtt.codec.PublishView;
import org.mqttboard.mqtt.codec.Status;
import org.mqttboard.mqtt.codec.SubAckCodec;
import org.mqttboard.mqtt.codec.SubAckView;
import org.mqttboard.mqtt.transport.Transport;

/**
 * The receive path of an {@link MqttSession}: one read attempt into the receive buffer, then at most one
 * complete packet decoded (by the codec, which checks every length against the buffer) and handled. Oversize
 * PUBLISH packets are acknowledged from their head and drained. Any malformed input closes the connection.
 * <p>
 * Threading: owned by the session's caller thread. Decoded views are reused, nothing is allocated.
 */
final class Inbound {

	private final MqttSession session;
	/** Received bytes not yet handled, {@code buf[0..length)}: a packet always starts at 0. */
	final byte[] buf;
	/** Bytes held in {@link #buf}. */
	int length;
	/** Bytes of a dropped oversize packet still to read and throw away. */
	int drain;
	private final HeaderView header = new HeaderView();
	private final PublishView publish = new PublishView();
	private final AckView ack = new AckView();
	private final ConnAckView connack = new ConnAckView();
	private final SubAckView suback = new SubAckView();
	/** Result of the last fixed-header decode of {@code buf[0..length)}. */
	private int headerStatus;

	/** @param bufferBytes receive buffer size: the largest packet handled whole */
	Inbound(MqttSession session, int bufferBytes) {
		this.session = session;
		this.buf = new byte[bufferBytes];
	}

	/** Forgets everything received (new connection). */
	void clear() {
		this.length = 0;
		this.drain = 0;
	}

	/**
	 * One read attempt, then at most one packet.
	 *
	 * @return true when bytes moved or the state changed
	 */
	boolean receive(Transport t, long nowMillis) {
		byte[] b = this.buf;
		if (this.drain > 0) {
			int n = t.read(b, 0, Math.min(b.length, this.drain));
			if (n == 0) {
				return false;
			}
			if (n < 0) {
				this.session.close(nowMillis, SessionStatus.TRANSPORT_CLOSED);
				return true;
			}
			this.drain -= Math.min(n, this.drain);
			this.session.keepAlive.received(nowMillis);
			return true;
		}
		if (!ready()) {
			int n = t.read(b, this.length, b.length - this.length);
			if (n == 0) {
				return false;
			}
			if (n < 0) {
				this.session.close(nowMillis, SessionStatus.TRANSPORT_CLOSED);
				return true;
			}
			this.length += Math.min(n, b.length - this.length);
			this.session.keepAlive.received(nowMillis);
			if (!ready()) {
				return true;
			}
		}
		handle(nowMillis);
		return true;
	}

	/** @return true when {@link #buf} holds something to handle: a packet, a malformed header, an oversize head */
	private boolean ready() {
		byte[] b = this.buf;
		int n = FixedHeader.decode(b, 0, this.length, this.header);
		this.headerStatus = n;
		if (n == Status.NEED_MORE) {
			return false;
		}
		if (n < 0) {
			return true;
		}
		int total = this.header.packetLength();
		if (total <= this.length) {
			return true;
		}
		if (total <= b.length || this.header.type != PacketType.PUBLISH) {
			// Fits: wait for the rest. Other oversize types are rejected once complete enough to say so.
			return total > b.length;
		}
		return PublishCodec.decodeHead(b, 0, this.length, this.publish) != Status.NEED_MORE || this.length == b.length;
	}

	private void handle(long nowMillis) {
		if (this.headerStatus < 0) {
			this.session.close(nowMillis, SessionStatus.MALFORMED);
			return;
		}
		int total = this.header.packetLength();
		if (total > this.buf.length) {
			oversize(nowMillis, total);
			return;
		}
		dispatch(nowMillis, total);
		if (this.session.state() != SessionState.DISCONNECTED) {
			// Drop the handled packet; what follows moves to the front.
			System.arraycopy(this.buf, total, this.buf, 0, this.length - total);
			this.length -= total;
		}
	}

	private void dispatch(long nowMillis, int total) {
		int type = this.header.type;
		if (this.session.state() == SessionState.AWAIT_CONNACK && type != PacketType.CONNACK) {
			// [MQTT-3.2.0-1] the first packet from the server must be CONNACK.
			this.session.close(nowMillis, SessionStatus.PROTOCOL_ERROR);
			return;
		}
		switch (type) {
		case PacketType.CONNACK:
			onConnAck(nowMillis, total);
			break;
		case PacketType.PUBLISH:
			onPublish(nowMillis, total);
			break;
		case PacketType.PUBACK:
		case PacketType.PUBREC:
		case PacketType.PUBREL:
		case PacketType.PUBCOMP:
		case PacketType.UNSUBACK:
			onAck(nowMillis, total);
			break;
		case PacketType.SUBACK:
			onSubAck(nowMillis, total);
			break;
		case PacketType.PINGRESP:
			onPingResp(nowMillis, total);
			break;
		default:
			// CONNECT, SUBSCRIBE, UNSUBSCRIBE, PINGREQ, DISCONNECT only travel client to server.
			this.session.close(nowMillis, SessionStatus.PROTOCOL_ERROR);
			break;
		}
	}

	private boolean malformed(long nowMillis, int status) {
		if (status >= 0) {
			return false;
		}
		this.session.close(nowMillis, SessionStatus.MALFORMED);
		return true;
	}

	private void onConnAck(long nowMillis, int total) {
		MqttSession s = this.session;
		if (malformed(nowMillis, ConnAckCodec.decode(this.buf, 0, total, s.handshake.connect.protocolLevel,
				this.connack))) {
			return;
		}
		if (s.state() != SessionState.AWAIT_CONNACK) {
			s.close(nowMillis, SessionStatus.PROTOCOL_ERROR); // a second CONNACK
		} else if (this.connack.returnCode == ConnAckCodec.ACCEPTED) {
			if (!this.connack.sessionPresent) {
				// Without a session the broker will not redeliver: stale ids would suppress new messages.
				s.qos1Seen.clear();
				s.qos2Open.clear();
			}
			s.connected(nowMillis, this.connack.sessionPresent);
		} else {
			s.close(nowMillis, s.handshake.refused(this.connack.returnCode));
		}
	}

	private void onPublish(long nowMillis, int total) {
		PublishView p = this.publish;
		if (malformed(nowMillis, PublishCodec.decode(this.buf, 0, total, p))) {
			return;
		}
		MqttSession s = this.session;
		if (acknowledge(p)) {
			int sub = s.subscriptions.match(p.buf, p.topicOff, p.topicLen);
			s.counters.received++;
			s.notifier.message(sub, p.buf, p.topicOff, p.topicLen, p.payloadOff, p.payloadLen, p.qos, p.retain);
		} else {
			s.counters.duplicatesSuppressed++;
			s.notifier.event(SessionEvent.DUPLICATE_SUPPRESSED, p.packetId);
		}
	}

	/**
	 * Queues the PUBACK or PUBREC before the listener runs (its room is reserved) and records the id.
	 *
	 * @return true for a first delivery, false for a QoS 1 DUP or QoS 2 repeat already delivered
	 */
	private boolean acknowledge(PublishView p) {
		MqttSession s = this.session;
		int id = p.packetId;
		if (p.qos == 1) {
			s.outbound.appendAck(PacketType.PUBACK, id);
			// Only DUP=1 marks a redelivery; the broker may reuse an id for a new message after our PUBACK.
			if (s.qos1Seen.contains(id)) {
				return !p.dup;
			}
			s.qos1Seen.add(id);
		} else if (p.qos == 2) {
			s.outbound.appendAck(PacketType.PUBREC, id);
			// Between PUBREC and PUBREL the id names the same message, DUP or not (MQTT 3.1.1 section 4.3.3).
			if (s.qos2Open.contains(id)) {
				return false;
			}
			if (s.qos2Open.add(id)) {
				s.counters.qos2Evictions++;
			}
		}
		return true;
	}

	private void oversize(long nowMillis, int total) {
		MqttSession s = this.session;
		if (this.header.type != PacketType.PUBLISH) {
			s.close(nowMillis, SessionStatus.MALFORMED); // no other server packet can be this large
			return;
		}
		PublishView p = this.publish;
		int head = PublishCodec.decodeHead(this.buf, 0, this.length, p);
		if (head >= 0) {
			acknowledge(p); // acknowledged, not delivered: no redelivery loop
		} else if (head != Status.NEED_MORE) {
			s.close(nowMillis, SessionStatus.MALFORMED);
			return;
		}
		// NEED_MORE here: the head alone exceeds the buffer; the packet cannot be acknowledged, only skipped.
		this.drain = total - this.length;
		this.length = 0;
		s.counters.oversizeDropped++;
		s.notifier.event(SessionEvent.OVERSIZE_DROPPED, total);
	}

	private void onAck(long nowMillis, int total) {
		MqttSession s = this.session;
		AckView a = this.ack;
		if (malformed(nowMillis, AckCodec.decode(this.buf, 0, total, a))) {
			return;
		}
		int id = a.packetId;
		if (a.type == PacketType.PUBREL) {
			s.qos2Open.remove(id);
			s.outbound.appendAck(PacketType.PUBCOMP, id);
			return;
		}
		if (a.type == PacketType.UNSUBACK) {
			return; // this client never unsubscribes; tolerated like a late ack
		}
		int done = s.inflight.acknowledged(a.type, id);
		if (done == InflightTable.SEND_PUBREL) {
			s.outbound.appendAck(PacketType.PUBREL, id);
		} else if (done > 0) {
			s.notifier.publishDone(done, SessionStatus.OK);
		}
	}

	private void onSubAck(long nowMillis, int total) {
		SubAckView v = this.suback;
		if (malformed(nowMillis, SubAckCodec.decode(this.buf, 0, total, v))) {
			return;
		}
		// One filter per SUBSCRIBE: the first code is the answer.
		int code = v.returnCode(0);
		int i = this.session.subscriptions.acked(v.packetId);
		if (i >= 0) { // else not ours: tolerated like a late ack
			this.session.notifier.event(code == SubAckCodec.FAILURE ? SessionEvent.SUBSCRIBE_REFUSED
					: SessionEvent.SUBSCRIBED, i);
		}
	}

	private void onPingResp(long nowMillis, int total) {
		MqttSession s = this.session;
		if (malformed(nowMillis, PingCodec.decodeResponse(this.buf, 0, total))) {
			return;
		}
		long rtt = s.keepAlive.pingResponse(nowMillis);
		if (rtt >= 0) {
			s.counters.lastPingRttMillis = rtt;
		} // else unsolicited: harmless, ignored
	}
}
