/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.codec.Status;

/**
 * The one status vocabulary of the MQTT session, in its own range {@code -100..-199} (the codec uses
 * {@code 0..-99}, the transport {@code -200..-299}): what a call returns, how a publish ended
 * ({@link SessionListener#onPublishDone}) and why the session closed ({@link MqttSession#lastCause()},
 * {@link SessionListener#onStateChange}). The application bases its reconnect policy on the close causes: a refused
 * credential or an unauthorized client will not fix itself by reconnecting every 100 ms.
 * <p>
 * Threading: constants and a pure function.
 */
public final class SessionStatus {

	/** Success; as a cause: normal progress; as a publish outcome: the broker acknowledged (PUBACK or PUBCOMP). */
	public static final int OK = 0;

	/** The call is not allowed now (connect while connected, step or connect from a listener). */
	public static final int ILLEGAL_STATE = -101;
	/** An argument is invalid (topic empty or with wildcards, QoS outside 0..2, credentials that do not fit). */
	public static final int BAD_ARGUMENT = -102;
	/** The message can never fit the transmit buffer. */
	public static final int TOO_LARGE = -103;
	/** The offline queue cannot keep the message (full under {@link SessionConfig#DROP_NEWEST}, or no queue). */
	public static final int QUEUE_FULL = -104;
	/** Publish outcome: dropped from the offline queue to make room ({@link SessionConfig#DROP_OLDEST}). */
	public static final int DROPPED_OVERFLOW = -105;
	/** Publish outcome: its time-to-live expired in the offline queue. */
	public static final int EXPIRED = -106;

	/** Cause: the application called {@link MqttSession#disconnect}. */
	public static final int LOCAL_DISCONNECT = -110;
	/** Cause: the transport could not be opened; see {@link MqttSession#lastTransportError()}. */
	public static final int TRANSPORT_OPEN_FAILED = -111;
	/** Cause: the transport reported the link closed (read or write returned &lt; 0). */
	public static final int TRANSPORT_CLOSED = -112;
	/** Cause: no CONNACK within the acknowledgement timeout. */
	public static final int CONNACK_TIMEOUT = -113;
	/** Cause: CONNACK 1, unacceptable protocol version (after the 3.1 fallback, if enabled). */
	public static final int REFUSED_PROTOCOL = -114;
	/** Cause: CONNACK 2, client identifier rejected. */
	public static final int REFUSED_IDENTIFIER = -115;
	/** Cause: CONNACK 3, server unavailable (worth retrying with backoff). */
	public static final int REFUSED_UNAVAILABLE = -116;
	/** Cause: CONNACK 4, bad user name or password. */
	public static final int REFUSED_CREDENTIALS = -117;
	/** Cause: CONNACK 5, not authorized. */
	public static final int REFUSED_NOT_AUTHORIZED = -118;
	/** Cause: no PINGRESP within the acknowledgement timeout after a PINGREQ. */
	public static final int KEEPALIVE_TIMEOUT = -119;
	/**
	 * Cause: the broker sent bytes that are not a valid MQTT packet, no more specific reason. This and the other
	 * protocol violations ({@link #isViolation}) are counted per kind ({@link SessionCounters#violations}); the
	 * application names each with its MQTT 3.1.1 clause in its error line.
	 */
	public static final int MALFORMED = -120;
	/** Cause: the broker sent a packet that only travels client to server (CONNECT, SUBSCRIBE, PINGREQ, ...). */
	public static final int PROTOCOL_ERROR = -121;
	/**
	 * Cause: the broker closed two connections in a row shortly after accepting them: most likely another client
	 * uses the same client identifier [MQTT-3.1.4-2].
	 */
	public static final int PROBABLE_TAKEOVER = -122;
	/** Cause: CONNACK 1 on MQTT 3.1.1 with the fallback on: connect again at once, the session now speaks 3.1. */
	public static final int RETRY_WITH_31 = -123;
	/** Cause: the CONNECT could not be encoded (a client id over 23 bytes after falling back to MQTT 3.1). */
	public static final int BAD_SETTINGS = -124;
	/**
	 * Cause: the broker closed the link after CONNECT and pipelined SUBSCRIBEs, before CONNACK (seen: Moquette
	 * 0.17): connect again at once, the session now subscribes after CONNACK ({@link SessionEvent#PIPELINE_FALLBACK}).
	 */
	public static final int RETRY_WITHOUT_PIPELINING = -125;
	/**
	 * Error reported when a QoS 1/2 publish found every in-flight slot awaiting its acknowledgement: the message was
	 * queued and goes out when a slot frees ({@link SessionEvent#INFLIGHT_FULL}, {@link SessionCounters#inflightFull}).
	 */
	public static final int INFLIGHT_FULL = -126;

