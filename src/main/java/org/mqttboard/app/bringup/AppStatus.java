/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

import org.mqttboard.mqtt.session.SessionStatus;

/**
 * The status vocabulary of the application, in its own range {@code -300..-329} (the codec uses {@code -1..-99}, the
 * session {@code -100..-199}, the transport {@code -200..-299}, time sync {@code -330..-339}, the Wi-Fi port
 * {@code -400..-409}; 0 is success everywhere): the errors the firmware reports to the user and what a button
 * publish became. Error names are stable: the simulator prints them as
 * {@code ERROR <name> <message>}; each has a short display status such as {@code ERR AUTH}.
 * <p>
 * A press the offline queue cannot keep is reported with the session's own {@link SessionStatus#QUEUE_FULL}: one
 * fact, one code. {@link #name} and {@link #status} name it too.
 * <p>
 * The engine closes a link broken by the broker with one cause per protocol violation
 * ({@link SessionStatus#isViolation}); {@link #violation} explains it, with the MQTT 3.1.1 clause, for the error line.
 * <p>
 * Threading: constants and pure functions.
 */
public final class AppStatus {

	/** Success: the message was handed to the link (QoS 0 sent, QoS 1/2 in flight). */
	public static final int OK = 0;
	/** Not a failure: offline, the message waits in the bounded offline queue and goes out once the link is back. */
	public static final int QUEUED = 1;

	/** Error: the properties file is missing or invalid; the firmware halts. */
	public static final int CONFIG = -301;
	/** Error: joining Wi-Fi failed (wrong passphrase, no such SSID, timeout) or Wi-Fi was lost. */
	public static final int WIFI = -302;
	/** Error: the clock could not be set by SNTP, or a certificate date check failed because of it. */
	public static final int TIME = -303;
	/** Error: the TLS handshake failed (untrusted chain, host name, protocol, CA resource). */
	public static final int TLS = -304;
	/** Error: the broker refused the user name/password or is not authorizing this client (CONNACK 4 or 5). */
	public static final int AUTH = -305;
	/** Error: the broker rejected the client identifier (CONNACK 2), or the identity does not fit the CONNECT. */
	public static final int CLIENT_ID = -306;
	/** Error: the broker did not accept the protocol version (CONNACK 1). */
	public static final int PROTOCOL = -307;
	/** Error: the broker could not be reached, was unavailable (CONNACK 3) or the link broke. */
	public static final int BROKER = -308;
	/** Error: the engine saw its connections taken over right after CONNACK: the client id is probably shared. */
	public static final int DUPLICATE_ID = -309;
	/** Error: a press was dropped (QoS 0 while offline, rate limit, too large, button disabled by the profile). */
	public static final int PRESS_DROPPED = -310;
	/** Publish result: offline and QoS 0 (or no offline queue): nothing was kept. */
	public static final int OFFLINE = -311;
	/** Error: the broker refused a subscription (SUBACK 0x80); the message names the topic filter. */
	public static final int SUBSCRIBE_REFUSED = -312;

	private AppStatus() {
	}

	/**
	 * @param status a constant of this class, {@link SessionStatus#QUEUE_FULL} or {@link SessionStatus#INFLIGHT_FULL}
	 * @return its stable name, e.g. {@code AUTH}; a session status's own name otherwise
	 */
	public static String name(int status) {
		switch (status) {
		case OK: return "OK";
		case QUEUED: return "QUEUED";
		case CONFIG: return "CONFIG";
		case WIFI: return "WIFI";
		case TIME: return "TIME";
		case TLS: return "TLS";
		case AUTH: return "AUTH";
		case CLIENT_ID: return "CLIENT_ID";
		case PROTOCOL: return "PROTOCOL";
		case BROKER: return "BROKER";
		case DUPLICATE_ID: return "DUPLICATE_ID";
		case PRESS_DROPPED: return "PRESS_DROPPED";
		case OFFLINE: return "OFFLINE";
		case SUBSCRIBE_REFUSED: return "SUBSCRIBE_REFUSED";
		default: return SessionStatus.name(status);
		}
	}

	/**
	 * @param error an error constant, {@link SessionStatus#QUEUE_FULL} or {@link SessionStatus#INFLIGHT_FULL}
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
		case SessionStatus.QUEUE_FULL: return "QUEUE FULL";
		case SessionStatus.INFLIGHT_FULL: return "WAIT ACK";
		case SUBSCRIBE_REFUSED: return "ERR SUB";
		case PRESS_DROPPED: return "DROPPED";
		default: return "ERR MQTT";
		}
	}

	/**
	 * @param status a session close cause; a protocol violation ({@link SessionStatus#isViolation}) is explained
	 * @return what the broker did wrong and the MQTT 3.1.1 clause it broke, for the one error line (no packet
	 *         bytes); null for any other status
	 */
	public static String violation(int status) {
		switch (status) {
		case SessionStatus.MALFORMED: return "malformed packet (MQTT 3.1.1 section 2)";
		case SessionStatus.PROTOCOL_ERROR:
			return "sent a packet that only a client may send (MQTT 3.1.1 section 2.2.1)";
		case SessionStatus.BAD_REMAINING_LENGTH: return "Remaining Length over 4 bytes (MQTT 3.1.1 section 2.2.3)";
		case SessionStatus.BAD_PACKET_TYPE: return "reserved packet type 0 or 15 (MQTT 3.1.1 section 2.2.1)";
		case SessionStatus.BAD_FLAGS: return "fixed-header flags wrong for the packet type [MQTT-2.2.2-2]";
		case SessionStatus.BAD_QOS: return "PUBLISH with QoS 3 [MQTT-3.3.1-4]";
		case SessionStatus.BAD_LENGTH: return "packet length does not match its fields (MQTT 3.1.1 section 2.2.3)";
		case SessionStatus.BAD_PACKET_ID: return "packet identifier 0 [MQTT-2.3.1-1]";
		case SessionStatus.BAD_UTF8: return "topic name is not valid UTF-8 [MQTT-1.5.3-1]";
		case SessionStatus.BAD_TOPIC: return "topic name empty or with a wildcard [MQTT-4.7.3-1] [MQTT-3.3.2-2]";
		case SessionStatus.BAD_RETURN_CODE: return "unknown CONNACK or SUBACK return code [MQTT-3.9.3-2]";
		case SessionStatus.BAD_CONNACK_FLAGS:
			return "CONNACK reserved bits or session present with a refusal [MQTT-3.2.2-4]";
		case SessionStatus.EMPTY_SUBACK: return "SUBACK without return codes [MQTT-3.8.4-5]";
		case SessionStatus.FIRST_NOT_CONNACK: return "first packet was not CONNACK [MQTT-3.2.0-1]";
		case SessionStatus.SECOND_CONNACK: return "second CONNACK on one connection (MQTT 3.1.1 section 3.2)";
		case SessionStatus.ANNOUNCED_TOO_LARGE: return "PUBLISH announced more bytes than the drain limit";
		default: return null;
		}
	}
}
