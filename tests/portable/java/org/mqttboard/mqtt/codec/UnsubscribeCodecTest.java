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

public class UnsubscribeCodecTest {

	private static final byte[][] FILTERS = { utf8("a/+"), utf8("b") };
	private final byte[] buf = new byte[64];

	@Test
	public void encode_twoFilters() {
		byte[] expected = bytes(
				0xA2, // fixed header: UNSUBSCRIBE, flags 0010 [MQTT-3.10.1-1]
				0x0A, // remaining length 10
				0x12, 0x34, // packet id 0x1234
				0x00, 0x03, 'a', '/', '+', // filter "a/+"
				0x00, 0x01, 'b'); // filter "b"
		int n = UnsubscribeCodec.encode(this.buf, 0, this.buf.length, 0x1234, FILTERS, 0, 2);
		assertEquals(12, n);
		assertEquals(12, UnsubscribeCodec.size(FILTERS, 0, 2));
		assertArrayEquals(expected, head(this.buf, n));
	}

	@Test
	public void encode_roundTripsThroughBrokerDecoder() {
		int n = UnsubscribeCodec.encode(this.buf, 0, this.buf.length, 3, FILTERS, 0, 2);
		FilterListView v = new FilterListView(2);
		assertEquals(n, new BrokerFilterListDecoder().decodeUnsubscribe(this.buf, 0, n, v));
		assertEquals(3, v.packetId);
		assertEquals(2, v.count);
		assertEquals("a/+", v.filter(0));
		assertEquals("b", v.filter(1));
	}

	@Test
	public void encode_rejectsInvalidArguments() {
		assertEquals(Status.INVALID_COUNT, UnsubscribeCodec.encode(this.buf, 0, 64, 1, FILTERS, 0, 0));
		assertEquals(Status.INVALID_PACKET_ID, UnsubscribeCodec.encode(this.buf, 0, 64, 0, FILTERS, 0, 2));
		assertEquals(Status.BUFFER_TOO_SMALL, UnsubscribeCodec.encode(this.buf, 0, 11, 1, FILTERS, 0, 2));
		byte[][] bad = { utf8("+x") };
		assertEquals(Status.INVALID_TOPIC_FILTER, UnsubscribeCodec.encode(this.buf, 0, 64, 1, bad, 0, 1));
	}
}