	/** Cause (violation): Remaining Length over 4 bytes or not minimally encoded. */
	public static final int BAD_REMAINING_LENGTH = -130;
	/** Cause (violation): reserved packet type 0 or 15. */
	public static final int BAD_PACKET_TYPE = -131;
	/** Cause (violation): fixed-header flags not those of the type, or DUP on a QoS 0 PUBLISH. */
	public static final int BAD_FLAGS = -132;
	/** Cause (violation): PUBLISH with QoS 3. */
	public static final int BAD_QOS = -133;
	/** Cause (violation): a field runs past the Remaining Length, or the length does not fit the type. */
	public static final int BAD_LENGTH = -134;
	/** Cause (violation): packet identifier 0. */
	public static final int BAD_PACKET_ID = -135;
	/** Cause (violation): a topic name that is not well-formed UTF-8. */
	public static final int BAD_UTF8 = -136;
	/** Cause (violation): a topic name empty or with a wildcard. */
	public static final int BAD_TOPIC = -137;
	/** Cause (violation): an unknown CONNACK or SUBACK return code. */
	public static final int BAD_RETURN_CODE = -138;
	/** Cause (violation): CONNACK reserved bits set, or session present with a refusal. */
	public static final int BAD_CONNACK_FLAGS = -139;
	/** Cause (violation): a SUBACK without return codes. */
	public static final int EMPTY_SUBACK = -140;
	/** Cause (violation): the first packet from the broker was not CONNACK. */
	public static final int FIRST_NOT_CONNACK = -141;
	/** Cause (violation): a second CONNACK on one connection. */
	public static final int SECOND_CONNACK = -142;
	/**
	 * Cause: a PUBLISH announced more bytes than the drain limit ({@link SessionConfig#DRAIN_BUFFERS} receive
	 * buffers); the link is closed at once rather than swallowing everything the broker sends next
	 * ({@link SessionEvent#OVERSIZE_REFUSED} gave the announced length).
	 */
	public static final int ANNOUNCED_TOO_LARGE = -143;

	/** Violation kinds: {@link #MALFORMED}, {@link #PROTOCOL_ERROR} and {@code -130..-143}. */
	static final int VIOLATION_KINDS = 16;
	private SessionStatus() {
	}

