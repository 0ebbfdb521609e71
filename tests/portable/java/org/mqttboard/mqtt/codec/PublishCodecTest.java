/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mqttboard.mqtt.codec.Fixtures.bytes;
import static org.mqttboard.mqtt.codec.Fixtures.head;
import static org.mqttboard.mqtt.codec.Fixtures.string;
import static org.mqttboard.mqtt.codec.Fixtures.utf8;

import org.junit.Test;

public class PublishCodecTest {

	private static final byte[] TOPIC = utf8("a/b");
	private static final byte[] PAYLOAD = utf8("hi");
	private final PacketView view = new PacketView();
	private final byte[] buf = new byte[64];

	private int decode(byte[] packet) {
		return PublishCodec.decode(packet, 0, packet.length, this.view);
	}

	private int encode(int qos, boolean retain, boolean dup, int packetId) {
		return PublishCodec.encode(this.buf, 0, this.buf.length, TOPIC, 0, TOPIC.length, qos, retain, dup, packetId,
				PAYLOAD, 0, PAYLOAD.length);
	}

	@Test
	public void encode_qos0() {
		byte[] expected = bytes(
				0x30, // fixed header: PUBLISH, QoS 0
				0x07, // remaining length 7
				0x00, 0x03, 'a', '/', 'b', // topic "a/b"
				'h', 'i'); // payload
		assertEquals(9, encode(0, false, false, 0));
		assertArrayEquals(expected, head(this.buf, 9));
		assertEquals(9, PublishCodec.size(3, 0, 2));
	}

	@Test
	public void encode_qos2RetainDup() {
		byte[] expected = bytes(
				0x3D, // fixed header: PUBLISH, DUP, QoS 2, RETAIN
				0x09, // remaining length 9
				0x00, 0x03, 'a', '/', 'b', // topic "a/b"
				0xBE, 0xEF, // packet id 0xBEEF
				'h', 'i'); // payload
		assertEquals(11, encode(2, true, true, 0xBEEF));
		assertArrayEquals(expected, head(this.buf, 11));
	}

	@Test
	public void decode_ok_qos1() {
		byte[] packet = bytes(
				0x32, // fixed header: PUBLISH, QoS 1
				0x09, // remaining length 9
				0x00, 0x03, 'a', '/', 'b', // topic "a/b"
				0x00, 0x07, // packet id 7
				'h', 'i'); // payload
		assertEquals(11, decode(packet));
		assertSame(packet, this.view.buf);
		assertEquals(1, this.view.qos);
		assertFalse(this.view.retain);
		assertFalse(this.view.dup);
		assertEquals(7, this.view.packetId);
		assertEquals("a/b", string(packet, this.view.topicOff, this.view.topicLen));
		assertEquals("hi", string(packet, this.view.payloadOff, this.view.payloadLen));
		assertEquals(11, this.view.packetLength());
	}

	@Test
	public void decode_ok_qos0RetainEmptyPayload() {
		byte[] packet = bytes(
				0x31, // fixed header: PUBLISH, QoS 0, RETAIN
				0x03, // remaining length 3
				0x00, 0x01, 'x'); // topic "x", no payload
		assertEquals(5, decode(packet));
		assertTrue(this.view.retain);
		assertEquals(0, this.view.packetId);
		assertEquals(0, this.view.payloadLen);
		assertEquals(5, this.view.payloadOff);
	}

	@Test
	public void decode_malformed_qos3() {
		byte[] packet = bytes(
				0x36, // fixed header: PUBLISH, QoS 3 [MQTT-3.3.1-4]
				0x05, // remaining length 5
				0x00, 0x01, 'x', // topic
				0x00, 0x01); // packet id
		assertEquals(Status.MALFORMED_QOS, decode(packet));
	}

	@Test
	public void decode_malformed_dupOnQos0() {
		byte[] packet = bytes(
				0x38, // fixed header: PUBLISH, DUP, QoS 0 [MQTT-3.3.1-2]
				0x03, // remaining length 3
				0x00, 0x01, 'x'); // topic
		assertEquals(Status.MALFORMED_FLAGS, decode(packet));
	}

	@Test
	public void decode_malformed_zeroPacketId() {
		byte[] packet = bytes(
				0x34, // fixed header: PUBLISH, QoS 2
				0x05, // remaining length 5
				0x00, 0x01, 'x', // topic
				0x00, 0x00); // packet id 0 [MQTT-2.3.1-1]
		assertEquals(Status.MALFORMED_PACKET_ID, decode(packet));
	}

	@Test
	public void decode_malformed_wildcardInTopic() {
		byte[] packet = bytes(
				0x30, // fixed header: PUBLISH, QoS 0
				0x05, // remaining length 5
				0x00, 0x03, 'a', '/', '#'); // topic with a wildcard [MQTT-3.3.2-2]
		assertEquals(Status.MALFORMED_TOPIC, decode(packet));
	}

