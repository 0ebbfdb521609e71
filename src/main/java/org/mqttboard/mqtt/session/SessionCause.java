/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

/**
 * Why a session entered its current state (reported with every state change and kept as
 * {@link MqttSession#lastCause()}). The application bases its reconnect backoff on it: a refused credential or
 * an unauthorized client will not fix itself by reconnecting every 100 ms.
 */
public final class SessionCause {

	/** No cause (normal progress). */
	public static final int NONE = 0;
	/** The application called {@link MqttSession#disconnect}. */
	public static final int LOCAL_DISCONNECT = 1;
	/** {@link org.mqttboard.mqtt.transport.Connector#open} failed; see {@link MqttSession#lastTransportError()}. */
	public static final int TRANSPORT_OPEN_FAILED = 2;
	/** The transport reported the link closed (read or write returned &lt; 0). */
	public static final int TRANSPORT_CLOSED = 3;
	/** No CONNACK within the configured time. */
	public static final int CONNACK_TIMEOUT = 4;
	/** CONNACK 1: unacceptable protocol version (after the optional 3.1 fallback, if enabled). */
	public static final int REFUSED_PROTOCOL = 5;
	/** CONNACK 2: client identifier rejected. */
	public static final int REFUSED_IDENTIFIER = 6;
	/** CONNACK 3: server unavailable (worth retrying with backoff). */
	public static final int REFUSED_UNAVAILABLE = 7;
	/** CONNACK 4: bad user name or password. */
	public static final int REFUSED_CREDENTIALS = 8;
	/** CONNACK 5: not authorized. */
	public static final int REFUSED_NOT_AUTHORIZED = 9;
	/** No PINGRESP within keep-alive + ping timeout. (10 is unused: a CONNACK code above 5 is MALFORMED.) */
	public static final int KEEPALIVE_TIMEOUT = 11;
	/** The broker sent bytes that are not a valid MQTT packet. */
	public static final int MALFORMED = 12;
	/** The broker sent a valid packet that is not allowed now (unexpected type, unknown packet id, ...). */
	public static final int PROTOCOL_ERROR = 13;
	/**
	 * The broker closed two connections in a row shortly after accepting them: most likely another client uses
	 * the same client identifier [MQTT-3.1.4-2].
	 */
	public static final int PROBABLE_TAKEOVER = 14;

	/** CONNACK 1 on MQTT 3.1.1 with fallback enabled: connect again at once, the session now speaks 3.1. */
	public static final int RETRY_WITH_31 = 15;
	/** The CONNECT could not be encoded (e.g. a client id over 23 bytes after falling back to MQTT 3.1). */
	public static final int BAD_SETTINGS = 16;

	private SessionCause() {
	}

	/**
	 * @param cause a cause constant
	 * @return true for the CONNACK refusals that reconnecting with the same settings cannot fix (protocol,
	 *         identifier, credentials, not authorized) and {@link #BAD_SETTINGS}
	 */
	public static boolean isPermanentRefusal(int cause) {
		return cause == REFUSED_PROTOCOL || cause == REFUSED_IDENTIFIER || cause == REFUSED_CREDENTIALS
				|| cause == REFUSED_NOT_AUTHORIZED || cause == BAD_SETTINGS;
	}

	/**
	 * @param cause a cause constant
	 * @return its name for logs; "UNKNOWN" for other values
	 */
	public static String name(int cause) {
		switch (cause) {
		case NONE: return "NONE";
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
		default: return "UNKNOWN";
		}
	}
}
