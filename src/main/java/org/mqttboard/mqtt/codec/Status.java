/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * Result codes of the codec. Every codec function returns either a non-negative count (bytes written, bytes
 * consumed) or one of the negative codes below; nothing in the codec throws on bad input.
 * <p>
 * Ranges: {@code -1..-9} flow codes, {@code -10..-29} malformed inbound packets (the connection must be closed),
 * {@code -30..-49} invalid arguments given to an encoder (a programming or configuration error). Codes
 * {@code -1..-99} are reserved for the codec; higher layers define their own codes below {@code -99}.
 * <p>
 * Threading: constants and pure functions only.
 */
public final class Status {

	/** Success (for checks that return no count). */
	public static final int OK = 0;

	/** Decode: the packet is not complete in {@code [off, limit)}; read more bytes and call again. */
	public static final int NEED_MORE = -1;
	/** Encode: the packet does not fit in {@code [off, limit)}; nothing was written. */
	public static final int BUFFER_TOO_SMALL = -2;
	/** An offset/limit pair outside the buffer was given; nothing was read or written. */
	public static final int BAD_BOUNDS = -3;

	/** Malformed packet, no more specific reason. */
	public static final int MALFORMED = -10;
	/** Remaining Length longer than 4 bytes or not minimally encoded (MQTT 3.1.1 §2.2.3). */
	public static final int MALFORMED_REMAINING_LENGTH = -11;
	/** Packet type 0 or 15, which are reserved (MQTT 3.1.1 §2.2.1). */
	public static final int MALFORMED_TYPE = -12;
	/** Fixed-header flag bits not those required for the type [MQTT-2.2.2-2], or DUP on QoS 0 [MQTT-3.3.1-2]. */
	public static final int MALFORMED_FLAGS = -13;
	/** PUBLISH with both QoS bits set [MQTT-3.3.1-4]. */
	public static final int MALFORMED_QOS = -14;
	/** A field or string runs past the packet's Remaining Length, or the length does not fit the type. */
	public static final int MALFORMED_LENGTH = -15;
	/** Packet identifier 0 where a non-zero identifier is required [MQTT-2.3.1-1]. */
	public static final int MALFORMED_PACKET_ID = -16;
	/** A string is not well-formed UTF-8, encodes a surrogate or U+0000 [MQTT-1.5.3-1], [MQTT-1.5.3-2]. */
	public static final int MALFORMED_UTF8 = -17;
	/** Topic Name empty [MQTT-4.7.3-1] or containing a wildcard [MQTT-3.3.2-2]. */
	public static final int MALFORMED_TOPIC = -18;
	/** CONNACK return code above 5 or SUBACK return code not in {0, 1, 2, 0x80} [MQTT-3.9.3-2]. */
	public static final int MALFORMED_RETURN_CODE = -19;
	/** Reserved bits set (CONNACK flags [MQTT-3.2.2-1]) or session present with a refusal [MQTT-3.2.2-4]. */
	public static final int MALFORMED_RESERVED = -20;
	/** Empty topic filter list in SUBSCRIBE [MQTT-3.8.3-3] or UNSUBSCRIBE [MQTT-3.10.3-2], or empty SUBACK. */
	public static final int MALFORMED_EMPTY = -21;
	/** Malformed topic filter (wildcard rules, [MQTT-4.7.1-2], [MQTT-4.7.1-3]); broker-side decoding only. */
	public static final int MALFORMED_TOPIC_FILTER = -22;
	/** A well-formed packet of a type this side must never receive (e.g. SUBSCRIBE sent by a server). */
	public static final int PROTOCOL_ERROR = -23;

