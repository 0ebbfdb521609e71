/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * The four-byte packets made of a fixed header and a packet identifier: PUBACK, PUBREC, PUBREL (flags 0010),
 * PUBCOMP and UNSUBACK (MQTT 3.1.1 §3.4 to §3.7, §3.11).
 * <p>
 * Threading: pure static functions; no allocation.
 */
public final class AckCodec {

	/** Bytes of every acknowledgment packet. */
	public static final int SIZE = 4;

	/** Remaining Length of every four-byte packet. */
	private static final int REMAINING = 2;

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
	 * @param buf destination, owned by the caller
	 * @param off first byte to write
	 * @param limit end (exclusive) of the writable range
	 * @param type PUBACK, PUBREC, PUBREL, PUBCOMP or UNSUBACK
	 * @param packetId 1..65,535
	 * @return {@link #SIZE}, {@link Status#BUFFER_TOO_SMALL}, {@link Status#BAD_BOUNDS},
	 *         {@link Status#INVALID_ARGUMENT} (type) or {@link Status#INVALID_PACKET_ID}
	 */
	public static int encode(byte[] buf, int off, int limit, int type, int packetId) {
		if (!isAck(type)) {
			return Status.INVALID_ARGUMENT;
		}
		if (packetId < 1 || packetId > Wire.MAX_U16) {
			return Status.INVALID_PACKET_ID;
		}
		if (!Wire.inBounds(buf, off, limit)) {
			return Status.BAD_BOUNDS;
		}
		if (limit - off < SIZE) {
			return Status.BUFFER_TOO_SMALL;
		}
		int flags = type == PacketType.PUBREL ? FixedHeader.FLAGS_0010 : 0;
		buf[off] = (byte) ((type << 4) | flags);
		buf[off + 1] = REMAINING;
		Wire.writeU16(buf, off + 2, packetId);
		return SIZE;
	}

	/**
	 * Decodes a complete acknowledgment: flags of its type, Remaining Length exactly 2, packet identifier non-zero
	 * [MQTT-2.3.1-1].
	 *
	 * @param buf received bytes, owned by the caller
	 * @param off first byte of the packet
	 * @param limit end (exclusive) of the received bytes
	 * @param out filled on success
	 * @return {@link #SIZE}, {@link Status#NEED_MORE}, {@link Status#PROTOCOL_ERROR} for another packet type, or a
	 *         malformed code
	 */
	public static int decode(byte[] buf, int off, int limit, AckView out) {
		if (!Wire.inBounds(buf, off, limit)) {
			return Status.BAD_BOUNDS;
		}
		if (off == limit) {
			return Status.NEED_MORE;
		}
		int type = (buf[off] & 0xFF) >>> 4;
		int n = decodeFixed(buf, off, limit, isAck(type) ? type : PacketType.PUBACK);
		if (n < 0) {
			return n;
		}
		int packetId = Wire.readU16(buf, off + 2);
		if (packetId == 0) {
			return Status.MALFORMED_PACKET_ID;
		}
		out.type = type;
		out.packetId = packetId;
		return SIZE;
	}

	/**
	 * Shared by the four-byte packets (acks and CONNACK): checks type, flags and a Remaining Length of exactly 2,
	 * and that all four bytes are present.
	 *
	 * @return {@link #SIZE} or a negative status
	 */
	static int decodeFixed(byte[] buf, int off, int limit, int expectedType) {
		if (!Wire.inBounds(buf, off, limit)) {
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
		// Any other first length byte is either another length or a non-minimal encoding of 2.
		if (buf[off + 1] != REMAINING) {
			return Status.MALFORMED_LENGTH;
		}
		return limit - off < SIZE ? Status.NEED_MORE : SIZE;
	}
}
