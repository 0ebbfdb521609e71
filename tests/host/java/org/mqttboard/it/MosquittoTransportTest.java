/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mqttboard.mqtt.transport.Endpoint;
import org.mqttboard.mqtt.transport.NativeTlsPolicy;
import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.mqtt.transport.Transport;
import org.mqttboard.mqtt.transport.TransportError;

/**
 * The device-bound {@link SocketConnector}/{@code SocketTransport} against a real mosquitto: plain and TLS
 * listeners, the generated test PKI, a password file, no anonymous access.
 */
public class MosquittoTransportTest extends TransportTestBase {

	private static final int BUDGET_MS = 5000;
	private static TestPki pki;
	private static MosquittoRig broker;

	@BeforeClass
	public static void startBroker() throws Exception {
		Assume.assumeTrue("mosquitto is not installed (./run-tests installs it)", MosquittoRig.available());
		pki = TestPki.create();
		broker = MosquittoRig.builder().plain(true).tls("tls", pki.server).tls("wrong-host", pki.wrongHost)
				.tls("expired", pki.expired).tls("not-yet-valid", pki.notYetValid).user("board", "s3cret")
				.allowAnonymous(false).start();
	}

	@Override
	protected int port(String listener) {
		return broker.port(listener);
	}

	@Override
	protected TestPki pki() {
		return pki;
	}

	@Override
	protected int budgetMillis() {
		return BUDGET_MS;
	}

	@Override
	protected String brokerLog() {
		return broker.log();
	}

	@AfterClass
	public static void stopBroker() {
		if (broker != null) {
			broker.close();
		}
		if (pki != null) {
			pki.delete();
		}
	}

	@Test
	public void plain_connectGetsConnackAccepted_withRightPassword() {
		Transport t = openOk(Connectors.plain("localhost", broker.port("plain")));
		assertEquals(0, RawMqtt.connectAndGetReturnCode(t, "plain-ok", "board", "s3cret"));
	}

	@Test
	public void plain_connackRefusesCredentials_withWrongPassword() {
		Transport t = openOk(Connectors.plain("localhost", broker.port("plain")));
		// 3.1.1 return code 5 = not authorized; mosquitto answers it for a bad password.
		assertEquals(5, RawMqtt.connectAndGetReturnCode(t, "plain-bad", "board", "wrong"));
	}

	@Test
	public void tls_handshakesAndExchangesConnack_withGeneratedCa() {
		Transport t = openOk(Connectors.tls("localhost", broker.port("tls"), pki.caResource(), true));
		assertEquals(0, RawMqtt.connectAndGetReturnCode(t, "tls-ok", "board", "s3cret"));
	}

	@Test
	public void tls_roundTripsLargePublish_readingOneByteAtATime() {
		Transport t = openOk(Connectors.tls("localhost", broker.port("tls"), pki.caResource(), true));
		assertEquals(0, RawMqtt.connectAndGetReturnCode(t, "tls-bytes", "board", "s3cret"));
		RawMqtt.writeAll(t, RawMqtt.subscribe("it/bytes"));
		byte[] suback = RawMqtt.readExactly(t, 5, 1, 5000);
		assertEquals(0x90, suback[0] & 0xFF);
		byte[] payload = new byte[40_000]; // spans several TLS records
		new Random(7).nextBytes(payload);
		byte[] publish = RawMqtt.publish("it/bytes", payload);
		RawMqtt.writeAll(t, publish);
		byte[] echoed = RawMqtt.readExactly(t, publish.length, 1, 20_000);
		assertArrayEquals(publish, echoed);
	}

	@Test
	public void plain_roundTripsPublish_readingOneByteAtATime() {
		Transport t = openOk(Connectors.plain("localhost", broker.port("plain")));
		assertEquals(0, RawMqtt.connectAndGetReturnCode(t, "plain-bytes", "board", "s3cret"));
		RawMqtt.writeAll(t, RawMqtt.subscribe("it/plain"));
		assertEquals(0x90, RawMqtt.readExactly(t, 5, 1, 5000)[0] & 0xFF);
		byte[] publish = RawMqtt.publish("it/plain", "hello".getBytes(StandardCharsets.UTF_8));
		RawMqtt.writeAll(t, publish);
		assertArrayEquals(publish, RawMqtt.readExactly(t, publish.length, 1, 5000));
	}

	@Test
	public void tls_wrongHostName_connects_whenVerificationExplicitlyOff() {
		Transport t = openOk(Connectors.tls("localhost", broker.port("wrong-host"), pki.caResource(), false));
		assertEquals(0, RawMqtt.connectAndGetReturnCode(t, "tls-noverify", "board", "s3cret"));
	}

