/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mqttboard.mqtt.codec.Fixtures.bytes;
import static org.mqttboard.mqtt.codec.Fixtures.head;
import static org.mqttboard.mqtt.codec.Fixtures.string;
import static org.mqttboard.mqtt.codec.Fixtures.utf8;

import org.junit.Before;
import org.junit.Test;
import org.mqttboard.mqtt.codec.broker.BrokerConnectDecoder;
import org.mqttboard.mqtt.codec.broker.ConnectView;

public class ConnectCodecTest {

	private ConnectOptions options;
	private final byte[] buf = new byte[256];

	@Before
	public void setUp() {
		this.options = new ConnectOptions();
		this.options.clientId = utf8("dev1");
		this.options.keepAliveSeconds = 60;
	}

	private byte[] encode() {
		int n = ConnectCodec.encode(this.buf, 0, this.buf.length, this.options);
		assertTrue(Status.name(n), n > 0);
		assertEquals(n, ConnectCodec.size(this.options));
		return head(this.buf, n);
	}

	@Test
	public void encode_minimal311() {
		byte[] expected = bytes(
				0x10, // fixed header: CONNECT, flags 0000
				0x10, // remaining length 16
				0x00, 0x04, 'M', 'Q', 'T', 'T', // protocol name "MQTT"
				0x04, // protocol level 4 (3.1.1)
				0x02, // connect flags: clean session
				0x00, 0x3C, // keep-alive 60 s
				0x00, 0x04, 'd', 'e', 'v', '1'); // client id "dev1"
		assertArrayEquals(expected, encode());
	}

	@Test
	public void encode_allFields311() {
		this.options.cleanSession = false;
		this.options.keepAliveSeconds = 0x1234;
		this.options.willTopic = utf8("w");
		this.options.willPayload = bytes(0xAA);
		this.options.willQos = 2;
		this.options.willRetain = true;
		this.options.username = utf8("u");
		this.options.password = bytes(0x00, 0xFF);
		byte[] expected = bytes(
				0x10, // fixed header: CONNECT
				0x1D, // remaining length 29
				0x00, 0x04, 'M', 'Q', 'T', 'T', // protocol name "MQTT"
				0x04, // protocol level 4
				0xF4, // flags: user name, password, will retain, will QoS 2, will; no clean session
				0x12, 0x34, // keep-alive 0x1234 s
				0x00, 0x04, 'd', 'e', 'v', '1', // client id
				0x00, 0x01, 'w', // will topic
				0x00, 0x01, 0xAA, // will payload
				0x00, 0x01, 'u', // user name
				0x00, 0x02, 0x00, 0xFF); // password (binary)
		assertArrayEquals(expected, encode());
	}

	@Test
	public void encode_minimal31_usesMQIsdpLevel3() {
		this.options.protocolLevel = ConnectOptions.LEVEL_3_1;
		this.options.willTopic = utf8("w");
		byte[] expected = bytes(
				0x10, // fixed header: CONNECT
				0x17, // remaining length 23
				0x00, 0x06, 'M', 'Q', 'I', 's', 'd', 'p', // protocol name "MQIsdp"
				0x03, // protocol level 3 (3.1)
				0x06, // flags: will (QoS 0), clean session
				0x00, 0x3C, // keep-alive 60 s
				0x00, 0x04, 'd', 'e', 'v', '1', // client id
				0x00, 0x01, 'w', // will topic
				0x00, 0x00); // empty will payload
		assertArrayEquals(expected, encode());
	}

	@Test
	public void encode_roundTripsThroughBrokerDecoder() {
		this.options.cleanSession = false;
		this.options.willTopic = utf8("status/dev1");
		this.options.willPayload = utf8("offline");
		this.options.willQos = 1;
		this.options.username = utf8("user");
		this.options.password = utf8("secret");
		byte[] packet = encode();
		ConnectView v = new ConnectView();
		assertEquals(packet.length, new BrokerConnectDecoder().decode(packet, 0, packet.length, v));
		assertEquals(4, v.protocolLevel);
		assertFalse(v.cleanSession);
		assertEquals(60, v.keepAliveSeconds);
		assertEquals("dev1", string(packet, v.clientIdOff, v.clientIdLen));
		assertTrue(v.will);
		assertEquals(1, v.willQos);
		assertFalse(v.willRetain);
		assertEquals("status/dev1", string(packet, v.willTopicOff, v.willTopicLen));
		assertEquals("offline", string(packet, v.willPayloadOff, v.willPayloadLen));
		assertEquals("user", string(packet, v.usernameOff, v.usernameLen));
		assertEquals("secret", string(packet, v.passwordOff, v.passwordLen));
	}

	@Test
	public void encode_emptyClientId_allowedWithCleanSession311() {
		this.options.clientId = new byte[0];
		assertEquals(14, encode().length);
		this.options.cleanSession = false;
		// [MQTT-3.1.3-7]
		assertEquals(Status.INVALID_CLIENT_ID, ConnectCodec.check(this.options));
	}

