/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * PUBLISH encoder and decoder (MQTT 3.1.1 §3.3). Used in both directions: the client encodes what it publishes and
 * decodes what the server delivers; the test-scope broker does the reverse.
 * <p>
 * Threading: pure static functions; no allocation.
 */
public final class PublishCodec {

	private static final int QOS_SHIFT = 1;

	private PublishCodec() {
	}

	/**
	 * @param topicLen Topic Name bytes
	 * @param qos 0..2
	 * @return the Remaining Length, {@link Status#INVALID_QOS}, {@link Status#TOO_LARGE}, or
	 *         {@link Status#BAD_BOUNDS} for a negative length
	 */
	public static int remainingLength(int topicLen, int qos, int payloadLen) {
		if (qos < 0 || qos > 2) {
			return Status.INVALID_QOS;
		}
		if (topicLen < 0 || payloadLen < 0) {
			return Status.BAD_BOUNDS;
		}
		if (topicLen > FixedHeader.MAX_U16) {
			return Status.TOO_LARGE;
		}
		int head = 2 + topicLen + (qos > 0 ? 2 : 0);
		if (payloadLen > FixedHeader.MAX_REMAINING_LENGTH - head) {
			return Status.TOO_LARGE;
		}
		return head + payloadLen;
	}

	/**
	 * @param topicLen Topic Name bytes
	 * @param qos 0..2
	 * @return total bytes of the PUBLISH (fixed header included), or a negative status as {@link #remainingLength}
	 */
	public static int size(int topicLen, int qos, int payloadLen) {
		int remaining = remainingLength(topicLen, qos, payloadLen);
		return remaining < 0 ? remaining : FixedHeader.packetSize(remaining);
	}

	/**
	 * Encodes a PUBLISH after validating its arguments. Nothing is written on failure.
	 *
	 * @param topic array holding the Topic Name (UTF-8, no wildcards [MQTT-3.3.2-2], at least one byte)
	 * @param topicOff first Topic Name byte in {@code topic}
	 * @param topicLen Topic Name bytes
	 * @param qos 0..2
	 * @param retain RETAIN flag
	 * @param dup DUP flag; only with QoS 1 or 2 [MQTT-3.3.1-2]
	 * @param packetId 1..65,535 for QoS 1 and 2, 0 for QoS 0 [MQTT-2.3.1-5]
	 * @param payload array holding the payload (may be null when {@code payloadLen} is 0)
	 * @param payloadOff first payload byte in {@code payload}
	 * @return bytes written, {@link Status#BUFFER_TOO_SMALL}, {@link Status#BAD_BOUNDS} or an invalid-argument code
	 */
	public static int encode(byte[] buf, int off, int limit, byte[] topic, int topicOff, int topicLen, int qos,
			boolean retain, boolean dup, int packetId, byte[] payload, int payloadOff, int payloadLen) {
		int remaining = remainingLength(topicLen, qos, payloadLen);
		if (remaining < 0) {
			return remaining;
		}
		if (!FixedHeader.inBounds(topic, topicOff, topicOff + topicLen)
				|| (payloadLen > 0 && !FixedHeader.inBounds(payload, payloadOff, payloadOff + payloadLen))
				|| !FixedHeader.inBounds(buf, off, limit)) {
			return Status.BAD_BOUNDS;
		}
		if (qos == 0 ? packetId != 0 : packetId < 1 || packetId > FixedHeader.MAX_U16) {
			return Status.INVALID_PACKET_ID;
		}
		if (dup && qos == 0) {
			return Status.INVALID_ARGUMENT;
		}
		int topicStatus = Topics.checkName(topic, topicOff, topicLen);
		if (topicStatus != Status.OK) {
			return topicStatus;
		}
		if (FixedHeader.packetSize(remaining) > limit - off) {
			return Status.BUFFER_TOO_SMALL;
		}
		int flags = (qos << QOS_SHIFT) | (dup ? FixedHeader.FLAG_DUP : 0) | (retain ? FixedHeader.FLAG_RETAIN : 0);
		int i = off + FixedHeader.encode(buf, off, limit, PacketType.PUBLISH, flags, remaining);
		i = FixedHeader.writeString(buf, i, topic, topicOff, topicLen);
		if (qos > 0) {
			FixedHeader.writeU16(buf, i, packetId);
			i += 2;
		}
		if (payloadLen > 0) {
			System.arraycopy(payload, payloadOff, buf, i, payloadLen);
		}
		return i + payloadLen - off;
	}

