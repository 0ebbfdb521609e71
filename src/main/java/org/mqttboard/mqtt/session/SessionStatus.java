/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

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
	/** Cause: the broker sent bytes that are not a valid MQTT packet. */
	public static final int MALFORMED = -120;
	/** Cause: the broker sent a valid packet that is not allowed now (a second CONNACK, SUBSCRIBE, ...). */
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
		default: return status > 0 ? "TOKEN" : "UNKNOWN";
		}
	}
}
