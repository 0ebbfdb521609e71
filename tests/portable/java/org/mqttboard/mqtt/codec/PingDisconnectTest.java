/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.mqttboard.mqtt.codec.Fixtures.bytes;

import org.junit.Test;
import org.mqttboard.mqtt.codec.broker.BrokerEncoder;

public class PingDisconnectTest {

	@Test
	public void encode_pingreq() {
		byte[] buf = new byte[2];
		assertEquals(2, FixedHeader.encode(buf, 0, 2, PacketType.PINGREQ, 0, 0));
		assertArrayEquals(bytes(
				0xC0, // fixed header: PINGREQ
				0x00), // remaining length 0
				buf);
		assertEquals(Status.BUFFER_TOO_SMALL, FixedHeader.encode(buf, 1, 2, PacketType.PINGREQ, 0, 0));
	}

	@Test
	public void encode_disconnect() {
		byte[] buf = new byte[2];
		assertEquals(2, FixedHeader.encode(buf, 0, 2, PacketType.DISCONNECT, 0, 0));
		assertArrayEquals(bytes(
				0xE0, // fixed header: DISCONNECT
				0x00), // remaining length 0
				buf);
		assertEquals(Status.BAD_BOUNDS, FixedHeader.encode(buf, 0, 3, PacketType.DISCONNECT, 0, 0));
	}

	@Test
	public void decode_ok_pingresp() {
		byte[] packet = bytes(
				0xD0, // fixed header: PINGRESP
				0x00); // remaining length 0
		assertEquals(2, AckCodec.decodePingResp(packet, 0, 2));
		byte[] buf = new byte[2];
		assertEquals(2, BrokerEncoder.pingResp(buf, 0, 2));
		assertEquals(2, AckCodec.decodePingResp(buf, 0, 2));
	}

	@Test
	public void decode_malformed_pingrespWithBody() {
		byte[] packet = bytes(
				0xD0, // fixed header: PINGRESP
				0x01, // remaining length 1 (must be 0)
				0x00);
		assertEquals(Status.MALFORMED_LENGTH, AckCodec.decodePingResp(packet, 0, 3));
	}

	@Test
	public void decode_malformed_pingrespFlags_otherTypes_andPrefixes() {
		assertEquals(Status.MALFORMED_FLAGS, AckCodec.decodePingResp(bytes(0xD1, 0x00), 0, 2));
		assertEquals(Status.PROTOCOL_ERROR, AckCodec.decodePingResp(bytes(0xC0, 0x00), 0, 2));
		assertEquals(Status.NEED_MORE, AckCodec.decodePingResp(bytes(0xD0, 0x00), 0, 1));
		assertEquals(Status.NEED_MORE, AckCodec.decodePingResp(bytes(0xD0, 0x00), 0, 0));
		assertEquals(Status.BAD_BOUNDS, AckCodec.decodePingResp(bytes(0xD0, 0x00), 0, 3));
	}
}