	/**
	 * Sets the DUP flag on an encoded QoS 1 or 2 PUBLISH, for a resend after reconnecting with a session
	 * present [MQTT-4.4.0-1], [MQTT-3.3.1-1].
	 *
	 * @param buf buffer holding the encoded packet
	 * @param off its first byte
	 * @return {@link Status#OK}, {@link Status#BAD_BOUNDS}, or {@link Status#INVALID_ARGUMENT} if the byte is not the
	 *         first byte of a QoS 1 or 2 PUBLISH
	 */
	public static int setDup(byte[] buf, int off) {
		if (off < 0 || off >= buf.length) {
			return Status.BAD_BOUNDS;
		}
		int first = buf[off] & 0xFF;
		int qos = (first >>> QOS_SHIFT) & 0x03;
		if (first >>> 4 != PacketType.PUBLISH || qos == 0 || qos == 3) {
			return Status.INVALID_ARGUMENT;
		}
		buf[off] = (byte) (first | FixedHeader.FLAG_DUP);
		return Status.OK;
	}

	/**
	 * Decodes a complete PUBLISH: fixed-header checks of {@link FixedHeader#decode}, Topic Name within the packet,
	 * non-empty, without wildcards [MQTT-3.3.2-2] and valid UTF-8 [MQTT-1.5.3-1], packet identifier non-zero for
	 * QoS 1 and 2 [MQTT-2.3.1-1]. The payload is not inspected.
	 *
	 * @param out filled on success; its offsets point into {@code buf}
	 * @return packet length, {@link Status#NEED_MORE}, {@link Status#PROTOCOL_ERROR} for another packet type, or a
	 *         malformed code
	 */
	public static int decode(byte[] buf, int off, int limit, PacketView out) {
		return parse(buf, off, limit, out, true);
	}

	/**
	 * Decodes only the head of a PUBLISH (fixed header, Topic Name, packet identifier), with the same checks as
	 * {@link #decode}; the payload need not be received. Lets a receiver whose buffer is too small for the whole
	 * packet still acknowledge it and skip {@link PacketView#payloadLen} bytes.
	 *
	 * @param out filled on success; {@link PacketView#payloadOff} + {@link PacketView#payloadLen} may lie beyond
	 *        {@code limit}
	 * @return bytes of the head, {@link Status#NEED_MORE} until the head is received, or as {@link #decode}
	 */
	public static int decodeHead(byte[] buf, int off, int limit, PacketView out) {
		return parse(buf, off, limit, out, false);
	}

	private static int parse(byte[] buf, int off, int limit, PacketView out, boolean whole) {
		int n = FixedHeader.decode(buf, off, limit, out);
		if (n < 0) {
			return n;
		}
		if (out.type != PacketType.PUBLISH) {
			return Status.PROTOCOL_ERROR;
		}
		int remaining = out.remainingLength;
		int received = limit - off - n;
		if (whole && remaining > received) {
			return Status.NEED_MORE;
		}
		if (remaining < 2) {
			return Status.MALFORMED_LENGTH;
		}
		if (received < 2) {
			return Status.NEED_MORE;
		}
		int qos = (out.flags >>> QOS_SHIFT) & 0x03;
		int topicOff = off + n + 2;
		int topicLen = FixedHeader.readU16(buf, off + n);
		int headLen = 2 + topicLen + (qos > 0 ? 2 : 0);
		if (headLen > remaining) {
			return Status.MALFORMED_LENGTH;
		}
		if (headLen > received) {
			return Status.NEED_MORE;
		}
		int topicStatus = Topics.checkName(buf, topicOff, topicLen);
		if (topicStatus != Status.OK) {
			return topicStatus == Status.INVALID_UTF8 ? Status.MALFORMED_UTF8 : Status.MALFORMED_TOPIC;
		}
		int packetId = 0;
		if (qos > 0) {
			packetId = FixedHeader.readU16(buf, topicOff + topicLen);
			if (packetId == 0) {
				return Status.MALFORMED_PACKET_ID;
			}
		}
		out.buf = buf;
		out.qos = qos;
		out.retain = (out.flags & FixedHeader.FLAG_RETAIN) != 0;
		out.dup = (out.flags & FixedHeader.FLAG_DUP) != 0;
		out.packetId = packetId;
		out.topicOff = topicOff;
		out.topicLen = topicLen;
		out.payloadOff = off + n + headLen;
		out.payloadLen = remaining - headLen;
		return whole ? n + remaining : n + headLen;
	}
}
