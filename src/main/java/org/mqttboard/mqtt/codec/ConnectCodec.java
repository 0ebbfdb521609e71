/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * CONNECT encoder (MQTT 3.1.1 §3.1, and MQTT 3.1's "MQIsdp" level 3). Two phases: {@link #size} (which validates),
 * then {@link #encode} into a buffer the caller checked is large enough.
 * <p>
 * Threading: pure static functions; no allocation.
 */
public final class ConnectCodec {

	/** Longest client identifier MQTT 3.1 allows, in bytes. */
	public static final int MAX_CLIENT_ID_3_1 = 23;

	private static final byte[] NAME_3_1_1 = { 'M', 'Q', 'T', 'T' };
	private static final byte[] NAME_3_1 = { 'M', 'Q', 'I', 's', 'd', 'p' };

	/** Connect flags (MQTT 3.1.1 §3.1.2.3). */
	static final int FLAG_USERNAME = 0x80;
	static final int FLAG_PASSWORD = 0x40;
	static final int FLAG_WILL_RETAIN = 0x20;
	static final int FLAG_WILL = 0x04;
	static final int FLAG_CLEAN_SESSION = 0x02;
	static final int WILL_QOS_SHIFT = 3;

	private ConnectCodec() {
	}

	/**
	 * Validates the options: protocol level, keep-alive range, client identifier (UTF-8 [MQTT-3.1.3-4]; empty only
	 * with clean session on 3.1.1 [MQTT-3.1.3-7]; 1..23 bytes on 3.1), will (valid Topic Name, QoS 0..2; without
	 * a will, QoS and retain 0 [MQTT-3.1.2-13], [MQTT-3.1.2-15]), user name UTF-8 [MQTT-3.1.3-11], password only
	 * with a user name [MQTT-3.1.2-22], every field at most 65,535 bytes.
	 *
	 * @param o the options, only read
	 * @return {@link Status#OK} or an invalid-argument code
	 */
	public static int check(ConnectOptions o) {
		int level = o.protocolLevel;
		if (level != ConnectOptions.LEVEL_3_1 && level != ConnectOptions.LEVEL_3_1_1) {
			return Status.INVALID_PROTOCOL_LEVEL;
		}
		if (o.keepAliveSeconds < 0 || o.keepAliveSeconds > FixedHeader.MAX_U16) {
			return Status.INVALID_KEEP_ALIVE;
		}
		int status = checkClientId(o.clientId, level, o.cleanSession);
		if (status != Status.OK) {
			return status;
		}
		status = checkWill(o);
		if (status != Status.OK) {
			return status;
		}
		if (o.username == null) {
			return o.password == null ? Status.OK : Status.INVALID_CREDENTIALS;
		}
		if (o.username.length > FixedHeader.MAX_U16
				|| (o.password != null && o.password.length > FixedHeader.MAX_U16)) {
			return Status.TOO_LARGE;
		}
		return Utf8.isValid(o.username, 0, o.username.length) ? Status.OK : Status.INVALID_UTF8;
	}

	private static int checkClientId(byte[] id, int level, boolean cleanSession) {
		if (id == null) {
			return Status.INVALID_CLIENT_ID;
		}
		if (level == ConnectOptions.LEVEL_3_1) {
			// MQTT 3.1 §3.1: "between 1 and 23 characters"; counted in bytes, the stricter reading.
			if (id.length < 1 || id.length > MAX_CLIENT_ID_3_1) {
				return Status.INVALID_CLIENT_ID;
			}
		} else if (id.length == 0 && !cleanSession) {
			return Status.INVALID_CLIENT_ID;
		} else if (id.length > FixedHeader.MAX_U16) {
			return Status.TOO_LARGE;
		}
		return Utf8.isValid(id, 0, id.length) ? Status.OK : Status.INVALID_UTF8;
	}

	private static int checkWill(ConnectOptions o) {
		if (o.willTopic == null) {
			boolean clean = o.willPayload == null && o.willQos == 0 && !o.willRetain;
			return clean ? Status.OK : Status.INVALID_WILL;
		}
		if (o.willQos < 0 || o.willQos > 2) {
			return Status.INVALID_QOS;
		}
		if (o.willTopic.length > FixedHeader.MAX_U16
				|| (o.willPayload != null && o.willPayload.length > FixedHeader.MAX_U16)) {
			return Status.TOO_LARGE;
		}
		return Topics.checkName(o.willTopic, 0, o.willTopic.length);
	}

	/**
	 * @param o the options, only read
	 * @return Remaining Length of the CONNECT, or an invalid-argument code (see {@link #check})
	 */
	public static int remainingLength(ConnectOptions o) {
		int status = check(o);
		if (status != Status.OK) {
			return status;
		}
		byte[] name = o.protocolLevel == ConnectOptions.LEVEL_3_1 ? NAME_3_1 : NAME_3_1_1;
		// protocol name, level byte, flags byte, keep-alive
		int length = 2 + name.length + 1 + 1 + 2;
		length += 2 + o.clientId.length;
		if (o.willTopic != null) {
			length += 2 + o.willTopic.length + 2 + (o.willPayload == null ? 0 : o.willPayload.length);
		}
		if (o.username != null) {
			length += 2 + o.username.length;
		}
		if (o.password != null) {
			length += 2 + o.password.length;
		}
		return length;
	}

	/**
	 * @param o the options, only read
	 * @return total bytes of the CONNECT (fixed header included), or an invalid-argument code
	 */
	public static int size(ConnectOptions o) {
		int remaining = remainingLength(o);
		return remaining < 0 ? remaining : FixedHeader.packetSize(remaining);
	}

	/**
	 * Encodes a CONNECT into {@code buf[off..limit)}. Nothing is written on failure.
	 *
	 * @param o the options, only read
	 * @return bytes written, {@link Status#BUFFER_TOO_SMALL}, {@link Status#BAD_BOUNDS} or an invalid-argument code
	 */
	public static int encode(byte[] buf, int off, int limit, ConnectOptions o) {
		int remaining = remainingLength(o);
		if (remaining < 0) {
			return remaining;
		}
		if (!FixedHeader.inBounds(buf, off, limit)) {
			return Status.BAD_BOUNDS;
		}
		if (FixedHeader.packetSize(remaining) > limit - off) {
			return Status.BUFFER_TOO_SMALL;
		}
		int i = off + FixedHeader.encode(buf, off, limit, PacketType.CONNECT, 0, remaining);
		byte[] name = o.protocolLevel == ConnectOptions.LEVEL_3_1 ? NAME_3_1 : NAME_3_1_1;
		i = FixedHeader.writeString(buf, i, name, 0, name.length);
		buf[i++] = (byte) o.protocolLevel;
		buf[i++] = (byte) flags(o);
		FixedHeader.writeU16(buf, i, o.keepAliveSeconds);
		i += 2;
		// Payload order is fixed by [MQTT-3.1.3-1]: client id, will topic, will message, user name, password.
		i = FixedHeader.writeString(buf, i, o.clientId, 0, o.clientId.length);
		if (o.willTopic != null) {
			i = FixedHeader.writeString(buf, i, o.willTopic, 0, o.willTopic.length);
			byte[] payload = o.willPayload;
			i = FixedHeader.writeString(buf, i, payload, 0, payload == null ? 0 : payload.length);
		}
		if (o.username != null) {
			i = FixedHeader.writeString(buf, i, o.username, 0, o.username.length);
		}
		if (o.password != null) {
			i = FixedHeader.writeString(buf, i, o.password, 0, o.password.length);
		}
		return i - off;
	}

	private static int flags(ConnectOptions o) {
		int flags = o.cleanSession ? FLAG_CLEAN_SESSION : 0;
		if (o.willTopic != null) {
			flags |= FLAG_WILL | (o.willQos << WILL_QOS_SHIFT);
			if (o.willRetain) {
				flags |= FLAG_WILL_RETAIN;
			}
		}
		if (o.username != null) {
			flags |= FLAG_USERNAME;
		}
		if (o.password != null) {
			flags |= FLAG_PASSWORD;
		}
		return flags;
	}
}
