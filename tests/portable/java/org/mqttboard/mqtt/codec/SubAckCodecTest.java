/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.mqttboard.mqtt.codec.Fixtures.bytes;

import org.junit.Test;
import org.mqttboard.mqtt.codec.broker.BrokerEncoder;

public class SubAckCodecTest {

	private final PacketView view = new PacketView();

	private int decode(byte[] packet) {
		return AckCodec.decodeSubAck(packet, 0, packet.length, this.view);
	}

	@Test
	public void decode_ok_everyReturnCode() {
		byte[] packet = bytes(
				0x90, // fixed header: SUBACK
				0x06, // remaining length 6
				0x00, 0x0A, // packet id 10
				0x00, // granted QoS 0
				0x01, // granted QoS 1
				0x02, // granted QoS 2
				0x80); // failure
		assertEquals(8, decode(packet));
		assertSame(packet, this.view.buf);
		assertEquals(10, this.view.packetId);
		assertEquals(4, this.view.count);
		assertEquals(0, this.view.returnCode(0));
		assertEquals(1, this.view.returnCode(1));
		assertEquals(2, this.view.returnCode(2));
		assertEquals(AckCodec.FAILURE, this.view.returnCode(3));
	}

	@Test
	public void decode_malformed_reservedReturnCode() {
		byte[] packet = bytes(
				0x90, // fixed header: SUBACK
				0x04, // remaining length 4
				0x00, 0x01, // packet id 1
				0x01, // granted QoS 1
				0x03); // reserved return code [MQTT-3.9.3-2]
		assertEquals(Status.MALFORMED_RETURN_CODE, decode(packet));
		packet[5] = (byte) 0x81;
		assertEquals(Status.MALFORMED_RETURN_CODE, decode(packet));
	}

	@Test
	public void decode_malformed_noReturnCode() {
		byte[] packet = bytes(
				0x90, // fixed header: SUBACK
				0x02, // remaining length 2
				0x00, 0x01); // packet id 1, no return codes
		assertEquals(Status.MALFORMED_EMPTY, decode(packet));
	}

	@Test
	public void decode_malformed_noPacketId() {
		byte[] packet = bytes(
				0x90, // fixed header: SUBACK
				0x01, // remaining length 1
				0x00); // half a packet id
		assertEquals(Status.MALFORMED_LENGTH, decode(packet));
	}

	@Test
	public void decode_malformed_zeroPacketId() {
		byte[] packet = bytes(
				0x90, // fixed header: SUBACK
				0x03, // remaining length 3
				0x00, 0x00, // packet id 0 [MQTT-2.3.1-1]
				0x00); // granted QoS 0
		assertEquals(Status.MALFORMED_PACKET_ID, decode(packet));
	}

	@Test
	public void decode_malformed_flags_andOtherType() {
		assertEquals(Status.MALFORMED_FLAGS, decode(bytes(0x92, 0x03, 0x00, 0x01, 0x00)));
		assertEquals(Status.PROTOCOL_ERROR, decode(bytes(0xB0, 0x02, 0x00, 0x01)));
	}

	@Test
	public void decode_needMore_onEveryPrefix() {
		byte[] buf = new byte[16];
		int n = BrokerEncoder.subAck(buf, 0, buf.length, 9, new int[] { 1, 0x80 }, 2);
		for (int len = 0; len < n; len++) {
			assertEquals(Status.NEED_MORE, AckCodec.decodeSubAck(buf, 0, len, this.view));
		}
		assertEquals(n, AckCodec.decodeSubAck(buf, 0, n, this.view));
		assertEquals(9, this.view.packetId);
		assertEquals(2, this.view.count);
		assertEquals(0x80, this.view.returnCode(1));
	}
}
