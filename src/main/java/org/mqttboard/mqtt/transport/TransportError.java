/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

/**
 * Why a {@link Connector#open} failed: the status vocabulary of the transport, in its own range {@code -200..-299}
 * ({@link #NONE} = 0 for success). Each TLS failure has its own code so the application can show it and choose a
 * backoff (a wrong CA will not fix itself in 100 ms).
 */
public final class TransportError {

	/** No error. */
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
		default: return "UNKNOWN";
		}
	}
}