	/** Encoder argument error, no more specific reason (e.g. an unknown packet type). */
	public static final int INVALID_ARGUMENT = -30;
	/** Topic Name empty, longer than 65,535 bytes or containing {@code +} or {@code #}. */
	public static final int INVALID_TOPIC = -31;
	/** Topic filter breaking the wildcard rules [MQTT-4.7.1-2], [MQTT-4.7.1-3], empty or too long. */
	public static final int INVALID_TOPIC_FILTER = -32;
	/** QoS outside 0..2. */
	public static final int INVALID_QOS = -33;
	/** Packet identifier outside 1..65,535 (or non-zero for QoS 0). */
	public static final int INVALID_PACKET_ID = -34;
	/** Client identifier unusable: 3.1 needs 1..23 bytes; an empty one needs clean session [MQTT-3.1.3-7]. */
	public static final int INVALID_CLIENT_ID = -35;
	/** Password without user name [MQTT-3.1.2-22]. */
	public static final int INVALID_CREDENTIALS = -36;
	/** Will settings inconsistent (payload without topic, QoS/retain without a will [MQTT-3.1.2-13]). */
	public static final int INVALID_WILL = -37;
	/** A string argument is not well-formed UTF-8 or contains U+0000 [MQTT-1.5.3-1], [MQTT-1.5.3-2]. */
	public static final int INVALID_UTF8 = -38;
	/** A string over 65,535 bytes or a packet over the 268,435,455-byte Remaining Length limit. */
	public static final int TOO_LARGE = -39;
	/** Protocol level other than 3 (MQTT 3.1) or 4 (MQTT 3.1.1). */
	public static final int INVALID_PROTOCOL_LEVEL = -40;
	/** Keep-alive outside 0..65,535 seconds. */
	public static final int INVALID_KEEP_ALIVE = -41;
	/** Empty topic filter list: SUBSCRIBE/UNSUBSCRIBE need at least one filter. */
	public static final int INVALID_COUNT = -42;

	private Status() {
	}

	/**
	 * @param code a codec result
	 * @return the constant's name, for logs; {@code "COUNT"} for non-negative values, {@code "UNKNOWN"} otherwise
	 */
	public static String name(int code) {
		if (code > 0) {
			return "COUNT";
		}
		switch (code) {
		case OK: return "OK";
		case NEED_MORE: return "NEED_MORE";
		case BUFFER_TOO_SMALL: return "BUFFER_TOO_SMALL";
		case BAD_BOUNDS: return "BAD_BOUNDS";
		case MALFORMED: return "MALFORMED";
		case MALFORMED_REMAINING_LENGTH: return "MALFORMED_REMAINING_LENGTH";
		case MALFORMED_TYPE: return "MALFORMED_TYPE";
		case MALFORMED_FLAGS: return "MALFORMED_FLAGS";
		case MALFORMED_QOS: return "MALFORMED_QOS";
		case MALFORMED_LENGTH: return "MALFORMED_LENGTH";
		case MALFORMED_PACKET_ID: return "MALFORMED_PACKET_ID";
		case MALFORMED_UTF8: return "MALFORMED_UTF8";
		case MALFORMED_TOPIC: return "MALFORMED_TOPIC";
		case MALFORMED_RETURN_CODE: return "MALFORMED_RETURN_CODE";
		case MALFORMED_RESERVED: return "MALFORMED_RESERVED";
		case MALFORMED_EMPTY: return "MALFORMED_EMPTY";
		case MALFORMED_TOPIC_FILTER: return "MALFORMED_TOPIC_FILTER";
		case PROTOCOL_ERROR: return "PROTOCOL_ERROR";
		case INVALID_ARGUMENT: return "INVALID_ARGUMENT";
		case INVALID_TOPIC: return "INVALID_TOPIC";
		case INVALID_TOPIC_FILTER: return "INVALID_TOPIC_FILTER";
		case INVALID_QOS: return "INVALID_QOS";
		case INVALID_PACKET_ID: return "INVALID_PACKET_ID";
		case INVALID_CLIENT_ID: return "INVALID_CLIENT_ID";
		case INVALID_CREDENTIALS: return "INVALID_CREDENTIALS";
		case INVALID_WILL: return "INVALID_WILL";
		case INVALID_UTF8: return "INVALID_UTF8";
		case TOO_LARGE: return "TOO_LARGE";
		case INVALID_PROTOCOL_LEVEL: return "INVALID_PROTOCOL_LEVEL";
		case INVALID_KEEP_ALIVE: return "INVALID_KEEP_ALIVE";
		case INVALID_COUNT: return "INVALID_COUNT";
		default: return "UNKNOWN";
		}
	}
}
