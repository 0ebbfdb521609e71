/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.mqttboard.mqtt.codec.Fixtures.bytes;
import static org.mqttboard.mqtt.codec.Fixtures.head;
import static org.mqttboard.mqtt.codec.Fixtures.utf8;

import org.junit.Test;
import org.mqttboard.mqtt.codec.broker.BrokerFilterListDecoder;
import org.mqttboard.mqtt.codec.broker.FilterListView;

public class SubscribeCodecTest {

	private static final byte[][] FILTERS = { utf8("a/+"), utf8("#") };
	private static final int[] QOS = { 1, 2 };
	private final byte[] buf = new byte[64];

	@Test
	public void encode_twoFilters() {
		byte[] expected = bytes(
				0x82, // fixed header: SUBSCRIBE, flags 0010 [MQTT-3.8.1-1]
				0x0C, // remaining length 12
				0x00, 0x0A, // packet id 10
				0x00, 0x03, 'a', '/', '+', // filter "a/+"
				0x01, // requested QoS 1
				0x00, 0x01, '#', // filter "#"
				0x02); // requested QoS 2
		int n = SubscribeCodec.encode(this.buf, 0, this.buf.length, 10, FILTERS, QOS, 0, 2);
		assertEquals(14, n);
		assertEquals(14, SubscribeCodec.size(FILTERS, 0, 2));
		assertArrayEquals(expected, head(this.buf, n));
	}

	@Test
	public void encode_roundTripsThroughBrokerDecoder() {
		int n = SubscribeCodec.encode(this.buf, 0, this.buf.length, 65535, FILTERS, QOS, 0, 2);
		FilterListView v = new FilterListView(4);
		assertEquals(n, new BrokerFilterListDecoder().decodeSubscribe(this.buf, 0, n, v));
		assertEquals(65535, v.packetId);
		assertEquals(2, v.count);
		assertEquals("a/+", v.filter(0));
		assertEquals("#", v.filter(1));
		assertEquals(1, v.qos[0]);
		assertEquals(2, v.qos[1]);
	}

	@Test
	public void encode_subRange() {
		int n = SubscribeCodec.encode(this.buf, 0, this.buf.length, 1, FILTERS, QOS, 1, 1);
		FilterListView v = new FilterListView(1);
		assertEquals(n, new BrokerFilterListDecoder().decodeSubscribe(this.buf, 0, n, v));
		assertEquals("#", v.filter(0));
		assertEquals(2, v.qos[0]);
	}

	@Test
	public void encode_rejectsInvalidArguments() {
		assertEquals(Status.INVALID_COUNT, SubscribeCodec.encode(this.buf, 0, 64, 1, FILTERS, QOS, 0, 0));
		assertEquals(Status.BAD_BOUNDS, SubscribeCodec.encode(this.buf, 0, 64, 1, FILTERS, QOS, 1, 2));
		assertEquals(Status.BAD_BOUNDS, SubscribeCodec.encode(this.buf, 0, 64, 1, FILTERS, QOS, -1, 1));
		assertEquals(Status.BAD_BOUNDS, SubscribeCodec.encode(this.buf, 0, 64, 1, FILTERS, new int[1], 0, 2));
		assertEquals(Status.INVALID_QOS, SubscribeCodec.encode(this.buf, 0, 64, 1, FILTERS, new int[] { 0, 3 }, 0,
				2));
		assertEquals(Status.INVALID_QOS, SubscribeCodec.encode(this.buf, 0, 64, 1, FILTERS, new int[] { -1, 0 },
				0, 2));
		assertEquals(Status.INVALID_PACKET_ID, SubscribeCodec.encode(this.buf, 0, 64, 0, FILTERS, QOS, 0, 2));
		assertEquals(Status.INVALID_PACKET_ID, SubscribeCodec.encode(this.buf, 0, 64, 65536, FILTERS, QOS, 0, 2));
		byte[][] bad = { utf8("a/#/b") };
		assertEquals(Status.INVALID_TOPIC_FILTER, SubscribeCodec.size(bad, 0, 1));
		byte[][] nul = { null };
		assertEquals(Status.INVALID_TOPIC_FILTER, SubscribeCodec.size(nul, 0, 1));
		byte[][] notUtf8 = { bytes(0xC3) };
		assertEquals(Status.INVALID_UTF8, SubscribeCodec.size(notUtf8, 0, 1));
	}

	@Test
	public void encode_writesNothing_whenBufferTooSmall() {
		byte[] small = new byte[13];
		assertEquals(Status.BUFFER_TOO_SMALL, SubscribeCodec.encode(small, 0, 13, 1, FILTERS, QOS, 0, 2));
		assertArrayEquals(new byte[13], small);
		assertEquals(Status.BAD_BOUNDS, SubscribeCodec.encode(small, 0, 14, 1, FILTERS, QOS, 0, 2));
	}

	@Test
	public void size_rejectsPacketOverMaximum() {
		byte[] big = new byte[65535];
		for (int i = 0; i < big.length; i++) {
			big[i] = 'x';
		}
		byte[][] many = new byte[4100][];
		for (int i = 0; i < many.length; i++) {
			many[i] = big;
		}
		assertEquals(Status.TOO_LARGE, SubscribeCodec.size(many, 0, many.length));
	}
}
