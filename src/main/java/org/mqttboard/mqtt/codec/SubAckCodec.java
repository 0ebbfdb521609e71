/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * SUBACK decoder (MQTT 3.1.1 §3.9): packet identifier then one return code per requested filter.
 * <p>
 * Threading: pure static functions; no allocation.
 */
public final class SubAckCodec {

	/** Return code: the subscription was refused. */
	public static final int FAILURE = 0x80;

	private SubAckCodec() {
	}

	/**
	 * Decodes a complete SUBACK: flags 0000, packet identifier non-zero [MQTT-2.3.1-1], at least one return code,
	 * each 0, 1, 2 or 0x80 [MQTT-3.9.3-2].
	 *
	 * @param buf received bytes, owned by the caller
	 * @param off first byte of the packet
	 * @param limit end (exclusive) of the received bytes
	 * @param out filled on success; its offsets point into {@code buf}
	 * @return packet length, {@link Status#NEED_MORE}, {@link Status#PROTOCOL_ERROR} for another packet type, or a
	 *         malformed code
	 */
	public static int decode(byte[] buf, int off, int limit, SubAckView out) {
		HeaderView h = out.header;
		int n = FixedHeader.decodeComplete(buf, off, limit, PacketType.SUBACK, h);
		if (n < 0) {
			return n;
		}
		int remaining = h.remainingLength;
		if (remaining < 2) {
			return Status.MALFORMED_LENGTH;
		}
		if (remaining == 2) {
			return Status.MALFORMED_EMPTY;
		}
		int packetId = Wire.readU16(buf, off + n);
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
		out.buf = buf;
		out.packetId = packetId;
		out.codesOff = codesOff;
		out.count = remaining - 2;
		return n + remaining;
	}
}