	@Test
	public void decode_malformed_emptyTopic() {
		byte[] packet = bytes(
				0x30, // fixed header: PUBLISH, QoS 0
				0x03, // remaining length 3
				0x00, 0x00, // topic length 0 [MQTT-4.7.3-1]
				'p'); // payload
		assertEquals(Status.MALFORMED_TOPIC, decode(packet));
	}

	@Test
	public void decode_malformed_topicNotUtf8() {
		byte[] packet = bytes(
				0x30, // fixed header: PUBLISH, QoS 0
				0x05, // remaining length 5
				0x00, 0x03, 0xED, 0xA0, 0x80); // topic: an encoded surrogate [MQTT-1.5.3-1]
		assertEquals(Status.MALFORMED_UTF8, decode(packet));
	}

	@Test
	public void decode_malformed_topicBeyondPacket() {
		byte[] packet = bytes(
				0x30, // fixed header: PUBLISH, QoS 0
				0x04, // remaining length 4
				0x00, 0x05, 'a', 'b', // topic length 5, only 2 bytes in the packet
				0x00, 0x00); // next packet's bytes, not part of this one
		assertEquals(Status.MALFORMED_LENGTH, decode(packet));
	}

	@Test
	public void decode_malformed_packetIdBeyondPacket() {
		byte[] packet = bytes(
				0x32, // fixed header: PUBLISH, QoS 1
				0x04, // remaining length 4
				0x00, 0x01, 'x', // topic
				0x00); // one byte of packet id
		assertEquals(Status.MALFORMED_LENGTH, decode(packet));
	}

	@Test
	public void decode_malformed_remainingLengthBelowTwo() {
		byte[] packet = bytes(
				0x30, // fixed header: PUBLISH
				0x01, // remaining length 1: no room for a topic length
				0x00);
		assertEquals(Status.MALFORMED_LENGTH, decode(packet));
	}

	@Test
	public void decode_protocolError_otherType() {
		assertEquals(Status.PROTOCOL_ERROR, decode(bytes(0x40, 0x02, 0x00, 0x01)));
	}

	@Test
	public void decode_needMore_onEveryPrefix() {
		int n = encode(1, false, false, 9);
		for (int len = 0; len < n; len++) {
			assertEquals(Status.NEED_MORE, PublishCodec.decode(this.buf, 0, len, this.view));
		}
		assertEquals(n, PublishCodec.decode(this.buf, 0, n, this.view));
	}

	@Test
	public void decodeHead_givesPacketIdBeforePayloadArrives() {
		byte[] packet = bytes(
				0x32, // fixed header: PUBLISH, QoS 1
				0x80, 0x01, // remaining length 128
				0x00, 0x01, 't', // topic "t"
				0x12, 0x34); // packet id 0x1234; 123 payload bytes not received yet
		assertEquals(8, PublishCodec.decodeHead(packet, 0, packet.length, this.view));
		assertEquals(0x1234, this.view.packetId);
		assertEquals(123, this.view.payloadLen);
		assertEquals(8, this.view.payloadOff);
		assertEquals(131, this.view.packetLength());
		assertEquals(Status.NEED_MORE, decode(packet));
		for (int len = 0; len < packet.length; len++) {
			assertEquals(Status.NEED_MORE, PublishCodec.decodeHead(packet, 0, len, this.view));
		}
	}

	@Test
	public void decodeHead_malformed_topicLongerThanPacket() {
		byte[] packet = bytes(
				0x30, // fixed header: PUBLISH, QoS 0
				0x03, // remaining length 3
				0x00, 0x09); // topic length 9 > remaining length
		assertEquals(Status.MALFORMED_LENGTH, PublishCodec.decodeHead(packet, 0, packet.length, this.view));
	}

	@Test
	public void encode_roundTrips_everyQosAndFlag() {
		for (int qos = 0; qos <= 2; qos++) {
			for (int flags = 0; flags < 4; flags++) {
				boolean retain = (flags & 1) != 0;
				boolean dup = qos > 0 && (flags & 2) != 0;
				int id = qos == 0 ? 0 : 65535;
				int n = encode(qos, retain, dup, id);
				assertEquals(n, PublishCodec.decode(this.buf, 0, n, this.view));
				assertEquals(qos, this.view.qos);
				assertEquals(retain, this.view.retain);
				assertEquals(dup, this.view.dup);
				assertEquals(id, this.view.packetId);
				assertEquals("a/b", string(this.buf, this.view.topicOff, this.view.topicLen));
				assertEquals("hi", string(this.buf, this.view.payloadOff, this.view.payloadLen));
			}
		}
	}