	@Test
	public void check_rejects31ClientIdOutside1To23Bytes() {
		this.options.protocolLevel = ConnectOptions.LEVEL_3_1;
		this.options.clientId = utf8("12345678901234567890123");
		assertEquals(Status.OK, ConnectCodec.check(this.options));
		this.options.clientId = utf8("123456789012345678901234");
		assertEquals(Status.INVALID_CLIENT_ID, ConnectCodec.check(this.options));
		this.options.clientId = new byte[0];
		assertEquals(Status.INVALID_CLIENT_ID, ConnectCodec.check(this.options));
	}

	@Test
	public void check_rejectsBadClientId() {
		this.options.clientId = null;
		assertEquals(Status.INVALID_CLIENT_ID, ConnectCodec.check(this.options));
		this.options.clientId = bytes('a', 0x00);
		assertEquals(Status.INVALID_UTF8, ConnectCodec.check(this.options));
		this.options.clientId = new byte[65536];
		assertEquals(Status.TOO_LARGE, ConnectCodec.check(this.options));
	}

	@Test
	public void check_rejectsPasswordWithoutUserName() {
		// [MQTT-3.1.2-22]
		this.options.password = utf8("p");
		assertEquals(Status.INVALID_CREDENTIALS, ConnectCodec.check(this.options));
		assertEquals(Status.INVALID_CREDENTIALS, ConnectCodec.encode(this.buf, 0, this.buf.length, this.options));
	}

	@Test
	public void check_acceptsUserNameWithoutPassword() {
		this.options.username = utf8("u");
		byte[] packet = encode();
		assertEquals(0x82, packet[9] & 0xFF); // flags: user name, clean session
	}

	@Test
	public void check_rejectsBadCredentials() {
		this.options.username = bytes(0xC0, 0x80);
		assertEquals(Status.INVALID_UTF8, ConnectCodec.check(this.options));
		this.options.username = new byte[65536];
		assertEquals(Status.TOO_LARGE, ConnectCodec.check(this.options));
		this.options.username = utf8("u");
		this.options.password = new byte[65536];
		assertEquals(Status.TOO_LARGE, ConnectCodec.check(this.options));
	}

	@Test
	public void check_rejectsWillSettingsWithoutWill() {
		// [MQTT-3.1.2-13], [MQTT-3.1.2-15]
		this.options.willQos = 1;
		assertEquals(Status.INVALID_WILL, ConnectCodec.check(this.options));
		this.options.willQos = 0;
		this.options.willRetain = true;
		assertEquals(Status.INVALID_WILL, ConnectCodec.check(this.options));
		this.options.willRetain = false;
		this.options.willPayload = bytes(1);
		assertEquals(Status.INVALID_WILL, ConnectCodec.check(this.options));
	}

	@Test
	public void check_rejectsBadWill() {
		this.options.willTopic = utf8("w/+");
		assertEquals(Status.INVALID_TOPIC, ConnectCodec.check(this.options));
		this.options.willTopic = utf8("w");
		this.options.willQos = 3;
		assertEquals(Status.INVALID_QOS, ConnectCodec.check(this.options));
		this.options.willQos = -1;
		assertEquals(Status.INVALID_QOS, ConnectCodec.check(this.options));
		this.options.willQos = 0;
		this.options.willPayload = new byte[65536];
		assertEquals(Status.TOO_LARGE, ConnectCodec.check(this.options));
		this.options.willPayload = null;
		this.options.willTopic = new byte[65536];
		assertEquals(Status.TOO_LARGE, ConnectCodec.check(this.options));
	}

	@Test
	public void check_rejectsLevelAndKeepAliveOutOfRange() {
		this.options.protocolLevel = 5;
		assertEquals(Status.INVALID_PROTOCOL_LEVEL, ConnectCodec.check(this.options));
		assertEquals(Status.INVALID_PROTOCOL_LEVEL, ConnectCodec.size(this.options));
		this.options.protocolLevel = ConnectOptions.LEVEL_3_1_1;
		this.options.keepAliveSeconds = 65536;
		assertEquals(Status.INVALID_KEEP_ALIVE, ConnectCodec.check(this.options));
		this.options.keepAliveSeconds = -1;
		assertEquals(Status.INVALID_KEEP_ALIVE, ConnectCodec.check(this.options));
	}

	@Test
	public void encode_writesNothing_whenBufferTooSmall() {
		byte[] small = new byte[17];
		assertEquals(Status.BUFFER_TOO_SMALL, ConnectCodec.encode(small, 0, small.length, this.options));
		assertArrayEquals(new byte[17], small);
		assertEquals(Status.BAD_BOUNDS, ConnectCodec.encode(small, 0, 18, this.options));
		assertEquals(18, ConnectCodec.encode(new byte[18], 0, 18, this.options));
	}
}