	@Test
	public void tls_notYetValidCertificate_reportsCertDate() {
		assertOpenFails(TransportError.TLS_CERT_DATE,
				Connectors.tls("localhost", broker.port("not-yet-valid"), pki.caResource(), true));
	}

	@Test
	public void tls_ipLiteralWithVerification_reportsBadSettings() {
		assertOpenFails(TransportError.BAD_SETTINGS,
				Connectors.tls("127.0.0.1", broker.port("tls"), pki.caResource(), true));
	}

	@Test
	public void tls_missingCaResource_reportsCaResource() {
		assertOpenFails(TransportError.TLS_CA_RESOURCE,
				Connectors.tls("localhost", broker.port("tls"), "/no/such/ca.pem", true));
	}

	@Test
	public void nativePolicy_onJdk_doesNotCheckHostName_whichIsWhyTheHostPolicyExists() {
		// On MicroEJ the native layer checks the name; a raw JDK SSLSocket does not. This pins that gap down.
		SocketConnector connector = new SocketConnector(
				new Endpoint("localhost", broker.port("wrong-host"), true, new String[] { pki.caResource() },
						new String[0], true, null, null),
				new NativeTlsPolicy(), SocketConnector.DEFAULT_POLL_MILLIS,
				SocketConnector.DEFAULT_IDLE_PROBE_MILLIS, null);
		openOk(connector);
	}

	@Test
	public void open_reusesTransportObject_andClosesPreviousLink() {
		SocketConnector connector = Connectors.tls("localhost", broker.port("tls"), pki.caResource(), true);
		Transport first = openOk(connector);
		assertEquals(0, RawMqtt.connectAndGetReturnCode(first, "reuse-1", "board", "s3cret"));
		Transport second = openOk(connector);
		assertSame(first, second);
		assertEquals(0, RawMqtt.connectAndGetReturnCode(second, "reuse-2", "board", "s3cret"));
	}

	@Test
	public void refusedPort_reportsRefused() throws Exception {
		assertOpenFails(TransportError.REFUSED, Connectors.plain("localhost", Rigs.freePort()));
	}

	@Test
	public void unknownHost_reportsUnknownHost() {
		assertOpenFails(TransportError.UNKNOWN_HOST, Connectors.plain("broker.mqttboard.invalid", 1883));
	}

	@Test
	public void tls_frozenBroker_reportsTimeoutWithinBudget() {
		SocketConnector connector = Connectors.tls("localhost", broker.port("tls"), pki.caResource(), true);
		broker.freeze(); // the kernel still accepts TCP, but no ServerHello ever comes
		try {
			long start = System.nanoTime();
			assertNull(connector.open(800));
			long elapsedMs = (System.nanoTime() - start) / 1_000_000;
			assertEquals(TransportError.name(TransportError.TIMEOUT), TransportError.name(connector.lastError()));
			assertTrue("took " + elapsedMs + " ms", elapsedMs < 800 + 3000);
		} finally {
			broker.thaw();
		}
	}

	@Test
	public void read_returnsMinusOne_afterBrokerClosesLink() {
		Transport t = openOk(Connectors.plain("localhost", broker.port("plain")));
		// A reserved packet type 0 as first packet: the broker must close the connection [MQTT-3.1.0-1].
		RawMqtt.writeAll(t, new byte[] { 0x00, 0x00 });
		byte[] buf = new byte[16];
		int n = 0;
		long deadline = System.currentTimeMillis() + 5000;
		while (n >= 0 && System.currentTimeMillis() < deadline) {
			n = t.read(buf, 0, buf.length);
		}
		assertTrue("read should report the close", n < 0);
		assertTrue("write after close fails", t.write(buf, 0, 1) < 0);
		t.close();
		t.close(); // idempotent
	}

	@Test
	public void read_returnsZero_whileBrokerIsFrozen_thenDataAfterThaw() {
		Transport t = openOk(Connectors.plain("localhost", broker.port("plain")));
		broker.freeze();
		try {
			RawMqtt.writeAll(t, RawMqtt.connect("frozen", "board", "s3cret"));
			byte[] buf = new byte[4];
			for (int i = 0; i < 20; i++) {
				assertEquals("a frozen broker sends nothing", 0, t.read(buf, 0, 4));
			}
		} finally {
			broker.thaw();
		}
		byte[] connack = RawMqtt.readExactly(t, 4, 4, 5000);
		assertEquals(0x20, connack[0]);
	}
}
