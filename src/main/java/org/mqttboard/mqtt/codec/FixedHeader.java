/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * The fixed header every packet starts with: type and flags byte, then the Remaining Length as a variable byte
 * integer of 1..4 bytes (MQTT 3.1.1 §2.2). Also the per-type flag rules, so every decoder shares them.
 * <p>
 * Threading: pure static functions; no allocation.
 */
public final class FixedHeader {

	/** Largest Remaining Length that four bytes can carry (MQTT 3.1.1 §2.2.3). */
	public static final int MAX_REMAINING_LENGTH = 268435455;
	/** Largest fixed header: one type byte plus four length bytes. */
	public static final int MAX_LENGTH = 5;
	/** Largest value of a two-byte length or packet identifier. */
	static final int MAX_U16 = 0xFFFF;

	/** PUBLISH flag: duplicate delivery. */
	public static final int FLAG_DUP = 0x08;
	public static final int FLAG_RETAIN = 0x01;
	/** Flags required on PUBREL, SUBSCRIBE and UNSUBSCRIBE [MQTT-3.6.1-1], [MQTT-3.8.1-1], [MQTT-3.10.1-1]. */
	public static final int FLAGS_0010 = 0x02;

	private FixedHeader() {
	}

	/**
	 * @return the bytes its encoding takes (1..4), or {@link Status#TOO_LARGE} if negative or above
	 *         {@link #MAX_REMAINING_LENGTH}
	 */
	public static int remainingLengthSize(int remainingLength) {
		if (remainingLength < 0 || remainingLength > MAX_REMAINING_LENGTH) {
			return Status.TOO_LARGE;
		}
		if (remainingLength < 128) {
			return 1;
		}
		if (remainingLength < 16384) {
			return 2;
		}
		return remainingLength < 2097152 ? 3 : 4;
	}

	/**
	 * @return the whole packet size (fixed header + remaining length), or {@link Status#TOO_LARGE}
	 */
	public static int packetSize(int remainingLength) {
		int size = remainingLengthSize(remainingLength);
		return size < 0 ? size : 1 + size + remainingLength;
	}

	/**
	 * Writes a fixed header. Flags are written as given (the per-packet encoders pass the right ones).
	 *
	 * @param type a {@link PacketType}
	 * @param flags low nibble of the first byte
	 * @param remainingLength bytes that will follow the header
	 * @return bytes written (2..5), {@link Status#BUFFER_TOO_SMALL}, {@link Status#TOO_LARGE} or
	 *         {@link Status#BAD_BOUNDS}
	 */
	public static int encode(byte[] buf, int off, int limit, int type, int flags, int remainingLength) {
		int size = remainingLengthSize(remainingLength);
		if (size < 0) {
			return size;
		}
		if (!FixedHeader.inBounds(buf, off, limit)) {
			return Status.BAD_BOUNDS;
		}
		if (limit - off < 1 + size) {
			return Status.BUFFER_TOO_SMALL;
		}
		buf[off] = (byte) ((type << 4) | (flags & 0x0F));
		int i = off + 1;
		int value = remainingLength;
		do {
			int digit = value & 0x7F;
			value >>>= 7;
			buf[i++] = (byte) (value > 0 ? digit | 0x80 : digit);
		} while (value > 0);
		return i - off;
	}

