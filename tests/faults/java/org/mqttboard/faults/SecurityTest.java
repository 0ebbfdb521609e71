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
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
 * Security matrix through the real firmware boot path, all boards at once over one observation window: every TLS
 * failure is refused with its own transport error code and a reason, and followed by backoff (connection attempts
 * counted at a {@link FaultProxy} in front of each server), wrong credentials give {@code ERR AUTH} and the long
 * wait, plain TCP with a password is refused unless explicitly allowed, and no output line of any board carries a
 * configured secret. A good TLS board is the control: the setup itself is sound.
 */
public class SecurityTest {

	private static final String USER = "board";
	private static final String PASSWORD = "brokerPass-S3cret";
	private static final String WRONG_PASSWORD = "wrongPass-S3cret";
	/** Observation window, ms. */
	private static final long WINDOW_MILLIS = 8000;
	/** A fast retry loop would connect hundreds of times per window; normal backoff a handful. */
	private static final int MAX_BACKOFF_ATTEMPTS = 10;

	private static TestPki pki;
	private static MosquittoRig broker;
	private static SntpResponder sntp;
	private static SntpResponder sntp1970;
	private static ServerSocket tls11Only;
	private static final Map<String, Case> CASES = new LinkedHashMap<>();

	/** One board against one server. */
	private static final class Case {
		final FaultProxy proxy;
		final SimBoard board;

		Case(String name, int upstream, String extra, boolean tls, String password, int sntpPort, String ca)
				throws IOException {
			this.proxy = new FaultProxy(upstream, 8);
			String text = String.join("\n",
					"wifi.ssid = lab",
					"wifi.passphrase = " + FaultBench.WIFI_SECRET,
					"broker.profile = generic",
					"broker.host = localhost",
					"broker.port = " + this.proxy.port(),
					"broker.tls = " + tls,
					tls ? "broker.ca.resources = " + ca : "",
					"broker.client.id = sec-" + name,
					"broker.username = " + USER,
					"broker.password = " + password,
					"broker.keepalive.seconds = 30",
					"broker.connect.timeout.ms = 3000",
					"broker.backoff.base.ms = 1000",
					"broker.backoff.cap.ms = 8000",
					"sub.1.topic = sec/display",
					"display.kind = lcd",
					"time.sntp.servers = 127.0.0.1:" + sntpPort,
					"time.sntp.timeout.ms = 500",
					extra, "");
			this.board = new SimBoard("sec-" + name, text, name.hashCode());
		}
	}

	@BeforeClass
	public static void startAll() throws Exception {
		assumeTrue("mosquitto is not installed", MosquittoRig.available());
		pki = TestPki.create();
		broker = MosquittoRig.builder().allowAnonymous(false).user(USER, PASSWORD).tls("good", pki.server)
				.tls("wrong", pki.wrongHost).tls("expired", pki.expired).tls("early", pki.notYetValid)
				.tls("other", pki.otherServer).start();
		sntp = new SntpResponder("127.0.0.1", 0, System::currentTimeMillis);
		sntp1970 = new SntpResponder("127.0.0.1", 0, () -> 5000L);
		tls11Only = tls11OnlyServer();
		String ca = pki.caResource();
		int now = sntp.port();
		add("good", broker.port("good"), "", true, PASSWORD, now, ca);
		add("unknownCa", broker.port("other"), "", true, PASSWORD, now, ca);
		add("wrongHostNoSni", broker.port("wrong"), "", true, PASSWORD, now, ca);
		add("expired", broker.port("expired"), "", true, PASSWORD, now, ca);
		add("notYetValid", broker.port("early"), "", true, PASSWORD, now, ca);
		add("clock1970", broker.port("good"), "", true, PASSWORD, sntp1970.port(), ca);
		add("tls11Only", tls11Only.getLocalPort(), "", true, PASSWORD, now, ca);
		add("wrongPassword", broker.port("good"), "", true, WRONG_PASSWORD, now, ca);
		add("plainPassword", broker.port("plain"), "", false, PASSWORD, now, ca);
		add("plainPasswordAllowed", broker.port("plain"), "broker.allow.insecure = true", false, PASSWORD, now, ca);
		for (Case c : CASES.values()) {
			c.board.start();
		}
		Thread.sleep(WINDOW_MILLIS);
		for (Map.Entry<String, Case> e : CASES.entrySet()) {
			Case c = e.getValue();
			System.out.println("SecurityTest " + e.getKey() + ": attempts=" + c.proxy.accepted() + " state="
					+ BringUpState.name(c.board.state()) + " errors=" + c.board.errors());
		}
	}

	private static void add(String name, int upstream, String extra, boolean tls, String password, int sntpPort,
			String ca) throws IOException {
		CASES.put(name, new Case(name, upstream, extra, tls, password, sntpPort, ca));
	}

	@AfterClass
	public static void stopAll() throws Exception {
		for (Case c : CASES.values()) {
			c.board.close();
			c.proxy.close();
		}
		CASES.clear();
		if (tls11Only != null) {
			tls11Only.close();
		}
		if (sntp != null) {
			sntp.close();
			sntp1970.close();
		}
		if (broker != null) {
			broker.close();
		}
		if (pki != null) {
			pki.delete();
		}
	}

