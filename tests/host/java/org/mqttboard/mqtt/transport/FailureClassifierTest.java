/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

import org.junit.Test;

/**
 * HOST-ONLY (it builds JDK exceptions with constructors outside the MicroEJ subset, so it cannot be a portable
 * test). {@link FailureClassifier}: exception types and messages (JDK 17 wording, MicroEJ {@code SSL-2.0:E=<id>} codes)
 * map to distinct {@link TransportError} codes, and unknown TLS failures degrade to TLS_OTHER.
 */
public class FailureClassifierTest {

	private static void assertCode(int expected, Throwable error) {
		assertEquals(TransportError.name(expected), TransportError.name(TransportError.classify(error)));
	}

	private static SSLHandshakeException handshake(String message, Throwable cause) {
		SSLHandshakeException e = new SSLHandshakeException(message);
		e.initCause(cause);
		return e;
	}

	@Test
	public void classify_mapsNetExceptionTypes() {
		assertCode(TransportError.UNKNOWN_HOST, new UnknownHostException("broker.invalid"));
		assertCode(TransportError.REFUSED, new ConnectException("Connection refused"));
		assertCode(TransportError.TIMEOUT, new SocketTimeoutException("Read timed out"));
		assertCode(TransportError.IO, new IOException("Broken pipe"));
		assertCode(TransportError.NO_NETWORK, new IOException("Network is unreachable (connect failed)"));
	}

	@Test
	public void classify_findsTimeoutWrappedInSslException() {
		assertCode(TransportError.TIMEOUT, new SSLException("handshake", new SocketTimeoutException("Read timed out")));
	}

	@Test
	public void classify_unknownCa_fromJdkPkixBuildMessage() {
		assertCode(TransportError.TLS_UNTRUSTED, handshake("PKIX path building failed: "
				+ "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification "
				+ "path to requested target", null));
	}

	@Test
	public void classify_expired_fromJdkValidationMessageEvenThoughItNamesPkix() {
		assertCode(TransportError.TLS_CERT_DATE, handshake("PKIX path validation failed: "
				+ "java.security.cert.CertPathValidatorException: validity check failed", null));
	}

	@Test
	public void classify_dateFoundInCause() {
		assertCode(TransportError.TLS_CERT_DATE,
				handshake("handshake failed", new CertificateException("NotAfter: Sat Oct 01 00:00:00 UTC 2026")));
	}

	@Test
	public void classify_hostName_fromJdkSanMessage() {
		assertCode(TransportError.TLS_HOSTNAME,
				handshake("fatal", new CertificateException("No subject alternative DNS name matching x found.")));
		assertCode(TransportError.TLS_HOSTNAME, new CertificateException("No name matching x found"));
	}

	@Test
	public void classify_protocol_fromAlertAndLocalMessages() {
		assertCode(TransportError.TLS_PROTOCOL, handshake("Received fatal alert: protocol_version", null));
		assertCode(TransportError.TLS_PROTOCOL, handshake(
				"No appropriate protocol (protocol is disabled or cipher suites are inappropriate)", null));
	}

	@Test
	public void classify_microejSslCodes() {
		assertCode(TransportError.TLS_UNTRUSTED, new SSLException("SSL-2.0:E=-8"));
		assertCode(TransportError.TLS_UNTRUSTED, new SSLException("SSL-2.0:E=-51"));
		assertCode(TransportError.TLS_CERT_DATE, new SSLException("SSL-2.0:E=-40"));
		assertCode(TransportError.TLS_CERT_DATE, new SSLException("SSL-2.0:E=-41"));
		assertCode(TransportError.TLS_OTHER, new SSLException("SSL-2.0:E=-80"));
	}

	@Test
	public void classify_unrecognisedTlsFailure_degradesToTlsOther() {
		assertCode(TransportError.TLS_OTHER, handshake("Received fatal alert: bad_record_mac", null));
		assertCode(TransportError.TLS_OTHER, new SSLException((String) null));
		assertCode(TransportError.TLS_OTHER, new CertificateException("something else"));
	}

	@Test
	public void classify_stopsOnSelfCausedChain() {
		IOException a = new IOException("a");
		IOException b = new IOException("b", a);
		a.initCause(b);
		assertCode(TransportError.IO, b);
	}

	@Test
	public void microejErrorId_parsesSignedIdOrZero() {
		assertEquals(-40, TransportError.microejErrorId("SSL-2.0:E=-40"));
		assertEquals(7, TransportError.microejErrorId("SSL-2.0:E=7 detail"));
		assertEquals(0, TransportError.microejErrorId("E=-40 without the SSL prefix"));
		assertEquals(0, TransportError.microejErrorId("SSL-2.0:E=-"));
	}
}
