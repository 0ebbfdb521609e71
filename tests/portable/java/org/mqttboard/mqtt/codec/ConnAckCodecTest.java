/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mqttboard.mqtt.codec.Fixtures.bytes;

import org.junit.Test;
import org.mqttboard.mqtt.codec.broker.BrokerEncoder;

public class ConnAckCodecTest {

	private static final int V311 = ConnectOptions.LEVEL_3_1_1;
	private static final int V31 = ConnectOptions.LEVEL_3_1;
	private final PacketView view = new PacketView();

	private int decode(byte[] packet, int level) {
		return AckCodec.decodeConnAck(packet, 0, packet.length, level, this.view);
	}

	@Test
	public void decode_ok_acceptedWithSessionPresent() {
		byte[] packet = bytes(
				0x20, // fixed header: CONNACK
				0x02, // remaining length 2
				0x01, // acknowledge flags: session present
				0x00); // return code 0: accepted
		assertEquals(4, decode(packet, V311));
		assertTrue(this.view.sessionPresent);
		assertEquals(AckCodec.ACCEPTED, this.view.returnCode);
	}

	@Test
	public void decode_ok_refusedBadCredentials() {
		byte[] packet = bytes(
				0x20, // fixed header: CONNACK
				0x02, // remaining length 2
				0x00, // acknowledge flags: none
				0x04); // return code 4: bad user name or password
		assertEquals(4, decode(packet, V311));
		assertFalse(this.view.sessionPresent);
		assertEquals(AckCodec.REFUSED_BAD_CREDENTIALS, this.view.returnCode);
	}

	@Test
	public void decode_malformed_reservedAcknowledgeFlags() {
		byte[] packet = bytes(
				0x20, // fixed header: CONNACK
				0x02, // remaining length 2
				0x02, // acknowledge flags: reserved bit 1 set [MQTT-3.2.2-1]
				0x00); // return code 0
		assertEquals(Status.MALFORMED_RESERVED, decode(packet, V311));
	}

	@Test
	public void decode_ok_31IgnoresFirstByte() {
		byte[] packet = bytes(
				0x20, // fixed header: CONNACK
				0x02, // remaining length 2
				0x03, // MQTT 3.1: unused byte
				0x00); // return code 0
		assertEquals(4, decode(packet, V31));
		assertFalse(this.view.sessionPresent);
	}

	@Test
	public void decode_malformed_sessionPresentWithRefusal() {
		byte[] packet = bytes(
				0x20, // fixed header: CONNACK
				0x02, // remaining length 2
				0x01, // session present
				0x05); // return code 5: not authorized; [MQTT-3.2.2-4] needs session present 0
		assertEquals(Status.MALFORMED_RESERVED, decode(packet, V311));
	}

	@Test
	public void decode_malformed_reservedReturnCode() {
		byte[] packet = bytes(
				0x20, // fixed header: CONNACK
				0x02, // remaining length 2
				0x00, // acknowledge flags
				0x06); // return code 6: reserved
		assertEquals(Status.MALFORMED_RETURN_CODE, decode(packet, V311));
		assertEquals(Status.MALFORMED_RETURN_CODE, decode(packet, V31));
	}

	@Test
	public void decode_malformed_wrongRemainingLength() {
		byte[] packet = bytes(
				0x20, // fixed header: CONNACK
				0x03, // remaining length 3 (must be 2)
				0x00, 0x00, 0x00);
		assertEquals(Status.MALFORMED_LENGTH, decode(packet, V311));
	}

	@Test
	public void decode_malformed_flagBits() {
		byte[] packet = bytes(
				0x21, // fixed header: CONNACK with flags 0001 [MQTT-2.2.2-2]
				0x02, 0x00, 0x00);
		assertEquals(Status.MALFORMED_FLAGS, decode(packet, V311));
	}

	@Test
	public void decode_protocolError_otherType() {
		assertEquals(Status.PROTOCOL_ERROR, decode(bytes(0x40, 0x02, 0x00, 0x01), V311));
	}

	@Test
	public void decode_needMore_onPrefixes_andBadBounds() {
		byte[] packet = bytes(0x20, 0x02, 0x00, 0x00);
		for (int len = 0; len < 4; len++) {
			assertEquals(Status.NEED_MORE, AckCodec.decodeConnAck(packet, 0, len, V311, this.view));
		}
		assertEquals(Status.BAD_BOUNDS, AckCodec.decodeConnAck(packet, 0, 5, V311, this.view));
	}

	@Test
	public void decode_roundTrips_everyReturnCode() {
		byte[] buf = new byte[4];
		for (int code = 0; code <= 5; code++) {
			assertEquals(4, BrokerEncoder.connAck(buf, 0, 4, code == 0, code));
			assertEquals(4, decode(buf, V311));
			assertEquals(code, this.view.returnCode);
			assertEquals(code == 0, this.view.sessionPresent);
		}
	}
}
