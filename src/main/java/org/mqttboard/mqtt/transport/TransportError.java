/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;

import javax.net.ssl.SSLException;

/**
 * Why a {@link Connector#open} failed: the status vocabulary of the transport, in its own range {@code -200..-299}
 * ({@link #NONE} = 0 for success). Each TLS failure has its own code so the application can show it and choose a
 * backoff (a wrong CA will not fix itself in 100 ms).
 * <p>
 * {@link #classify} maps a connect or handshake exception to a code: by exception type (java.net and
 * javax.net.ssl types, present on MicroEJ and on a JDK) and by the detail messages of the cause chain, the JDK's
 * PKIX and host-check messages and MicroEJ's {@code SSL-2.0:E=<id>} codes. Class names are not inspected
 * ({@code Class.getName} needs a types list on MicroEJ). A TLS failure nothing here recognises degrades to
 * {@link #TLS_OTHER}, any other to {@link #IO}. Stateless; off the hot path (it reads exception messages).
 */
public final class TransportError {

	public static final int NONE = 0;
	/** The host name could not be resolved. */
	public static final int UNKNOWN_HOST = -201;
	/** The TCP connection was refused or reset. */
	public static final int REFUSED = -202;
	/** The connect timeout expired (TCP or TLS handshake). */
	public static final int TIMEOUT = -203;
	/** Any other I/O failure while connecting. */
	public static final int IO = -204;
	/** The network is down (no Wi-Fi or no IP). */
	public static final int NO_NETWORK = -205;
	/** The endpoint settings are unusable (e.g. TLS to an IP literal with host verification on). */
	public static final int BAD_SETTINGS = -206;
	/** TLS: the server's chain does not lead to a trusted CA. */
	public static final int TLS_UNTRUSTED = -210;
	/** TLS: the certificate does not match the host name. */
	public static final int TLS_HOSTNAME = -211;
	/** TLS: a certificate is expired or not yet valid (often: the device clock is not set). */
	public static final int TLS_CERT_DATE = -212;
	/** TLS: no common protocol version or cipher suite (e.g. server offers TLS 1.0/1.1 only). */
	public static final int TLS_PROTOCOL = -213;
	/** TLS: any other handshake failure. */
	public static final int TLS_OTHER = -214;
	/** TLS: a CA certificate resource is missing or unreadable. */
	public static final int TLS_CA_RESOURCE = -215;
	/** Mutual TLS: the broker requires a client certificate and none is configured. */
	public static final int TLS_CLIENT_CERT_REQUIRED = -216;
	/** Mutual TLS: the broker does not trust the CA that issued the client certificate (alert unknown_ca). */
	public static final int TLS_CLIENT_CERT_UNTRUSTED = -217;
	/** Mutual TLS: the broker says the client certificate is expired or not yet valid (alert certificate_expired). */
	public static final int TLS_CLIENT_CERT_EXPIRED = -218;
	/** Mutual TLS: the broker could not verify our signature: the private key does not match the certificate. */
	public static final int TLS_CLIENT_KEY_MISMATCH = -219;
	/** Mutual TLS: the client certificate or key resource is missing, unreadable or not an accepted PEM form. */
	public static final int TLS_CLIENT_KEY_RESOURCE = -220;

	/** Bound on the cause chain walked (a cyclic chain must not loop forever). */
	private static final int MAX_DEPTH = 8;
	/** MicroEJ SSL error ids (VEEPortingGuide, SSL appendix): no trusted certificate. */
	private static final int EJ_NO_TRUSTED_CERT = -8;
	/** MicroEJ SSL error ids: current date before the certificate's validity. */
	private static final int EJ_DATE_BEFORE = -40;
	/** MicroEJ SSL error ids: current date after the certificate's validity. */
	private static final int EJ_DATE_AFTER = -41;
	/** MicroEJ SSL error ids: no CA found. */
	private static final int EJ_NO_CA = -51;

	private TransportError() {
	}

	/**
	 * @param code a {@code TransportError} code
	 * @return its constant name, for logs and the simulator's event lines; {@code "UNKNOWN"} for other values
	 */
	public static String name(int code) {
		switch (code) {
		case NONE: return "NONE";
		case UNKNOWN_HOST: return "UNKNOWN_HOST";
		case REFUSED: return "REFUSED";
		case TIMEOUT: return "TIMEOUT";
		case IO: return "IO";
		case NO_NETWORK: return "NO_NETWORK";
		case BAD_SETTINGS: return "BAD_SETTINGS";
		case TLS_UNTRUSTED: return "TLS_UNTRUSTED";
		case TLS_HOSTNAME: return "TLS_HOSTNAME";
		case TLS_CERT_DATE: return "TLS_CERT_DATE";
		case TLS_PROTOCOL: return "TLS_PROTOCOL";
		case TLS_OTHER: return "TLS_OTHER";
		case TLS_CA_RESOURCE: return "TLS_CA_RESOURCE";
		case TLS_CLIENT_CERT_REQUIRED: return "TLS_CLIENT_CERT_REQUIRED";
		case TLS_CLIENT_CERT_UNTRUSTED: return "TLS_CLIENT_CERT_UNTRUSTED";
		case TLS_CLIENT_CERT_EXPIRED: return "TLS_CLIENT_CERT_EXPIRED";
		case TLS_CLIENT_KEY_MISMATCH: return "TLS_CLIENT_KEY_MISMATCH";
		case TLS_CLIENT_KEY_RESOURCE: return "TLS_CLIENT_KEY_RESOURCE";
		default: return "UNKNOWN";
		}
	}

