/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit;

import org.mqttboard.mqtt.codec.AckCodec;
import org.mqttboard.mqtt.codec.PacketView;
import org.mqttboard.mqtt.codec.FixedHeader;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.codec.PublishCodec;
import org.mqttboard.mqtt.codec.broker.BrokerConnectDecoder;
import org.mqttboard.mqtt.codec.broker.BrokerEncoder;
import org.mqttboard.mqtt.codec.broker.BrokerFilterListDecoder;
import org.mqttboard.mqtt.codec.broker.ConnectView;
import org.mqttboard.mqtt.codec.broker.FilterListView;

/**
 * An in-memory broker peer on a {@link ScriptedTransport}: {@link #pump()} decodes what the client wrote (with
 * the codec's broker-side decoders) and answers as configured (CONNACK, SUBACK, PUBACK/PUBREC/PUBCOMP/PUBREL,
 * PINGRESP); the test can also inject any packet or raw bytes. Records what it saw. No allocation after
 * construction, so the zero-allocation test can run against it.
 * <p>
 * Threading: single test thread.
 */
public final class ScriptedBroker {

	private boolean autoConnAck = true;
	private int connAckCode;
	private boolean sessionPresent;
	private boolean autoSubAck = true;
	/** SUBACK code for every filter; -1 grants the requested QoS. */
	private int subAckCode = -1;
	private boolean autoAck = true;
	private boolean qos2AsQos1;
	private boolean autoPingResp = true;

	/** Protocol level of the last CONNECT. */
	public int protocolLevel;
	/** Keep-alive of the last CONNECT, s. */
	public int keepAliveSeconds;
	/** Clean-session flag of the last CONNECT. */
	public boolean cleanSession;
	/** Will flag of the last CONNECT. */
	public boolean will;
	/** Client id of the last CONNECT (first {@link #clientIdLen} bytes). */
	public final byte[] clientId = new byte[256];
	/** Client id length. */
	public int clientIdLen;
	/** Password length of the last CONNECT, -1 without password. */
	public int passwordLen;
	/** QoS of the last PUBLISH from the client. */
	public int lastQos;
	/** Packet id of the last PUBLISH from the client. */
	public int lastPacketId;
	/** DUP flag of the last PUBLISH from the client. */
	public boolean lastDup;
	/** Retain flag of the last PUBLISH from the client. */
	public boolean lastRetain;
	/** Payload of the last PUBLISH from the client (first {@link #lastPayloadLen} bytes). */
	public final byte[] lastPayload = new byte[4096];
	/** Payload length. */
	public int lastPayloadLen;
	/** Packet id of the last SUBSCRIBE. */
	public int lastSubscribeId;
	/** Packet id of the last ack (PUBACK/PUBREC/PUBREL/PUBCOMP) from the client. */
	public int lastAckId;
	/** Decode status of the first malformed client packet, 0 when none. */
	public int malformed;

	private final ScriptedTransport transport;
	private final byte[] in = new byte[65536];
	private int inLen;
	private final byte[] out = new byte[65536];
	private final PacketView header = new PacketView();
	private final BrokerConnectDecoder connectDecoder = new BrokerConnectDecoder();
	private final ConnectView connect = new ConnectView();
	private final BrokerFilterListDecoder filterDecoder = new BrokerFilterListDecoder();
	private final FilterListView filters = new FilterListView(16);
	private final PacketView publish = new PacketView();
	private final PacketView ack = new PacketView();
	private final int[] codes = new int[16];
	private final int[] counts = new int[16];
	private final int[] log = new int[4096];
	private int logSize;

	/** @param transport the link; the broker reads {@code fromClient} and writes {@code toClient} */
	public ScriptedBroker(ScriptedTransport transport) {
		this.transport = transport;
	}

	/** Leaves CONNECTs unanswered (no CONNACK). */
	public void holdConnAck() {
		this.autoConnAck = false;
	}

