/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec.broker;

import org.mqttboard.mqtt.codec.FixedHeader;
import org.mqttboard.mqtt.codec.PacketView;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.codec.Status;
import org.mqttboard.mqtt.codec.Topics;
import org.mqttboard.mqtt.codec.Utf8;

/**
 * Server-side CONNECT decoder (MQTT 3.1.1 §3.1), written independently of the client encoder so round trips
 * test one against the other. Test scope. Stateless apart from the view it fills.
 */
public final class BrokerConnectDecoder {

	private static final byte[] NAME_3_1_1 = { 'M', 'Q', 'T', 'T' };
	private static final byte[] NAME_3_1 = { 'M', 'Q', 'I', 's', 'd', 'p' };

	private final PacketView header = new PacketView();
	private int pos;
	private int end;

	/**
	 * @return packet length, {@link Status#NEED_MORE}, {@link Status#PROTOCOL_ERROR} for another type, or a
	 *         malformed code
	 */
	public int decode(byte[] buf, int off, int limit, ConnectView out) {
		int n = FixedHeader.decode(buf, off, limit, this.header);
		if (n < 0) {
			return n;
		}
		if (this.header.type != PacketType.CONNECT) {
			return Status.PROTOCOL_ERROR;
		}
		if (this.header.remainingLength > limit - off - n) {
			return Status.NEED_MORE;
		}
		this.pos = off + n;
		this.end = this.pos + this.header.remainingLength;
		int status = decodeVariableHeader(buf, out);
		if (status == Status.OK) {
			status = decodePayload(buf, out);
		}
		if (status != Status.OK) {
			return status;
		}
		out.buf = buf;
		return this.header.packetLength();
	}

	private int decodeVariableHeader(byte[] buf, ConnectView out) {
		int nameLen = string(buf);
		if (nameLen < 0) {
			return nameLen;
		}
		int nameOff = this.pos - nameLen;
		if (this.end - this.pos < 4) {
			return Status.MALFORMED_LENGTH;
		}
		int level = buf[this.pos] & 0xFF;
		int flags = buf[this.pos + 1] & 0xFF;
		out.keepAliveSeconds = ((buf[this.pos + 2] & 0xFF) << 8) | (buf[this.pos + 3] & 0xFF);
		this.pos += 4;
		byte[] expected = level == 3 ? NAME_3_1 : NAME_3_1_1;
		if ((level != 3 && level != 4) || !same(buf, nameOff, nameLen, expected)) {
			return Status.MALFORMED;
		}
		// [MQTT-3.1.2-3]: the reserved flag must be zero.
		if ((flags & 0x01) != 0) {
			return Status.MALFORMED_RESERVED;
		}
		out.protocolLevel = level;
		out.cleanSession = (flags & 0x02) != 0;
		out.will = (flags & 0x04) != 0;
		out.willQos = (flags >>> 3) & 0x03;
		out.willRetain = (flags & 0x20) != 0;
		out.hasPassword = (flags & 0x40) != 0;
		out.hasUsername = (flags & 0x80) != 0;
		if (out.willQos == 3 || (!out.will && (out.willQos != 0 || out.willRetain))) {
			return Status.MALFORMED_FLAGS;
		}
		if (out.hasPassword && !out.hasUsername) {
			return Status.MALFORMED_FLAGS;
		}
		return Status.OK;
	}

	private int decodePayload(byte[] buf, ConnectView out) {
		int len = string(buf);
		if (len < 0) {
			return len;
		}
		out.clientIdOff = this.pos - len;
		out.clientIdLen = len;
		if (!Utf8.isValid(buf, out.clientIdOff, len)) {
			return Status.MALFORMED_UTF8;
		}
		if (out.will) {
			len = string(buf);
			if (len < 0) {
				return len;
			}
			out.willTopicOff = this.pos - len;
			out.willTopicLen = len;
			if (Topics.checkName(buf, out.willTopicOff, len) != Status.OK) {
				return Status.MALFORMED_TOPIC;
			}
			len = string(buf);
			if (len < 0) {
				return len;
			}
			out.willPayloadOff = this.pos - len;
			out.willPayloadLen = len;
		}
		if (out.hasUsername) {
			len = string(buf);
			if (len < 0) {
				return len;
			}
			out.usernameOff = this.pos - len;
			out.usernameLen = len;
		}
		if (out.hasPassword) {
			len = string(buf);
			if (len < 0) {
				return len;
			}
			out.passwordOff = this.pos - len;
			out.passwordLen = len;
		}
		return this.pos == this.end ? Status.OK : Status.MALFORMED_LENGTH;
	}

	/** Reads a length-prefixed field; returns its length and leaves {@link #pos} after it. */
	private int string(byte[] buf) {
		if (this.end - this.pos < 2) {
			return Status.MALFORMED_LENGTH;
		}
		int len = ((buf[this.pos] & 0xFF) << 8) | (buf[this.pos + 1] & 0xFF);
		if (len > this.end - this.pos - 2) {
			return Status.MALFORMED_LENGTH;
		}
		this.pos += 2 + len;
		return len;
	}

	private static boolean same(byte[] buf, int off, int len, byte[] expected) {
		if (len != expected.length) {
			return false;
		}
		for (int i = 0; i < len; i++) {
			if (buf[off + i] != expected[i]) {
				return false;
			}
		}
		return true;
	}
}
