/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

import static org.junit.Assert.assertEquals;
import static org.mqttboard.mqtt.codec.Fixtures.bytes;

import org.junit.Test;

public class FixedHeaderTest {

	private final PacketView view = new PacketView();

	@Test
	public void remainingLength_roundTrips_atEveryEncodingBoundary() {
		int[] values = { 0, 1, 127, 128, 16383, 16384, 2097151, 2097152, FixedHeader.MAX_REMAINING_LENGTH };
		int[] sizes = { 1, 1, 1, 2, 2, 3, 3, 4, 4 };
		byte[] buf = new byte[5];
		for (int k = 0; k < values.length; k++) {
			assertEquals(sizes[k], FixedHeader.remainingLengthSize(values[k]));
			assertEquals(1 + sizes[k], FixedHeader.encode(buf, 0, 5, PacketType.PUBLISH, 0, values[k]));
			assertEquals(1 + sizes[k], FixedHeader.decode(buf, 0, 5, this.view));
			assertEquals(values[k], this.view.remainingLength);
			assertEquals(1 + sizes[k] + values[k], this.view.packetLength());
			assertEquals(1 + sizes[k] + values[k], FixedHeader.packetSize(values[k]));
		}
	}

	@Test
	public void decode_ok_maximumRemainingLength() {
		byte[] packet = bytes(
				0x30, // type PUBLISH, flags 0000
				0xFF, 0xFF, 0xFF, 0x7F); // remaining length 268,435,455
		assertEquals(5, FixedHeader.decode(packet, 0, packet.length, this.view));
		assertEquals(PacketType.PUBLISH, this.view.type);
		assertEquals(0, this.view.flags);
		assertEquals(FixedHeader.MAX_REMAINING_LENGTH, this.view.remainingLength);
		assertEquals(5, this.view.headerLength);
	}

	@Test
	public void decode_malformed_fiveLengthBytes() {
		byte[] packet = bytes(
				0x30, // type PUBLISH
				0xFF, 0xFF, 0xFF, 0xFF, // four continuation bytes
				0x01); // a fifth length byte
		assertEquals(Status.MALFORMED_REMAINING_LENGTH, FixedHeader.decode(packet, 0, packet.length, this.view));
	}

	@Test
	public void decode_malformed_nonMinimalLength() {
		byte[] packet = bytes(
				0xD0, // type PINGRESP
				0x80, 0x00); // remaining length 0 written in two bytes
		assertEquals(Status.MALFORMED_REMAINING_LENGTH, FixedHeader.decode(packet, 0, packet.length, this.view));
	}

	@Test
	public void decode_needMore_onEveryPrefix() {
		byte[] packet = bytes(
				0x30, // type PUBLISH
				0x80, 0x80, 0x01); // remaining length 16384
		for (int len = 0; len < packet.length; len++) {
			assertEquals(Status.NEED_MORE, FixedHeader.decode(packet, 0, len, this.view));
		}
		assertEquals(4, FixedHeader.decode(packet, 0, packet.length, this.view));
	}

	@Test
	public void decode_malformed_reservedTypes() {
		assertEquals(Status.MALFORMED_TYPE, FixedHeader.decode(bytes(0x00, 0x00), 0, 2, this.view));
		assertEquals(Status.MALFORMED_TYPE, FixedHeader.decode(bytes(0xF0, 0x00), 0, 2, this.view));
	}

	@Test
	public void decode_checksFlagBits_perType() {
		// [MQTT-2.2.2-2]: every non-PUBLISH type has fixed flags.
		for (int type = 1; type <= 14; type++) {
			int required = type == PacketType.PUBREL || type == PacketType.SUBSCRIBE || type == PacketType.UNSUBSCRIBE
					? 2 : 0;
			for (int flags = 0; flags < 16; flags++) {
				int expected;
				if (type == PacketType.PUBLISH) {
					int qos = (flags >> 1) & 3;
					expected = qos == 3 ? Status.MALFORMED_QOS
							: qos == 0 && (flags & 8) != 0 ? Status.MALFORMED_FLAGS : 2;
				} else {
					expected = flags == required ? 2 : Status.MALFORMED_FLAGS;
				}
				byte[] packet = bytes(type << 4 | flags, 0x00);
				assertEquals("type " + type + " flags " + flags, expected,
						FixedHeader.decode(packet, 0, 2, this.view));
			}
		}
	}

	@Test
	public void decode_respectsOffset() {
		byte[] buf = bytes(
				0xFF, 0xFF, // bytes before the packet, not read
				0x40, // type PUBACK
				0x02); // remaining length 2
		assertEquals(2, FixedHeader.decode(buf, 2, 4, this.view));
		assertEquals(PacketType.PUBACK, this.view.type);
	}

	@Test
	public void decode_badBounds_whenRangeOutsideBuffer() {
		byte[] buf = new byte[4];
		assertEquals(Status.BAD_BOUNDS, FixedHeader.decode(buf, -1, 2, this.view));
		assertEquals(Status.BAD_BOUNDS, FixedHeader.decode(buf, 3, 2, this.view));
		assertEquals(Status.BAD_BOUNDS, FixedHeader.decode(buf, 0, 5, this.view));
	}

	@Test
	public void encode_rejects_tooLargeOrNegativeLength() {
		byte[] buf = new byte[8];
		assertEquals(Status.TOO_LARGE, FixedHeader.encode(buf, 0, 8, 3, 0, FixedHeader.MAX_REMAINING_LENGTH + 1));
		assertEquals(Status.TOO_LARGE, FixedHeader.encode(buf, 0, 8, 3, 0, -1));
		assertEquals(Status.TOO_LARGE, FixedHeader.packetSize(-1));
	}

	@Test
	public void encode_rejects_smallBufferAndBadBounds() {
		byte[] buf = new byte[8];
		assertEquals(Status.BUFFER_TOO_SMALL, FixedHeader.encode(buf, 0, 2, 3, 0, 128));
		assertEquals(Status.BAD_BOUNDS, FixedHeader.encode(buf, 0, 9, 3, 0, 1));
	}
}
