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
 * Maps a connect or handshake exception to a {@link TransportError} code.
 * <p>
 * Works by exception type (java.net and javax.net.ssl types, present on MicroEJ and on a JDK) and by the detail
 * messages of the cause chain: the JDK's PKIX and host-check messages and MicroEJ's {@code SSL-2.0:E=<id>} codes.
 * Class names are not inspected ({@code Class.getName} needs a types list on MicroEJ). A TLS failure nothing here
 * recognises degrades to {@link TransportError#TLS_OTHER}, any other to {@link TransportError#IO}.
 * <p>
 * Threading: stateless. Off the hot path (allocates nothing itself, but reads exception messages).
 */
public final class FailureClassifier {

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

	private FailureClassifier() {
	}

	/**
	 * @param error what {@code InetAddress}, {@code Socket.connect} or {@code startHandshake} threw
	 * @return the most specific {@link TransportError} code
	 */
	public static int classify(Throwable error) {
		boolean tls = false;
		Throwable t = error;
		for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
			if (t instanceof UnknownHostException) {
				return TransportError.UNKNOWN_HOST;
			}
			if (t instanceof SocketTimeoutException) {
				return TransportError.TIMEOUT;
			}
			if (t instanceof ConnectException) {
				return TransportError.REFUSED;
			}
			if (t instanceof SSLException || t instanceof GeneralSecurityException) {
				tls = true;
			}
			int code = classifyMessage(t.getMessage());
			if (code != TransportError.NONE) {
				return code;
			}
			Throwable cause = t.getCause();
			t = cause == t ? null : cause;
		}
		return tls ? TransportError.TLS_OTHER : TransportError.IO;
	}

	/**
	 * @param message an exception detail message, may be null
	 * @return the code the message identifies, or {@link TransportError#NONE}
	 */
	static int classifyMessage(String message) {
		if (message == null) {
			return TransportError.NONE;
		}
		int ej = microejErrorId(message);
		if (ej == EJ_DATE_BEFORE || ej == EJ_DATE_AFTER) {
			return TransportError.TLS_CERT_DATE;
		}
		if (ej == EJ_NO_TRUSTED_CERT || ej == EJ_NO_CA) {
			return TransportError.TLS_UNTRUSTED;
		}
		// Dates first: the JDK reports an expired certificate as "PKIX path validation failed: ... validity check
		// failed", which also names PKIX.
		if (contains(message, "validity check failed") || contains(message, "NotAfter")
				|| contains(message, "NotBefore") || contains(message, "certificate_expired")) {
			return TransportError.TLS_CERT_DATE;
		}
		if (contains(message, "No subject alternative") || contains(message, "No name matching")) {
			return TransportError.TLS_HOSTNAME;
		}
		if (contains(message, "PKIX path building failed") || contains(message, "unable to find valid certification path")
				|| contains(message, "unknown_ca")) {
			return TransportError.TLS_UNTRUSTED;
		}
		if (contains(message, "protocol_version") || contains(message, "No appropriate protocol")
				|| contains(message, "insufficient_security") || contains(message, "no cipher suites in common")) {
			return TransportError.TLS_PROTOCOL;
		}
		if (contains(message, "Network is unreachable")) {
			return TransportError.NO_NETWORK;
		}
		if (contains(message, "Connection refused")) {
			return TransportError.REFUSED;
		}
		return TransportError.NONE;
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
