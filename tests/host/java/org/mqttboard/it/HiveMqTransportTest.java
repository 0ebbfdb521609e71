/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.Random;

import org.junit.BeforeClass;
import org.junit.Test;
import org.mqttboard.mqtt.transport.Transport;

/**
 * The device-bound connector and transport against HiveMQ CE embedded (a second, independent broker):
 * plain and TLS with the generated PKI ({@link SharedHiveMq}), the authentication extension, TLS failures reported by kind.
 */
public class HiveMqTransportTest extends TransportTestBase {

	private static TestPki pki;
	private static HiveMqRig broker;

	@BeforeClass
	public static void startBroker() throws Exception {
		broker = SharedHiveMq.broker();
		pki = SharedHiveMq.pki();
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
		return 10_000;
	}

	@Override
	protected String brokerLog() {
		return "";
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
}