	@Test
	public void encode_roundTrips_largePayloadWithFourByteLength() {
		byte[] payload = new byte[2097152];
		payload[payload.length - 1] = 42;
		byte[] out = new byte[payload.length + 16];
		int n = PublishCodec.encode(out, 0, out.length, TOPIC, 0, 3, 1, false, false, 1, payload, 0, payload.length);
		assertEquals(1 + 4 + 2 + 3 + 2 + payload.length, n);
		assertEquals(n, PublishCodec.decode(out, 0, n, this.view));
		assertEquals(payload.length, this.view.payloadLen);
		assertEquals(42, out[this.view.payloadOff + this.view.payloadLen - 1]);
	}

	@Test
	public void encode_rejectsInvalidArguments() {
		assertEquals(Status.INVALID_QOS, encode(3, false, false, 1));
		assertEquals(Status.INVALID_QOS, encode(-1, false, false, 1));
		assertEquals(Status.INVALID_PACKET_ID, encode(0, false, false, 1));
		assertEquals(Status.INVALID_PACKET_ID, encode(1, false, false, 0));
		assertEquals(Status.INVALID_PACKET_ID, encode(1, false, false, 65536));
		assertEquals(Status.INVALID_ARGUMENT, encode(0, false, true, 0));
		byte[] wild = utf8("a/+");
		assertEquals(Status.INVALID_TOPIC, PublishCodec.encode(this.buf, 0, 64, wild, 0, 3, 0, false, false, 0,
				null, 0, 0));
		assertEquals(Status.INVALID_TOPIC, PublishCodec.encode(this.buf, 0, 64, wild, 0, 0, 0, false, false, 0,
				null, 0, 0));
		byte[] bad = bytes(0xFF);
		assertEquals(Status.INVALID_UTF8, PublishCodec.encode(this.buf, 0, 64, bad, 0, 1, 0, false, false, 0,
				null, 0, 0));
	}

	@Test
	public void encode_rejectsBadBoundsAndSizes() {
		assertEquals(Status.BAD_BOUNDS, PublishCodec.encode(this.buf, 0, 64, TOPIC, 1, 3, 0, false, false, 0,
				PAYLOAD, 0, 0));
		assertEquals(Status.BAD_BOUNDS, PublishCodec.encode(this.buf, 0, 64, TOPIC, 0, 3, 0, false, false, 0,
				PAYLOAD, 1, 2));
		assertEquals(Status.BAD_BOUNDS, PublishCodec.encode(this.buf, 0, 65, TOPIC, 0, 3, 0, false, false, 0,
				PAYLOAD, 0, 2));
		assertEquals(Status.BAD_BOUNDS, PublishCodec.remainingLength(-1, 0, 0));
		assertEquals(Status.BAD_BOUNDS, PublishCodec.remainingLength(1, 0, -1));
		assertEquals(Status.TOO_LARGE, PublishCodec.remainingLength(65536, 0, 0));
		assertEquals(Status.TOO_LARGE, PublishCodec.size(1, 1, FixedHeader.MAX_REMAINING_LENGTH - 4));
		assertEquals(FixedHeader.MAX_REMAINING_LENGTH, PublishCodec.remainingLength(1, 1,
				FixedHeader.MAX_REMAINING_LENGTH - 5));
		assertEquals(Status.INVALID_QOS, PublishCodec.size(1, 3, 0));
	}

	@Test
	public void encode_writesNothing_whenBufferTooSmall() {
		byte[] small = new byte[8];
		assertEquals(Status.BUFFER_TOO_SMALL, PublishCodec.encode(small, 0, 8, TOPIC, 0, 3, 0, false, false, 0,
				PAYLOAD, 0, 2));
		assertArrayEquals(new byte[8], small);
	}

	@Test
	public void setDup_marksQos1And2Only() {
		int n = encode(1, false, false, 5);
		assertEquals(Status.OK, PublishCodec.setDup(this.buf, 0));
		assertEquals(n, PublishCodec.decode(this.buf, 0, n, this.view));
		assertTrue(this.view.dup);
		encode(0, false, false, 0);
		assertEquals(Status.INVALID_ARGUMENT, PublishCodec.setDup(this.buf, 0));
		assertEquals(Status.INVALID_ARGUMENT, PublishCodec.setDup(bytes(0x36), 0));
		assertEquals(Status.INVALID_ARGUMENT, PublishCodec.setDup(bytes(0x42), 0));
		assertEquals(Status.BAD_BOUNDS, PublishCodec.setDup(this.buf, -1));
		assertEquals(Status.BAD_BOUNDS, PublishCodec.setDup(this.buf, 64));
	}
}
