/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * The acknowledgements: the four-byte packets made of a fixed header and a packet identifier, PUBACK, PUBREC,
 * PUBREL (flags 0010), PUBCOMP and UNSUBACK (MQTT 3.1.1 §3.4 to §3.7, §3.11); CONNACK and its return codes (§3.2,
 * Table 3.1); SUBACK (§3.9); PINGRESP (§3.13). PINGREQ and DISCONNECT are bare fixed headers
 * ({@link FixedHeader#encode} with Remaining Length 0).
 * <p>
 * Threading: pure static functions; no allocation.
 */
public final class AckCodec {

	/** Bytes of every acknowledgment packet and of CONNACK. */
	public static final int SIZE = 4;
	/** Bytes of PINGREQ, PINGRESP and DISCONNECT: a fixed header with Remaining Length 0. */
	public static final int EMPTY_SIZE = 2;

	/** CONNACK return code 0: connection accepted. */
	public static final int ACCEPTED = 0;
	/** CONNACK return code 1: the server does not support the requested protocol level. */
	public static final int REFUSED_PROTOCOL_VERSION = 1;
	/** CONNACK return code 2: client identifier well-formed but not allowed by the server. */
	public static final int REFUSED_IDENTIFIER_REJECTED = 2;
	/** CONNACK return code 3: MQTT service unavailable. */
	public static final int REFUSED_SERVER_UNAVAILABLE = 3;
	/** CONNACK return code 4: malformed user name or password. */
	public static final int REFUSED_BAD_CREDENTIALS = 4;
	/** CONNACK return code 5: client not authorized to connect. */
	public static final int REFUSED_NOT_AUTHORIZED = 5;
	/** SUBACK return code: the subscription was refused. */
	public static final int FAILURE = 0x80;

	/** Remaining Length of every four-byte packet. */
	private static final int REMAINING = 2;
	/** Session-present bit of the CONNACK acknowledge flags [MQTT-3.2.2-2]. */
	private static final int FLAG_SESSION_PRESENT = 0x01;

	private AckCodec() {
	}

	/**
	 * @param type a packet type
	 * @return true for PUBACK, PUBREC, PUBREL, PUBCOMP and UNSUBACK
	 */
	public static boolean isAck(int type) {
		return type == PacketType.PUBACK || type == PacketType.PUBREC || type == PacketType.PUBREL
				|| type == PacketType.PUBCOMP || type == PacketType.UNSUBACK;
	}

	/**
	 * Encodes an acknowledgment; PUBREL gets its required flags 0010 [MQTT-3.6.1-1].
	 *
	 * @param type PUBACK, PUBREC, PUBREL, PUBCOMP or UNSUBACK
	 * @param packetId 1..65,535
	 * @return {@link #SIZE}, {@link Status#BUFFER_TOO_SMALL}, {@link Status#BAD_BOUNDS},
	 *         {@link Status#INVALID_ARGUMENT} (type) or {@link Status#INVALID_PACKET_ID}
	 */
	public static int encode(byte[] buf, int off, int limit, int type, int packetId) {
		if (!isAck(type)) {
			return Status.INVALID_ARGUMENT;
		}
		if (packetId < 1 || packetId > FixedHeader.MAX_U16) {
			return Status.INVALID_PACKET_ID;
		}
		if (!FixedHeader.inBounds(buf, off, limit)) {
			return Status.BAD_BOUNDS;
		}
		if (limit - off < SIZE) {
			return Status.BUFFER_TOO_SMALL;
		}
		int flags = type == PacketType.PUBREL ? FixedHeader.FLAGS_0010 : 0;
		buf[off] = (byte) ((type << 4) | flags);
		buf[off + 1] = REMAINING;
		FixedHeader.writeU16(buf, off + 2, packetId);
		return SIZE;
	}

	/**
	 * Decodes a complete acknowledgment: flags of its type, Remaining Length exactly 2, packet identifier non-zero
	 * [MQTT-2.3.1-1].
	 *
	 * @param out filled on success
	 * @return {@link #SIZE}, {@link Status#NEED_MORE}, {@link Status#PROTOCOL_ERROR} for another packet type, or a
	 *         malformed code
	 */
	public static int decode(byte[] buf, int off, int limit, PacketView out) {
		if (!FixedHeader.inBounds(buf, off, limit)) {
			return Status.BAD_BOUNDS;
		}
		if (off == limit) {
			return Status.NEED_MORE;
		}
		int type = (buf[off] & 0xFF) >>> 4;
		int n = decodeFixed(buf, off, limit, isAck(type) ? type : PacketType.PUBACK, REMAINING);
		if (n < 0) {
			return n;
		}
		int packetId = FixedHeader.readU16(buf, off + 2);
		if (packetId == 0) {
			return Status.MALFORMED_PACKET_ID;
		}
		out.type = type;
		out.packetId = packetId;
		return SIZE;
	}

	/**
	 * Shared by the fixed-size packets (acks, CONNACK, PINGRESP): checks type, flags and the one Remaining Length
	 * byte, and that the whole packet is present.
	 *
	 * @return the packet size or a negative status
	 */
	private static int decodeFixed(byte[] buf, int off, int limit, int expectedType, int remaining) {
		if (!FixedHeader.inBounds(buf, off, limit)) {
			return Status.BAD_BOUNDS;
		}
		if (off == limit) {
			return Status.NEED_MORE;
		}
		int first = buf[off] & 0xFF;
		int check = FixedHeader.checkFlags(first >>> 4, first & 0x0F);
		if (check != Status.OK) {
			return check;
		}
		if (first >>> 4 != expectedType) {
			return Status.PROTOCOL_ERROR;
		}
		if (limit - off < 2) {
			return Status.NEED_MORE;
		}
		// Any other first length byte is either another length or a non-minimal encoding of this one.
		if (buf[off + 1] != remaining) {
			return Status.MALFORMED_LENGTH;
		}
		return limit - off < 2 + remaining ? Status.NEED_MORE : 2 + remaining;
	}

	/**
	 * Decodes a complete CONNACK: flags 0000, Remaining Length exactly 2, acknowledge-flag bits 7..1 zero
	 * [MQTT-3.2.2-1], session present 0 on a refusal [MQTT-3.2.2-4], return code 0..5 (6..255 are reserved).
	 * For MQTT 3.1 ({@code protocolLevel} 3) the first variable-header byte is unused and ignored.
	 *
	 * @param protocolLevel level sent in the CONNECT ({@link ConnectOptions#LEVEL_3_1_1} or {@code LEVEL_3_1})
	 * @param out filled on success
	 * @return {@link #SIZE}, {@link Status#NEED_MORE}, {@link Status#PROTOCOL_ERROR} for another packet type, or a
	 *         malformed code
	 */
	public static int decodeConnAck(byte[] buf, int off, int limit, int protocolLevel, PacketView out) {
		int n = decodeFixed(buf, off, limit, PacketType.CONNACK, REMAINING);
		if (n < 0) {
			return n;
		}
		int ackFlags = buf[off + 2] & 0xFF;
		int code = buf[off + 3] & 0xFF;
		if (code > REFUSED_NOT_AUTHORIZED) {
			return Status.MALFORMED_RETURN_CODE;
		}
		boolean present = false;
		if (protocolLevel != ConnectOptions.LEVEL_3_1) {
			if ((ackFlags & ~FLAG_SESSION_PRESENT) != 0) {
				return Status.MALFORMED_RESERVED;
			}
			present = ackFlags == FLAG_SESSION_PRESENT;
			if (present && code != ACCEPTED) {
				return Status.MALFORMED_RESERVED;
			}
		}
		out.type = PacketType.CONNACK;
		out.sessionPresent = present;
		out.returnCode = code;
		return SIZE;
	}

	/**
	 * Decodes a complete SUBACK: flags 0000, packet identifier non-zero [MQTT-2.3.1-1], at least one return code,
	 * each 0, 1, 2 or 0x80 [MQTT-3.9.3-2].
	 *
	 * @param out filled on success; its offsets point into {@code buf}
	 * @return packet length, {@link Status#NEED_MORE}, {@link Status#PROTOCOL_ERROR} for another packet type, or a
	 *         malformed code
	 */
	public static int decodeSubAck(byte[] buf, int off, int limit, PacketView out) {
		int n = FixedHeader.decodeComplete(buf, off, limit, PacketType.SUBACK, out);
		if (n < 0) {
			return n;
		}
		int remaining = out.remainingLength;
		if (remaining < 2) {
			return Status.MALFORMED_LENGTH;
		}
		if (remaining == 2) {
			return Status.MALFORMED_EMPTY;
		}
		int packetId = FixedHeader.readU16(buf, off + n);
		if (packetId == 0) {
			return Status.MALFORMED_PACKET_ID;
		}
		int codesOff = off + n + 2;
		int end = off + n + remaining;
		for (int i = codesOff; i < end; i++) {
			int code = buf[i] & 0xFF;
			if (code > 2 && code != FAILURE) {
				return Status.MALFORMED_RETURN_CODE;
			}
		}
		out.type = PacketType.SUBACK;
		out.buf = buf;
		out.packetId = packetId;
		out.codesOff = codesOff;
		out.count = remaining - 2;
		return n + remaining;
	}

	/**
	 * Decodes a PINGRESP: flags 0000, Remaining Length 0.
	 *
	 * @return {@link #EMPTY_SIZE}, {@link Status#NEED_MORE}, {@link Status#PROTOCOL_ERROR} for another packet type,
	 *         {@link Status#MALFORMED_FLAGS}, {@link Status#MALFORMED_LENGTH} or {@link Status#BAD_BOUNDS}
	 */
	public static int decodePingResp(byte[] buf, int off, int limit) {
		return decodeFixed(buf, off, limit, PacketType.PINGRESP, 0);
	}
}
