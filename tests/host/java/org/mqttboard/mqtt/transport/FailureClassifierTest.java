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
		assertEquals(TransportError.name(expected), TransportError.name(TransportError.classify(error, false)));
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

	@Test
	public void receivedAlerts_namingTheClientSide_haveTheirOwnCodes_onlyWhenACertificateWasOffered() {
		String[][] cases = { { "unknown_ca", "TLS_CLIENT_CERT_UNTRUSTED" },
				{ "certificate_expired", "TLS_CLIENT_CERT_EXPIRED" }, { "decrypt_error", "TLS_CLIENT_KEY_MISMATCH" } };
		for (String[] c : cases) {
			SSLHandshakeException e = handshake("Received fatal alert: " + c[0], null);
			assertEquals(c[0], c[1], TransportError.name(TransportError.classify(e, true)));
		}
		assertEquals("TLS_CLIENT_CERT_REQUIRED", TransportError.name(TransportError.classify(
				handshake("Received fatal alert: handshake_failure", null), false)));
		assertEquals("TLS_CLIENT_CERT_REQUIRED", TransportError.name(TransportError.classify(
				handshake("Received fatal alert: certificate_required", null), false)));
		// Without a client certificate a received unknown_ca keeps its old meaning; a local PKIX failure is ours.
		assertCode(TransportError.TLS_UNTRUSTED, handshake("Received fatal alert: unknown_ca", null));
		assertEquals("TLS_UNTRUSTED", TransportError.name(TransportError.classify(handshake(
				"PKIX path building failed: unable to find valid certification path", null), true)));
		// The alert record read from the TCP stream after a broken write: AlertDescription values of RFC 5246 7.2.
		assertEquals(TransportError.TLS_CLIENT_CERT_REQUIRED, TransportError.peerAlert(40, false));
		assertEquals(TransportError.TLS_CLIENT_CERT_UNTRUSTED, TransportError.peerAlert(48, true));
		assertEquals(TransportError.TLS_CLIENT_CERT_EXPIRED, TransportError.peerAlert(45, true));
		assertEquals(TransportError.TLS_CLIENT_KEY_MISMATCH, TransportError.peerAlert(51, true));
		assertEquals(TransportError.NONE, TransportError.peerAlert(70, true));
	}

	@Test
	public void pemDecoding_matchesTheJdk_forRandomKeysOfEveryLabel() {
		long seed = System.nanoTime();
		java.util.Random random = new java.util.Random(seed);
		for (int round = 0; round < 200; round++) {
			byte[] der = new byte[1 + random.nextInt(1300)];
			random.nextBytes(der);
			String label = TlsMaterial.KEY_LABELS[round % TlsMaterial.KEY_LABELS.length];
			String pem = "junk before\n-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n"
					+ "-----BEGIN " + label + "-----\n"
					+ java.util.Base64.getMimeEncoder(64, new byte[] { '\r', '\n' }).encodeToString(der)
					+ "\n-----END " + label + "-----\n";
			byte[] got = TlsMaterial.decode(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII), label);
			org.junit.Assert.assertArrayEquals("seed=" + seed + " round " + round, der, got);
		}
		org.junit.Assert.assertNull(TlsMaterial.decode("-----BEGIN PRIVATE KEY-----\n@@@@\n-----END PRIVATE KEY-----"
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII), "PRIVATE KEY"));
		// An encrypted key is not one of the accepted labels: never decoded as a plain key.
		for (String label : TlsMaterial.KEY_LABELS) {
			org.junit.Assert.assertNull(label, TlsMaterial.decode(("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"
					+ "-----END ENCRYPTED PRIVATE KEY-----\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII),
					label));
		}
		System.out.println("FailureClassifierTest pem seed=" + seed);
	}
}
