/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * CONNACK decoder (MQTT 3.1.1 §3.2) and its return codes (Table 3.1).
 * <p>
 * Threading: pure static functions; no allocation.
 */
public final class ConnAckCodec {

	/** Bytes of every CONNACK. */
	public static final int SIZE = 4;

	/** 0: connection accepted. */
	public static final int ACCEPTED = 0;
	/** 1: the server does not support the requested protocol level. */
	public static final int REFUSED_PROTOCOL_VERSION = 1;
	/** 2: client identifier well-formed but not allowed by the server. */
	public static final int REFUSED_IDENTIFIER_REJECTED = 2;
	/** 3: MQTT service unavailable. */
	public static final int REFUSED_SERVER_UNAVAILABLE = 3;
	/** 4: malformed user name or password. */
	public static final int REFUSED_BAD_CREDENTIALS = 4;
	/** 5: client not authorized to connect. */
	public static final int REFUSED_NOT_AUTHORIZED = 5;

	/** Session-present bit of the acknowledge flags [MQTT-3.2.2-2]. */
	private static final int FLAG_SESSION_PRESENT = 0x01;

	private ConnAckCodec() {
	}

	/**
	 * Decodes a complete CONNACK: flags 0000, Remaining Length exactly 2, acknowledge-flag bits 7..1 zero
	 * [MQTT-3.2.2-1], session present 0 on a refusal [MQTT-3.2.2-4], return code 0..5 (6..255 are reserved).
	 * For MQTT 3.1 ({@code protocolLevel} 3) the first variable-header byte is unused and ignored.
	 *
	 * @param buf received bytes, owned by the caller
	 * @param off first byte of the packet
	 * @param limit end (exclusive) of the received bytes
	 * @param protocolLevel level sent in the CONNECT ({@link ConnectOptions#LEVEL_3_1_1} or {@code LEVEL_3_1})
	 * @param out filled on success
	 * @return {@link #SIZE}, {@link Status#NEED_MORE}, {@link Status#PROTOCOL_ERROR} for another packet type, or a
	 *         malformed code
	 */
	public static int decode(byte[] buf, int off, int limit, int protocolLevel, ConnAckView out) {
		int n = AckCodec.decodeFixed(buf, off, limit, PacketType.CONNACK);
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
		out.sessionPresent = present;
		out.returnCode = code;
		return SIZE;
	}
}
