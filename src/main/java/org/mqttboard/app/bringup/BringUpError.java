/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

/**
 * Error codes reported by the firmware. Names are stable: the simulator prints them as {@code ERROR <name> <message>}.
 * Each has a short display status such as {@code ERR AUTH}.
 */
public final class BringUpError {

	/** The properties file is missing or invalid; the firmware halts. */
	public static final int CONFIG = 1;
	/** Joining Wi-Fi failed (wrong passphrase, no such SSID, timeout) or Wi-Fi was lost. */
	public static final int WIFI = 2;
	/** The clock could not be set by SNTP, or a certificate date check failed because of it. */
	public static final int TIME = 3;
	/** The TLS handshake failed (untrusted chain, host name, protocol, CA resource). */
	public static final int TLS = 4;
	/** The broker refused the user name/password or is not authorizing this client (CONNACK 4 or 5). */
	public static final int AUTH = 5;
	/** The broker rejected the client identifier (CONNACK 2). */
	public static final int CLIENT_ID = 6;
	/** The broker did not accept the protocol version (CONNACK 1). */
	public static final int PROTOCOL = 7;
	/** The broker could not be reached, was unavailable (CONNACK 3) or the link broke. */
	public static final int BROKER = 8;
	/** Disconnects keep happening right after CONNACK: another client probably uses the same client id. */
	public static final int DUPLICATE_ID = 9;
	/** The offline queue is full: a press could not be kept for later. */
	public static final int QUEUE_FULL = 10;
	/** A press was dropped (QoS 0 while offline, rate limit, or button disabled by the profile). */
	public static final int PRESS_DROPPED = 11;

	private BringUpError() {
	}

	/**
	 * @param error an error constant
	 * @return its stable name, e.g. {@code AUTH}; {@code UNKNOWN} for other values
	 */
	public static String name(int error) {
		switch (error) {
		case CONFIG: return "CONFIG";
		case WIFI: return "WIFI";
		case TIME: return "TIME";
		case TLS: return "TLS";
		case AUTH: return "AUTH";
		case CLIENT_ID: return "CLIENT_ID";
		case PROTOCOL: return "PROTOCOL";
		case BROKER: return "BROKER";
		case DUPLICATE_ID: return "DUPLICATE_ID";
		case QUEUE_FULL: return "QUEUE_FULL";
		case PRESS_DROPPED: return "PRESS_DROPPED";
		default: return "UNKNOWN";
		}
	}

	/**
	 * @param error an error constant
	 * @return the short status shown on the display, e.g. {@code ERR AUTH}
	 */
	public static String status(int error) {
		switch (error) {
		case CONFIG: return "ERR CONFIG";
		case WIFI: return "ERR WIFI";
		case TIME: return "ERR TIME";
		case TLS: return "ERR TLS";
		case AUTH: return "ERR AUTH";
		case CLIENT_ID: return "ERR ID";
		case PROTOCOL: return "ERR PROTO";
		case DUPLICATE_ID: return "ERR DUP ID";
		case QUEUE_FULL: return "QUEUE FULL";
		case PRESS_DROPPED: return "DROPPED";
		default: return "ERR MQTT";
		}
	}
}