	/** @param code the CONNACK return code of every later CONNECT, e.g. {@code AckCodec.REFUSED_NOT_AUTHORIZED} */
	public void refuseConnects(int code) {
		this.connAckCode = code;
	}

	/** @param present the session-present flag of later CONNACKs (the broker kept the client's session) */
	public void resumeSession(boolean present) {
		this.sessionPresent = present;
	}

	/** @param answer true to answer SUBSCRIBEs with a SUBACK (the default), false to leave them unanswered */
	public void answerSubscribes(boolean answer) {
		this.autoSubAck = answer;
	}

	/** Answers every later SUBSCRIBE with the failure code 0x80 for each filter. */
	public void refuseSubscriptions() {
		this.subAckCode = AckCodec.FAILURE;
	}

	/** Answers a QoS 2 PUBLISH with PUBACK, as a broker without QoS 2 does (RabbitMQ 3.x). */
	public void answerQos2WithPuback() {
		this.qos2AsQos1 = true;
	}

	/** Leaves client publishes unacknowledged (no PUBACK, PUBREC or PUBCOMP) and PUBRECs without PUBREL. */
	public void holdAcks() {
		this.autoAck = false;
	}

	/** Leaves PINGREQs unanswered. */
	public void holdPingResp() {
		this.autoPingResp = false;
	}

	/**
	 * Takes over how another broker answers CONNACKs' session flag and publishes (a broker restarted with its state).
	 *
	 * @param old the broker before the restart
	 */
	public void keepBehaviourOf(ScriptedBroker old) {
		this.sessionPresent = old.sessionPresent;
		this.autoAck = old.autoAck;
		this.qos2AsQos1 = old.qos2AsQos1;
	}

	/** @return packets of {@code type} received from the client */
	public int count(int type) {
		return this.counts[type];
	}

	/** @return the i-th packet type received (in order, first 4096 only) */
	public int logged(int i) {
		return this.log[i];
	}

	/** @return packets logged */
	public int logSize() {
		return this.logSize;
	}

	/**
	 * Handles every complete packet the client wrote.
	 *
	 * @return packets handled
	 */
	public int pump() {
		ByteRing from = this.transport.fromClient;
		this.inLen += from.take(this.in, this.inLen, this.in.length - this.inLen);
		int handled = 0;
		while (true) {
			int n = FixedHeader.decode(this.in, 0, this.inLen, this.header);
			if (n < 0 && n != org.mqttboard.mqtt.codec.Status.NEED_MORE) {
				this.malformed = this.malformed == 0 ? n : this.malformed;
				this.inLen = 0;
				return handled;
			}
			if (n < 0 || this.header.packetLength() > this.inLen) {
				return handled;
			}
			int total = this.header.packetLength();
			handle(this.header.type, total);
			System.arraycopy(this.in, total, this.in, 0, this.inLen - total);
			this.inLen -= total;
			handled++;
		}
	}

	private void handle(int type, int total) {
		this.counts[type]++;
		if (this.logSize < this.log.length) {
			this.log[this.logSize++] = type;
		}
		switch (type) {
		case PacketType.CONNECT:
			onConnect(total);
			break;
		case PacketType.SUBSCRIBE:
			onSubscribe(total);
			break;
		case PacketType.PUBLISH:
			onPublish(total);
			break;
		case PacketType.PUBACK:
		case PacketType.PUBREC:
		case PacketType.PUBREL:
		case PacketType.PUBCOMP:
			onAck(total);
			break;
		case PacketType.PINGREQ:
			if (this.autoPingResp) {
				sendPingResp();
			}
			break;
		default:
			break; // DISCONNECT, UNSUBSCRIBE: recorded only
		}
	}

