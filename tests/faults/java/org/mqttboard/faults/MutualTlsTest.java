/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.faults;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.it.MosquittoRig;
import org.mqttboard.it.TestPki;
import org.mqttboard.mqtt.transport.TransportError;
import org.mqttboard.sim.SntpResponder;

/**
 * Mutual TLS through the real firmware boot path against a mosquitto listener with {@code require_certificate true}
 * on loopback, certificates generated at test time: the right certificate (RSA 2048 as PKCS#1, EC P-256 as SEC1 and
 * as PKCS#8) goes online; no certificate, a certificate from another CA, an expired one and a key that is not the
 * certificate's are each refused with their own transport error and reason, and then wait the long backoff (one
 * connection attempt, counted at a {@link FaultProxy}, in the window); a certificate without key (or the reverse) is
 * a configuration error naming both keys. No output line carries key material.
 */
public class MutualTlsTest {

	/** Observation window, ms. */
	private static final long WINDOW_MILLIS = 8000;

	private static TestPki pki;
	private static MosquittoRig broker;
	private static SntpResponder sntp;
	private static final Map<String, SimBoard> BOARDS = new LinkedHashMap<>();
	private static final Map<String, FaultProxy> PROXIES = new LinkedHashMap<>();
	private static final List<String> KEY_LINES = new ArrayList<>();

	@BeforeClass
	public static void startAll() throws Exception {
		assumeTrue("mosquitto is not installed", MosquittoRig.available());
		pki = TestPki.create();
		broker = MosquittoRig.builder().tls("mtls", pki.server).requireClientCertificate("mtls", pki.ca.certPem)
				.start();
		sntp = new SntpResponder("127.0.0.1", 0, System::currentTimeMillis);
		TestPki.Issued rsa = pki.issueClient("client-rsa", pki.ca, -1, 30, false, false);
		TestPki.Issued ec = pki.issueClient("client-ec", pki.ca, -1, 30, true, false);
		TestPki.Issued ecPkcs8 = pki.issueClient("client-ec-pkcs8", pki.ca, -1, 30, true, true);
		TestPki.Issued foreign = pki.issueClient("client-foreign", pki.otherCa, -1, 30, false, false);
		TestPki.Issued expired = pki.issueClient("client-expired", pki.ca, -60, -30, false, false);
		TestPki.Issued other = pki.issueClient("client-other-key", pki.ca, -1, 30, false, false);
		for (TestPki.Issued i : new TestPki.Issued[] { rsa, ec, ecPkcs8, foreign, expired, other }) {
			for (String line : Files.readAllLines(i.keyPem)) {
				if (!line.startsWith("-----")) {
					KEY_LINES.add(line);
				}
			}
		}
		add("rsa", clientKeys(rsa, rsa));
		add("ec", clientKeys(ec, ec));
		add("ecPkcs8", clientKeys(ecPkcs8, ecPkcs8));
		add("noCertificate", "");
		add("otherCa", clientKeys(foreign, foreign));
		add("expired", clientKeys(expired, expired));
		add("keyMismatch", clientKeys(rsa, other));
		add("certificateWithoutKey", "broker.client.cert = " + pki.resource(rsa.certPem));
		add("keyWithoutCertificate", "broker.client.key = " + pki.resource(rsa.keyPem));
		for (SimBoard b : BOARDS.values()) {
			b.start();
		}
		Thread.sleep(WINDOW_MILLIS);
		for (String name : BOARDS.keySet()) {
			System.out.println("MutualTlsTest " + name + ": attempts=" + PROXIES.get(name).accepted() + " state="
					+ BringUpState.name(BOARDS.get(name).state()) + " errors=" + BOARDS.get(name).errors());
		}
	}

	private static String clientKeys(TestPki.Issued certificate, TestPki.Issued key) {
		return "broker.client.cert = " + pki.resource(certificate.certPem) + "\nbroker.client.key = "
				+ pki.resource(key.keyPem);
	}

	private static void add(String name, String extra) throws IOException {
		FaultProxy proxy = new FaultProxy(broker.port("mtls"), 8);
		String text = String.join("\n",
				"wifi.ssid = lab",
				"wifi.passphrase = " + FaultBench.WIFI_SECRET,
				"broker.profile = generic",
				"broker.host = localhost",
				"broker.port = " + proxy.port(),
				"broker.tls = true",
				"broker.ca.resources = " + pki.caResource(),
				"broker.client.id = mtls-" + name,
				"broker.keepalive.seconds = 30",
				"broker.connect.timeout.ms = 3000",
				"broker.backoff.base.ms = 1000",
				"broker.backoff.cap.ms = 8000",
				"sub.1.topic = mtls/display",
				"display.kind = lcd",
				"time.sntp.servers = 127.0.0.1:" + sntp.port(),
				"time.sntp.timeout.ms = 500",
				extra, "");
		PROXIES.put(name, proxy);
		BOARDS.put(name, new SimBoard("mtls-" + name, text, name.hashCode()));
	}