	/**
	 * @param status a status constant
	 * @return its name for logs; {@code TOKEN} for a publish token (&gt; 0), {@code UNKNOWN} for other values
	 */
	public static String name(int status) {
		switch (status) {
		case OK: return "OK";
		case ILLEGAL_STATE: return "ILLEGAL_STATE";
		case BAD_ARGUMENT: return "BAD_ARGUMENT";
		case TOO_LARGE: return "TOO_LARGE";
		case QUEUE_FULL: return "QUEUE_FULL";
		case DROPPED_OVERFLOW: return "DROPPED_OVERFLOW";
		case EXPIRED: return "EXPIRED";
		case LOCAL_DISCONNECT: return "LOCAL_DISCONNECT";
		case TRANSPORT_OPEN_FAILED: return "TRANSPORT_OPEN_FAILED";
		case TRANSPORT_CLOSED: return "TRANSPORT_CLOSED";
		case CONNACK_TIMEOUT: return "CONNACK_TIMEOUT";
		case REFUSED_PROTOCOL: return "REFUSED_PROTOCOL";
		case REFUSED_IDENTIFIER: return "REFUSED_IDENTIFIER";
		case REFUSED_UNAVAILABLE: return "REFUSED_UNAVAILABLE";
		case REFUSED_CREDENTIALS: return "REFUSED_CREDENTIALS";
		case REFUSED_NOT_AUTHORIZED: return "REFUSED_NOT_AUTHORIZED";
		case KEEPALIVE_TIMEOUT: return "KEEPALIVE_TIMEOUT";
		case MALFORMED: return "MALFORMED";
		case PROTOCOL_ERROR: return "PROTOCOL_ERROR";
		case PROBABLE_TAKEOVER: return "PROBABLE_TAKEOVER";
		case RETRY_WITH_31: return "RETRY_WITH_31";
		case BAD_SETTINGS: return "BAD_SETTINGS";
		case RETRY_WITHOUT_PIPELINING: return "RETRY_WITHOUT_PIPELINING";
		case INFLIGHT_FULL: return "INFLIGHT_FULL";
		case BAD_REMAINING_LENGTH: return "BAD_REMAINING_LENGTH";
		case BAD_PACKET_TYPE: return "BAD_PACKET_TYPE";
		case BAD_FLAGS: return "BAD_FLAGS";
		case BAD_QOS: return "BAD_QOS";
		case BAD_LENGTH: return "BAD_LENGTH";
		case BAD_PACKET_ID: return "BAD_PACKET_ID";
		case BAD_UTF8: return "BAD_UTF8";
		case BAD_TOPIC: return "BAD_TOPIC";
		case BAD_RETURN_CODE: return "BAD_RETURN_CODE";
		case BAD_CONNACK_FLAGS: return "BAD_CONNACK_FLAGS";
		case EMPTY_SUBACK: return "EMPTY_SUBACK";
		case FIRST_NOT_CONNACK: return "FIRST_NOT_CONNACK";
		case SECOND_CONNACK: return "SECOND_CONNACK";
		case ANNOUNCED_TOO_LARGE: return "ANNOUNCED_TOO_LARGE";
		default: return status > 0 ? "TOKEN" : "UNKNOWN";
		}
	}

	/**
	 * @param status a close cause
	 * @return true for a protocol violation by the broker (or a PUBLISH over the drain limit)
	 */
	public static boolean isViolation(int status) {
		return violationIndex(status) >= 0;
	}

	/** @return 0..{@link #VIOLATION_KINDS}-1 for a violation, -1 for any other status */
	static int violationIndex(int status) {
		if (status == MALFORMED || status == PROTOCOL_ERROR) {
			return MALFORMED - status;
		}
		return status <= BAD_REMAINING_LENGTH && status >= ANNOUNCED_TOO_LARGE ? 2 + BAD_REMAINING_LENGTH - status
				: -1;
	}

	/**
	 * The session's cause for a malformed inbound packet, from the codec's reason.
	 *
	 * @param codecStatus a negative {@code org.mqttboard.mqtt.codec.Status} decode result
	 * @return a violation cause; {@link #MALFORMED} when the codec gave no more specific reason
	 */
	static int violation(int codecStatus) {
		switch (codecStatus) {
		case Status.MALFORMED_REMAINING_LENGTH: return BAD_REMAINING_LENGTH;
		case Status.MALFORMED_TYPE: return BAD_PACKET_TYPE;
		case Status.MALFORMED_FLAGS: return BAD_FLAGS;
		case Status.MALFORMED_QOS: return BAD_QOS;
		case Status.MALFORMED_LENGTH: return BAD_LENGTH;
		case Status.MALFORMED_PACKET_ID: return BAD_PACKET_ID;
		case Status.MALFORMED_UTF8: return BAD_UTF8;
		case Status.MALFORMED_TOPIC: return BAD_TOPIC;
		case Status.MALFORMED_RETURN_CODE: return BAD_RETURN_CODE;
		case Status.MALFORMED_RESERVED: return BAD_CONNACK_FLAGS;
		case Status.MALFORMED_EMPTY: return EMPTY_SUBACK;
		case Status.PROTOCOL_ERROR: return PROTOCOL_ERROR;
		default: return MALFORMED;
		}
	}
}