	/**
	 * A server that speaks only TLS 1.0/1.1: to a TLS 1.2 ClientHello it answers what such a server answers, a
	 * fatal {@code protocol_version} alert (RFC 5246 7.2.2, alert 70) in a TLS 1.1 record, then closes.
	 */
	private static ServerSocket tls11OnlyServer() throws IOException {
		ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		Thread t = new Thread(() -> {
			while (!server.isClosed()) {
				try (Socket s = server.accept()) {
					s.setSoTimeout(3000);
					InputStream in = s.getInputStream();
					byte[] header = new byte[5];
					if (in.readNBytes(header, 0, 5) == 5) {
						OutputStream out = s.getOutputStream();
						out.write(new byte[] { 0x15, 0x03, 0x02, 0x00, 0x02, 0x02, 70 });
						out.flush();
					}
				} catch (IOException e) {
					// Next client, or closed.
				}
			}
		}, "tls11-only-server");
		t.setDaemon(true);
		t.start();
		return server;
	}

	private static Case c(String name) {
		return CASES.get(name);
	}

	/** @return the transport error the last error message of the case names, or NONE */
	private static int transportError(String name) {
		String message = lastError(name);
		for (int code = -299; code <= -200; code++) {
			String n = TransportError.name(code);
			if (!"UNKNOWN".equals(n) && message.contains("(" + n + ")")) {
				return code;
			}
		}
		return TransportError.NONE;
	}

	private static String lastError(String name) {
		List<String> errors = c(name).board.errors();
		return errors.isEmpty() ? "" : errors.get(errors.size() - 1);
	}

	@Test
	public void control_goodCertificateAndPassword_goesOnline() {
		assertEquals(c("good").board.errors().toString(), BringUpState.ONLINE, c("good").board.state());
		assertEquals(1, c("good").proxy.accepted());
	}

	@Test
	public void tlsFailures_eachHaveTheirOwnCodeAndReason_andWaitLong() {
		String[][] expected = { { "unknownCa", "TLS_UNTRUSTED" }, { "wrongHostNoSni", "TLS_HOSTNAME" },
				{ "tls11Only", "TLS_PROTOCOL" } };
		Set<String> reasons = new HashSet<>();
		for (String[] e : expected) {
			Case c = c(e[0]);
			assertFalse(e[0] + " must never go online", c.board.states().stream()
					.anyMatch(s -> s.state() == BringUpState.ONLINE));
			assertEquals(e[0], e[1], TransportError.name(transportError(e[0])));
			assertTrue(e[0] + ": " + lastError(e[0]), lastError(e[0]).startsWith("TLS ")
					&& lastError(e[0]).contains(e[1]));
			reasons.add(lastError(e[0]));
			// A refusal waits at least a minute: one attempt in the window, never a retry loop.
			assertEquals(e[0] + " connection attempts in " + WINDOW_MILLIS + " ms", 1, c.proxy.accepted());
		}
		assertEquals("distinct reasons " + reasons, expected.length, reasons.size());
	}

	@Test
	public void certificateDates_areRefusedAsClockOrDateProblems_withBackoff() {
		for (String name : new String[] { "expired", "notYetValid" }) {
			Case c = c(name);
			assertFalse(name, c.board.states().stream().anyMatch(s -> s.state() == BringUpState.ONLINE));
			assertEquals(name, TransportError.TLS_CERT_DATE, transportError(name));
			assertTrue(name + ": " + lastError(name), lastError(name).startsWith("TIME ")
					&& lastError(name).contains("TLS_CERT_DATE"));
			int attempts = c.proxy.accepted();
			assertTrue(name + " attempts " + attempts, attempts >= 1 && attempts <= MAX_BACKOFF_ATTEMPTS);
		}
	}

	@Test
	public void deviceClockAt1970_neverConnects_andSaysTime() {
		Case c = c("clock1970");
		assertFalse(c.board.states().stream().anyMatch(s -> s.state() == BringUpState.ONLINE));
		assertTrue(c.board.errors().toString(), lastError("clock1970").startsWith("TIME "));
		assertTrue("attempts " + c.proxy.accepted(), c.proxy.accepted() <= MAX_BACKOFF_ATTEMPTS);
	}

	@Test
	public void wrongPassword_isAuthErrorWithLongBackoff() {
		Case c = c("wrongPassword");
		assertFalse(c.board.states().stream().anyMatch(s -> s.state() == BringUpState.ONLINE));
		assertTrue(c.board.errors().toString(), lastError("wrongPassword").startsWith("AUTH "));
		assertEquals("one attempt, then the long wait", 1, c.proxy.accepted());
	}

	@Test
	public void plainTcpWithPassword_isRefusedUnlessAllowed() {
		Case refused = c("plainPassword");
		assertEquals(BringUpState.HALTED, refused.board.state());
		assertTrue(refused.board.errors().toString(), lastError("plainPassword").startsWith("CONFIG ")
				&& lastError("plainPassword").contains("broker."));
		assertEquals("never connected", 0, refused.proxy.accepted());
		Case allowed = c("plainPasswordAllowed");
		assertEquals(allowed.board.errors().toString(), BringUpState.ONLINE, allowed.board.state());
	}

	@Test
	public void noOutputLine_carriesASecret() {
		List<String> leaks = new ArrayList<>();
		int lines = 0;
		for (Case c : CASES.values()) {
			for (String line : c.board.transcript()) {
				lines++;
				for (String secret : new String[] { PASSWORD, WRONG_PASSWORD, FaultBench.WIFI_SECRET }) {
					if (line.contains(secret)) {
						leaks.add(line);
					}
				}
			}
		}
		System.out.println("SecurityTest scanned " + lines + " output lines for 3 secrets");
		assertTrue("scanned something", lines > 50);
		assertTrue("secrets in output: " + leaks, leaks.isEmpty());
	}
}