	@AfterClass
	public static void stopAll() throws Exception {
		for (SimBoard b : BOARDS.values()) {
			b.close();
		}
		for (FaultProxy p : PROXIES.values()) {
			p.close();
		}
		BOARDS.clear();
		PROXIES.clear();
		if (sntp != null) {
			sntp.close();
		}
		if (broker != null) {
			broker.close();
		}
		if (pki != null) {
			pki.delete();
		}
	}

	private static String lastError(String name) {
		List<String> errors = BOARDS.get(name).errors();
		return errors.isEmpty() ? "" : errors.get(errors.size() - 1);
	}

	@Test
	public void rightCertificate_goesOnline_withRsaPkcs1_ecSec1_andEcPkcs8Keys() {
		for (String name : new String[] { "rsa", "ec", "ecPkcs8" }) {
			assertEquals(name + " " + BOARDS.get(name).errors() + "\n" + broker.log(), BringUpState.ONLINE,
					BOARDS.get(name).state());
			assertEquals(name + " attempts", 1, PROXIES.get(name).accepted());
		}
	}

	@Test
	public void refusals_eachHaveTheirOwnCodeAndReason_andOneAttemptPerLongBackoff() {
		String[][] expected = { { "noCertificate", "TLS_CLIENT_CERT_REQUIRED", "broker.client.cert" },
				{ "otherCa", "TLS_CLIENT_CERT_UNTRUSTED", "issuer" },
				{ "expired", "TLS_CLIENT_CERT_EXPIRED", "expired" },
				{ "keyMismatch", "TLS_CLIENT_KEY_MISMATCH", "broker.client.key is not the private key" } };
		Set<String> reasons = new HashSet<>();
		for (String[] e : expected) {
			SimBoard b = BOARDS.get(e[0]);
			assertFalse(e[0] + " must never go online", b.states().stream()
					.anyMatch(s -> s.state() == BringUpState.ONLINE));
			String last = lastError(e[0]);
			assertTrue(e[0] + ": " + last + "\n" + broker.log(), last.startsWith("TLS ") && last.contains("(" + e[1]
					+ ")") && last.contains(e[2]));
			reasons.add(last.replaceAll("retry in \\d+ ms", ""));
			// A wrong key is refused after the client's last handshake flight: the broker sends its alert and closes
			// with that flight unread, so its TCP stack may answer with a reset that discards the alert before the
			// client reads it. That first refusal then reads as a lost link (short backoff) and the second attempt
			// reads the alert; every other refusal comes before the client's last write and always has its alert.
			int allowed = e[0].equals("keyMismatch") ? 2 : 1;
			int attempts = PROXIES.get(e[0]).accepted();
			assertTrue(e[0] + " connection attempts in " + WINDOW_MILLIS + " ms: " + attempts + " (at most " + allowed
					+ ")", attempts >= 1 && attempts <= allowed);
		}
		assertEquals("distinct reasons " + reasons, expected.length, reasons.size());
		assertEquals(TransportError.TLS_CLIENT_CERT_REQUIRED, TransportError.classify(
				new javax.net.ssl.SSLHandshakeException("Received fatal alert: handshake_failure"), false));
	}

	@Test
	public void certificateAndKey_goTogether_orTheConfigurationNamesBoth() {
		for (String name : new String[] { "certificateWithoutKey", "keyWithoutCertificate" }) {
			SimBoard b = BOARDS.get(name);
			assertEquals(name + " " + b.errors(), BringUpState.HALTED, b.state());
			String last = lastError(name);
			assertTrue(name + ": " + last, last.startsWith("CONFIG ") && last.contains("broker.client.cert")
					&& last.contains("broker.client.key"));
			assertEquals(name + " never connects", 0, PROXIES.get(name).accepted());
		}
	}

	@Test
	public void noOutputLine_carriesKeyMaterial() {
		List<String> leaks = new ArrayList<>();
		int lines = 0;
		for (SimBoard b : BOARDS.values()) {
			for (String line : b.transcript()) {
				lines++;
				for (String key : KEY_LINES) {
					if (line.contains(key.substring(0, Math.min(24, key.length())))) {
						leaks.add(line);
					}
				}
			}
		}
		System.out.println("MutualTlsTest scanned " + lines + " output lines for " + KEY_LINES.size()
				+ " lines of key PEM");
		assertTrue("scanned something", lines > 30);
		assertTrue("key material in output: " + leaks, leaks.isEmpty());
	}
}