	/**
	 * @param error what {@code InetAddress}, {@code Socket.connect} or {@code startHandshake} threw
	 * @param clientCertificate true when the handshake offered a client certificate (mutual TLS)
	 * @return the most specific {@link TransportError} code
	 */
	public static int classify(Throwable error, boolean clientCertificate) {
		boolean tls = false;
		Throwable t = error;
		for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
			if (t instanceof UnknownHostException) {
				return UNKNOWN_HOST;
			}
			if (t instanceof SocketTimeoutException) {
				return TIMEOUT;
			}
			if (t instanceof ConnectException) {
				return REFUSED;
			}
			if (t instanceof SSLException || t instanceof GeneralSecurityException) {
				tls = true;
			}
			int code = classifyMessage(t.getMessage(), clientCertificate);
			if (code != NONE) {
				return code;
			}
			Throwable cause = t.getCause();
			t = cause == t ? null : cause;
		}
		return tls ? TLS_OTHER : IO;
	}

	/**
	 * @param message an exception detail message, may be null
	 * @param clientCertificate true when the handshake offered a client certificate
	 * @return the code the message identifies, or {@link TransportError#NONE}
	 */
	static int classifyMessage(String message, boolean clientCertificate) {
		if (message == null) {
			return NONE;
		}
		int peer = classifyPeerAlert(message, clientCertificate);
		if (peer != NONE) {
			return peer;
		}
		int ej = microejErrorId(message);
		if (ej == EJ_DATE_BEFORE || ej == EJ_DATE_AFTER) {
			return TLS_CERT_DATE;
		}
		if (ej == EJ_NO_TRUSTED_CERT || ej == EJ_NO_CA) {
			return TLS_UNTRUSTED;
		}
		// Dates first: the JDK reports an expired certificate as "PKIX path validation failed: ... validity check
		// failed", which also names PKIX.
		if (contains(message, "validity check failed") || contains(message, "NotAfter")
				|| contains(message, "NotBefore") || contains(message, "certificate_expired")) {
			return TLS_CERT_DATE;
		}
		if (contains(message, "No subject alternative") || contains(message, "No name matching")) {
			return TLS_HOSTNAME;
		}
		if (contains(message, "PKIX path building failed")
				|| contains(message, "unable to find valid certification path")
				|| contains(message, "unknown_ca")) {
			return TLS_UNTRUSTED;
		}
		if (contains(message, "protocol_version") || contains(message, "No appropriate protocol")
				|| contains(message, "insufficient_security") || contains(message, "no cipher suites in common")) {
			return TLS_PROTOCOL;
		}
		if (contains(message, "Network is unreachable")) {
			return NO_NETWORK;
		}
		if (contains(message, "Connection refused")) {
			return REFUSED;
		}
		return NONE;
	}

	/**
	 * The alerts a broker sends when it refuses the client side of mutual TLS (RFC 5246 section 7.2.2; OpenSSL, and
	 * so mosquitto, sends handshake_failure for a missing certificate in TLS 1.2, certificate_required in TLS 1.3).
	 * Only alerts received from the peer count ({@code "Received fatal alert: "} on a JDK): the same names raised
	 * locally describe the server's certificate. How the MicroEJ SSL layer words a received alert is not documented;
	 * there the connector's own read of the alert record ({@link #peerAlert}) is what finds them.
	 *
	 * @return the client-side refusal the message names, or {@link #NONE}
	 */
	private static int classifyPeerAlert(String message, boolean clientCertificate) {
		String received = "Received fatal alert: ";
		int at = message.indexOf(received);
		if (at < 0) {
			return NONE;
		}
		String alert = message.substring(at + received.length());
		for (int i = 0; i < ALERT_NAMES.length; i++) {
			if (alert.startsWith(ALERT_NAMES[i])) {
				return peerAlert(ALERT_CODES[i], clientCertificate);
			}
		}
		return NONE;
	}

	/** TLS alert names (RFC 5246 section 7.2, RFC 8446 section 6) a client-certificate refusal uses. */
	private static final String[] ALERT_NAMES = { "handshake_failure", "certificate_required", "unknown_ca",
			"certificate_expired", "decrypt_error" };
	/** Their AlertDescription values, in the order of {@link #ALERT_NAMES}. */
	private static final int[] ALERT_CODES = { 40, 116, 48, 45, 51 };

	/**
	 * @param description the AlertDescription of a fatal alert received from the broker during the handshake
	 * @param clientCertificate true when the handshake offered a client certificate
	 * @return the client-side refusal it means, or {@link #NONE}
	 */
	static int peerAlert(int description, boolean clientCertificate) {
		if (!clientCertificate) {
			return description == 40 || description == 116 ? TLS_CLIENT_CERT_REQUIRED : NONE;
		}
		switch (description) {
		case 48: return TLS_CLIENT_CERT_UNTRUSTED;
		case 45: return TLS_CLIENT_CERT_EXPIRED;
		case 51: return TLS_CLIENT_KEY_MISMATCH;
		default: return NONE;
		}
	}

	/**
	 * @return the {@code <id>} of a MicroEJ {@code "SSL-x.y:E=<id>"} message, or 0 when there is none
	 */
	static int microejErrorId(String message) {
		int ssl = message.indexOf("SSL-");
		int at = ssl < 0 ? -1 : message.indexOf("E=", ssl);
		if (at < 0) {
			return 0;
		}
		int i = at + 2;
		int sign = 1;
		if (i < message.length() && message.charAt(i) == '-') {
			sign = -1;
			i++;
		}
		int value = 0;
		int digits = 0;
		while (i < message.length() && digits < 6) {
			char c = message.charAt(i);
			if (c < '0' || c > '9') {
				break;
			}
			value = value * 10 + (c - '0');
			digits++;
			i++;
		}
		return digits == 0 ? 0 : sign * value;
	}

	private static boolean contains(String text, String part) {
		return text.indexOf(part) >= 0;
	}
}
