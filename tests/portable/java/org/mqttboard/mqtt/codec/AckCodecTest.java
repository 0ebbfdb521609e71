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

public class AckCodecTest {

	private static final int[] ACKS = { PacketType.PUBACK, PacketType.PUBREC, PacketType.PUBREL, PacketType.PUBCOMP,
			PacketType.UNSUBACK };
	private final PacketView view = new PacketView();

	private int decode(byte[] packet) {
		return AckCodec.decode(packet, 0, packet.length, this.view);
	}

	@Test
	public void encode_pubrelHasFlags0010() {
		byte[] buf = new byte[4];
		byte[] expected = bytes(
				0x62, // fixed header: PUBREL, flags 0010 [MQTT-3.6.1-1]
				0x02, // remaining length 2
				0x01, 0x02); // packet id 0x0102
		assertEquals(4, AckCodec.encode(buf, 0, 4, PacketType.PUBREL, 0x0102));
		assertArrayEquals(expected, buf);
	}

	@Test
	public void decode_ok_puback() {
		byte[] packet = bytes(
				0x40, // fixed header: PUBACK
				0x02, // remaining length 2
				0xFF, 0xFF); // packet id 65535
		assertEquals(4, decode(packet));
		assertEquals(PacketType.PUBACK, this.view.type);
		assertEquals(65535, this.view.packetId);
	}

	@Test
	public void decode_malformed_pubrelWithoutFlags() {
		byte[] packet = bytes(
				0x60, // fixed header: PUBREL with flags 0000 (must be 0010)
				0x02, // remaining length 2
				0x00, 0x01); // packet id 1
		assertEquals(Status.MALFORMED_FLAGS, decode(packet));
	}

	@Test
	public void decode_malformed_zeroPacketId() {
		byte[] packet = bytes(
				0x50, // fixed header: PUBREC
				0x02, // remaining length 2
				0x00, 0x00); // packet id 0 [MQTT-2.3.1-1]
		assertEquals(Status.MALFORMED_PACKET_ID, decode(packet));
	}

	@Test
	public void decode_malformed_remainingLengthNotTwo() {
		byte[] packet = bytes(
				0x70, // fixed header: PUBCOMP
				0x03, // remaining length 3 (must be 2)
				0x00, 0x01, 0x00);
		assertEquals(Status.MALFORMED_LENGTH, decode(packet));
		assertEquals(Status.MALFORMED_LENGTH, decode(bytes(0x70, 0x82, 0x00, 0x00, 0x01))); // 2, not minimal
	}

	@Test
	public void decode_protocolError_forNonAckTypes() {
		assertEquals(Status.PROTOCOL_ERROR, decode(bytes(0x90, 0x02, 0x00, 0x01))); // SUBACK
		assertEquals(Status.PROTOCOL_ERROR, decode(bytes(0xD0, 0x00))); // PINGRESP
		assertEquals(Status.MALFORMED_TYPE, decode(bytes(0xF0, 0x02, 0x00, 0x01)));
	}

	@Test
	public void decode_needMore_andBadBounds() {
		byte[] packet = bytes(0xB0, 0x02, 0x00, 0x01);
		for (int len = 0; len < 4; len++) {
			assertEquals(Status.NEED_MORE, AckCodec.decode(packet, 0, len, this.view));
		}
		assertEquals(Status.BAD_BOUNDS, AckCodec.decode(packet, 2, 1, this.view));
	}

	@Test
	public void encode_roundTrips_everyAckType() {
		byte[] buf = new byte[6];
		for (int k = 0; k < ACKS.length; k++) {
			assertEquals(4, AckCodec.encode(buf, 2, 6, ACKS[k], 1000 + k));
			assertEquals(4, AckCodec.decode(buf, 2, 6, this.view));
			assertEquals(ACKS[k], this.view.type);
			assertEquals(1000 + k, this.view.packetId);
		}
		assertEquals(4, BrokerEncoder.unsubAck(buf, 0, 4, 77));
		assertEquals(4, AckCodec.decode(buf, 0, 4, this.view));
		assertEquals(PacketType.UNSUBACK, this.view.type);
	}

	@Test
	public void encode_rejectsInvalidArguments() {
		byte[] buf = new byte[4];
		assertEquals(Status.INVALID_ARGUMENT, AckCodec.encode(buf, 0, 4, PacketType.PUBLISH, 1));
		assertEquals(Status.INVALID_PACKET_ID, AckCodec.encode(buf, 0, 4, PacketType.PUBACK, 0));
		assertEquals(Status.INVALID_PACKET_ID, AckCodec.encode(buf, 0, 4, PacketType.PUBACK, 65536));
		assertEquals(Status.BUFFER_TOO_SMALL, AckCodec.encode(buf, 1, 4, PacketType.PUBACK, 1));
		assertEquals(Status.BAD_BOUNDS, AckCodec.encode(buf, 0, 5, PacketType.PUBACK, 1));
	}
}
