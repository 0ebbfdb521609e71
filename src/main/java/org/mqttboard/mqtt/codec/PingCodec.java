/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * PINGREQ encoder and PINGRESP decoder (MQTT 3.1.1 §3.12, §3.13): two-byte packets without body.
 * <p>
 * Threading: pure static functions; no allocation.
 */
public final class PingCodec {

	/** Bytes of PINGREQ, PINGRESP and DISCONNECT. */
	public static final int SIZE = 2;

	private PingCodec() {
	}

	/**
	 * Encodes a PINGREQ.
	 *
	 * @param buf destination, owned by the caller
	 * @param off first byte to write
	 * @param limit end (exclusive) of the writable range
	 * @return {@link #SIZE}, {@link Status#BUFFER_TOO_SMALL} or {@link Status#BAD_BOUNDS}
	 */
	public static int encodeRequest(byte[] buf, int off, int limit) {
		return FixedHeader.encode(buf, off, limit, PacketType.PINGREQ, 0, 0);
	}

	/**
	 * Decodes a PINGRESP: flags 0000 and Remaining Length 0.
	 *
	 * @param buf received bytes, owned by the caller
	 * @param off first byte of the packet
	 * @param limit end (exclusive) of the received bytes
	 * @return {@link #SIZE}, {@link Status#NEED_MORE}, {@link Status#PROTOCOL_ERROR} for another packet type, or a
	 *         malformed code
	 */
	public static int decodeResponse(byte[] buf, int off, int limit) {
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
		if (first >>> 4 != PacketType.PINGRESP) {
			return Status.PROTOCOL_ERROR;
		}
		if (limit - off < SIZE) {
			return Status.NEED_MORE;
		}
		return buf[off + 1] == 0 ? SIZE : Status.MALFORMED_LENGTH;
	}
}