	private void onConnect(int total) {
		int n = this.connectDecoder.decode(this.in, 0, total, this.connect);
		if (n < 0) {
			this.malformed = n;
			return;
		}
		ConnectView c = this.connect;
		this.protocolLevel = c.protocolLevel;
		this.keepAliveSeconds = c.keepAliveSeconds;
		this.cleanSession = c.cleanSession;
		this.will = c.will;
		this.clientIdLen = Math.min(c.clientIdLen, this.clientId.length);
		System.arraycopy(this.in, c.clientIdOff, this.clientId, 0, this.clientIdLen);
		this.passwordLen = c.hasPassword ? c.passwordLen : -1;
		if (this.autoConnAck) {
			sendConnAck(this.sessionPresent, this.connAckCode);
		}
	}

	private void onSubscribe(int total) {
		int n = this.filterDecoder.decodeSubscribe(this.in, 0, total, this.filters);
		if (n < 0) {
			this.malformed = n;
			return;
		}
		this.lastSubscribeId = this.filters.packetId;
		if (this.autoSubAck) {
			for (int i = 0; i < this.filters.count; i++) {
				this.codes[i] = this.subAckCode < 0 ? this.filters.qos[i] : this.subAckCode;
			}
			int len = BrokerEncoder.subAck(this.out, 0, this.out.length, this.filters.packetId, this.codes,
					this.filters.count);
			this.transport.feed(this.out, 0, len);
		}
	}

	private void onPublish(int total) {
		PacketView p = this.publish;
		int n = PublishCodec.decode(this.in, 0, total, p);
		if (n < 0) {
			this.malformed = n;
			return;
		}
		this.lastQos = p.qos;
		this.lastPacketId = p.packetId;
		this.lastDup = p.dup;
		this.lastRetain = p.retain;
		this.lastPayloadLen = Math.min(p.payloadLen, this.lastPayload.length);
		System.arraycopy(this.in, p.payloadOff, this.lastPayload, 0, this.lastPayloadLen);
		if (this.autoAck && p.qos > 0) {
			sendAck(p.qos == 1 || this.qos2AsQos1 ? PacketType.PUBACK : PacketType.PUBREC, p.packetId);
		}
	}

	private void onAck(int total) {
		int n = AckCodec.decode(this.in, 0, total, this.ack);
		if (n < 0) {
			this.malformed = n;
			return;
		}
		this.lastAckId = this.ack.packetId;
		if (!this.autoAck) {
			return;
		}
		if (this.ack.type == PacketType.PUBREL) {
			sendAck(PacketType.PUBCOMP, this.ack.packetId);
		} else if (this.ack.type == PacketType.PUBREC) {
			sendAck(PacketType.PUBREL, this.ack.packetId);
		}
	}

	/** Sends a CONNACK. */
	public void sendConnAck(boolean present, int returnCode) {
		this.transport.feed(this.out, 0, BrokerEncoder.connAck(this.out, 0, this.out.length, present, returnCode));
	}

	/** Sends a PINGRESP. */
	public void sendPingResp() {
		this.transport.feed(this.out, 0, BrokerEncoder.pingResp(this.out, 0, this.out.length));
	}

	/** Sends PUBACK, PUBREC, PUBREL, PUBCOMP or UNSUBACK. */
	public void sendAck(int type, int packetId) {
		this.transport.feed(this.out, 0, AckCodec.encode(this.out, 0, this.out.length, type, packetId));
	}

	/** Sends a SUBACK with one code. */
	public void sendSubAck(int packetId, int code) {
		this.codes[0] = code;
		this.transport.feed(this.out, 0, BrokerEncoder.subAck(this.out, 0, this.out.length, packetId, this.codes, 1));
	}

	/** Sends a PUBLISH to the client. */
	public void sendPublish(byte[] topic, byte[] payload, int qos, boolean retain, boolean dup, int packetId) {
		int n = PublishCodec.encode(this.out, 0, this.out.length, topic, 0, topic.length, qos, retain, dup, packetId,
				payload, 0, payload.length);
		if (n < 0) {
			throw new IllegalArgumentException("cannot encode PUBLISH: " + n);
		}
		this.transport.feed(this.out, 0, n);
	}

	/** Sends raw bytes. */
	public void sendRaw(byte[] bytes) {
		this.transport.feed(bytes);
	}
}