	/**
	 * Decodes and validates a fixed header: reserved types, the flag bits of the type [MQTT-2.2.2-2], QoS 3
	 * [MQTT-3.3.1-4], DUP with QoS 0 [MQTT-3.3.1-2], Remaining Length of at most four bytes and minimally encoded.
	 * Works on a partial packet: only the header bytes are needed. Does not check the direction (the
	 * receiver rejects packets only a client sends).
	 *
	 * @param out filled on success
	 * @return header length (2..5), {@link Status#NEED_MORE}, {@link Status#BAD_BOUNDS} or a malformed code
	 */
	public static int decode(byte[] buf, int off, int limit, PacketView out) {
		if (!FixedHeader.inBounds(buf, off, limit)) {
			return Status.BAD_BOUNDS;
		}
		if (off == limit) {
			return Status.NEED_MORE;
		}
		int first = buf[off] & 0xFF;
		int type = first >>> 4;
		int flags = first & 0x0F;
		int check = checkFlags(type, flags);
		if (check != Status.OK) {
			return check;
		}
		int value = 0;
		int shift = 0;
		for (int n = 1; n <= 4; n++) {
			int i = off + n;
			if (i >= limit) {
				return Status.NEED_MORE;
			}
			int b = buf[i] & 0xFF;
			value |= (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				// A trailing zero digit means a longer-than-needed encoding (hivemq: NOT_MINIMUM_BYTES).
				if (n > 1 && b == 0) {
					return Status.MALFORMED_REMAINING_LENGTH;
				}
				out.type = type;
				out.flags = flags;
				out.remainingLength = value;
				out.headerLength = n + 1;
				return n + 1;
			}
			shift += 7;
		}
		return Status.MALFORMED_REMAINING_LENGTH;
	}

	/**
	 * @param type packet type nibble
	 * @param flags flags nibble
	 * @return {@link Status#OK} or the malformed code for this combination
	 */
	public static int checkFlags(int type, int flags) {
		switch (type) {
		case PacketType.PUBLISH:
			int qos = (flags >>> 1) & 0x03;
			if (qos == 3) {
				return Status.MALFORMED_QOS;
			}
			if (qos == 0 && (flags & FLAG_DUP) != 0) {
				return Status.MALFORMED_FLAGS;
			}
			return Status.OK;
		case PacketType.PUBREL:
		case PacketType.SUBSCRIBE:
		case PacketType.UNSUBSCRIBE:
			return flags == FLAGS_0010 ? Status.OK : Status.MALFORMED_FLAGS;
		case PacketType.CONNECT:
		case PacketType.CONNACK:
		case PacketType.PUBACK:
		case PacketType.PUBREC:
		case PacketType.PUBCOMP:
		case PacketType.SUBACK:
		case PacketType.UNSUBACK:
		case PacketType.PINGREQ:
		case PacketType.PINGRESP:
		case PacketType.DISCONNECT:
			return flags == 0 ? Status.OK : Status.MALFORMED_FLAGS;
		default:
			return Status.MALFORMED_TYPE;
		}
	}

	/**
	 * Decodes the fixed header of a complete packet of an expected type: the shared first step of the
	 * per-packet decoders.
	 *
	 * @return header length, {@link Status#NEED_MORE} until the whole packet is in {@code [off, limit)},
	 *         {@link Status#PROTOCOL_ERROR} for another type, or a malformed code
	 */
	static int decodeComplete(byte[] buf, int off, int limit, int expectedType, PacketView out) {
		int n = decode(buf, off, limit, out);
		if (n < 0) {
			return n;
		}
		if (out.type != expectedType) {
			return Status.PROTOCOL_ERROR;
		}
		if (out.remainingLength > limit - off - n) {
			return Status.NEED_MORE;
		}
		return n;
	}

	// Field helpers shared by the packet codecs (MQTT 3.1.1 §1.5.2 two-byte integers, §1.5.3 strings).

	static int readU16(byte[] buf, int i) {
		return ((buf[i] & 0xFF) << 8) | (buf[i + 1] & 0xFF);
	}

	static void writeU16(byte[] buf, int i, int value) {
		buf[i] = (byte) (value >>> 8);
		buf[i + 1] = (byte) value;
	}

	/**
	 * Writes a two-byte length then {@code len} bytes of {@code src} ({@code src} may be null when {@code len} is 0).
	 *
	 * @return the index after the string
	 */
	static int writeString(byte[] buf, int i, byte[] src, int srcOff, int len) {
		writeU16(buf, i, len);
		if (len > 0) {
			System.arraycopy(src, srcOff, buf, i + 2, len);
		}
		return i + 2 + len;
	}

	/** @return true if {@code [off, limit)} is a valid range of {@code buf} */
	static boolean inBounds(byte[] buf, int off, int limit) {
		return off >= 0 && off <= limit && limit <= buf.length;
	}
}
