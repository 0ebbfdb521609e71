/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.util.Random;

import org.junit.After;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.mqtt.transport.Transport;
import org.mqttboard.mqtt.transport.TransportError;

/**
 * The device-bound connector and transport against HiveMQ CE embedded (a second, independent broker):
 * plain and TLS with the generated PKI ({@link SharedHiveMq}), the authentication extension, TLS failures reported by kind.
 */
public class HiveMqTransportTest {

	private static TestPki pki;
	private static HiveMqRig broker;
	private Transport open;

	@BeforeClass
	public static void startBroker() throws Exception {
		broker = SharedHiveMq.broker();
		pki = SharedHiveMq.pki();
	}

	@After
	public void closeLink() {
		if (this.open != null) {
			this.open.close();
		}
	}

	private Transport openOk(SocketConnector connector) {
		Transport t = connector.open(10_000);
		assertNotNull("open failed: " + TransportError.name(connector.lastError()) + " "
				+ connector.lastErrorDetail(), t);
		this.open = t;
		return t;
	}

	private static void assertOpenFails(int expected, SocketConnector connector) {
		assertNull(connector.open(10_000));
		assertEquals("detail: " + connector.lastErrorDetail(), TransportError.name(expected),
				TransportError.name(connector.lastError()));
	}

	@Test
	public void plain_connackAccepted_withRightPassword() {
		Transport t = openOk(Connectors.plain("localhost", broker.port("plain")));
		assertEquals(0, RawMqtt.connectAndGetReturnCode(t, "hive-plain", "board", "s3cret"));
	}

	@Test
	public void plain_connackRefusesCredentials_withWrongPassword() {
		Transport t = openOk(Connectors.plain("localhost", broker.port("plain")));
		// HiveMQ maps BAD_USER_NAME_OR_PASSWORD to the 3.1.1 return code 4.
		assertEquals(4, RawMqtt.connectAndGetReturnCode(t, "hive-bad", "board", "nope"));
	}

	@Test
	public void tls_connackAccepted_andLargePublishRoundTrips_readingOneByteAtATime() {
		Transport t = openOk(Connectors.tls("localhost", broker.port("tls"), pki.caResource(), true));
		assertEquals(0, RawMqtt.connectAndGetReturnCode(t, "hive-tls", "board", "s3cret"));
		RawMqtt.writeAll(t, RawMqtt.subscribe("it/hive"));
		assertEquals(0x90, RawMqtt.readExactly(t, 5, 1, 10_000)[0] & 0xFF);
		byte[] payload = new byte[20_000];
		new Random(11).nextBytes(payload);
		byte[] publish = RawMqtt.publish("it/hive", payload);
		RawMqtt.writeAll(t, publish);
		assertArrayEquals(publish, RawMqtt.readExactly(t, publish.length, 1, 20_000));
	}

	@Test
	public void tls_unknownCa_reportsUntrusted() {
		assertOpenFails(TransportError.TLS_UNTRUSTED,
				Connectors.tls("localhost", broker.port("tls"), pki.otherCaResource(), true));
	}

	@Test
	public void tls_wrongHostName_reportsHostname() {
		assertOpenFails(TransportError.TLS_HOSTNAME,
				Connectors.tls("localhost", broker.port("wrong-host"), pki.caResource(), true));
	}

	@Test
	public void tls_expiredCertificate_reportsCertDate() {
		assertOpenFails(TransportError.TLS_CERT_DATE,
				Connectors.tls("localhost", broker.port("expired"), pki.caResource(), true));
	}

	@Test
	public void tls_ipLiteral_connects_whenVerificationExplicitlyOff() {
		Transport t = openOk(Connectors.tls("127.0.0.1", broker.port("tls"), pki.caResource(), false));
		assertEquals(0, RawMqtt.connectAndGetReturnCode(t, "hive-ip", "board", "s3cret"));
	}
}
