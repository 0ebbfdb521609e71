/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

/**
 * Status codes returned by {@link MqttSession} calls and passed to
 * {@link SessionListener#onPublishDone(int, int)}. Negative values are failures; publish returns a token
 * (&gt; 0) instead of {@link #OK} when it accepted the message.
 */
public final class SessionStatus {

	/** Success; for {@link SessionListener#onPublishDone}: the broker acknowledged (PUBACK or PUBCOMP). */
	public static final int OK = 0;
	/** The call is not allowed in the current state (e.g. connect while connected, step from a listener). */
	public static final int ILLEGAL_STATE = -1;
	/** An argument is invalid (topic with wildcards or empty, QoS outside 0..2, credential too long). */
	public static final int BAD_ARGUMENT = -2;
	/** The message can never fit (larger than the transmit buffer or the in-flight slot). */
	public static final int TOO_LARGE = -3;
	/** The offline queue is full and its policy is REJECT_NEW. */
	public static final int QUEUE_FULL = -4;
	/** Publish done: dropped from the queue to make room (policy DROP_OLDEST). */
	public static final int DROPPED_OVERFLOW = -5;
	/** Publish done: its time-to-live expired in the offline queue. */
	public static final int EXPIRED = -6;
	/** Publish done: not acknowledged and the broker had no session (policy DROP_AND_REPORT). */
	public static final int DROPPED_NO_SESSION = -7;

	/** Connect: the transport could not be opened or died at once (see {@link MqttSession#lastTransportError()}). */
	public static final int TRANSPORT_FAILED = -8;

	private SessionStatus() {
	}

	/**
	 * @param status a status constant
	 * @return its name for logs; "UNKNOWN" for other values
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
		case DROPPED_NO_SESSION: return "DROPPED_NO_SESSION";
		case TRANSPORT_FAILED: return "TRANSPORT_FAILED";
		default: return status > 0 ? "TOKEN" : "UNKNOWN";
		}
	}
}
