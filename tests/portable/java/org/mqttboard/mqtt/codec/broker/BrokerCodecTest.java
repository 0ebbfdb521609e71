/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec.broker;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mqttboard.mqtt.codec.Fixtures.bytes;

import org.junit.Test;
import org.mqttboard.mqtt.codec.Status;

/**
 * The oracle must itself reject what the spec forbids, or round trips would prove nothing.
 */
public class BrokerCodecTest {

	private final BrokerConnectDecoder connectDecoder = new BrokerConnectDecoder();
	private final BrokerFilterListDecoder filterDecoder = new BrokerFilterListDecoder();
	private final ConnectView connect = new ConnectView();
	private final FilterListView filters = new FilterListView(2);

	private int connect(byte[] packet) {
		return this.connectDecoder.decode(packet, 0, packet.length, this.connect);
	}

	private int subscribe(byte[] packet) {
		return this.filterDecoder.decodeSubscribe(packet, 0, packet.length, this.filters);
	}

	@Test
	public void decodeConnect_ok_31() {
		byte[] packet = bytes(
				0x10, // fixed header: CONNECT
				0x10, // remaining length 16
				0x00, 0x06, 'M', 'Q', 'I', 's', 'd', 'p', // protocol name
				0x03, // level 3
				0x00, // flags: none
				0x00, 0x0A, // keep-alive 10 s
				0x00, 0x02, 'i', 'd'); // client id
		assertEquals(18, connect(packet));
		assertEquals(3, this.connect.protocolLevel);
		assertFalse(this.connect.cleanSession);
		assertEquals(10, this.connect.keepAliveSeconds);
	}

	@Test
	public void decodeConnect_malformed_reservedFlag() {
		byte[] packet = bytes(
				0x10, // fixed header: CONNECT
				0x0E, // remaining length 14
				0x00, 0x04, 'M', 'Q', 'T', 'T', // protocol name
				0x04, // level 4
				0x03, // flags: clean session + reserved bit [MQTT-3.1.2-3]
				0x00, 0x0A, // keep-alive
				0x00, 0x02, 'i', 'd'); // client id
		assertEquals(Status.MALFORMED_RESERVED, connect(packet));
	}

	@Test
	public void decodeConnect_malformed_nameLevelMismatch() {
		byte[] packet = bytes(
				0x10, // fixed header: CONNECT
				0x0E, // remaining length 14
				0x00, 0x04, 'M', 'Q', 'T', 'T', // protocol name "MQTT"
				0x03, // level 3 belongs to "MQIsdp"
				0x02, // flags: clean session
				0x00, 0x0A, // keep-alive
				0x00, 0x02, 'i', 'd'); // client id
		assertEquals(Status.MALFORMED, connect(packet));
	}

	@Test
	public void decodeConnect_malformed_passwordWithoutUserName() {
		byte[] packet = bytes(
				0x10, // fixed header: CONNECT
				0x11, // remaining length 17
				0x00, 0x04, 'M', 'Q', 'T', 'T', // protocol name
				0x04, // level 4
				0x42, // flags: password, clean session [MQTT-3.1.2-22]
				0x00, 0x0A, // keep-alive
				0x00, 0x02, 'i', 'd', // client id
				0x00, 0x01, 'p'); // password
		assertEquals(Status.MALFORMED_FLAGS, connect(packet));
	}

	@Test
	public void decodeConnect_malformed_willQosWithoutWill_andTrailingBytes() {
		byte[] packet = bytes(
				0x10, // fixed header: CONNECT
				0x0E, // remaining length 14
				0x00, 0x04, 'M', 'Q', 'T', 'T', // protocol name
				0x04, // level 4
				0x0A, // flags: will QoS 1 without will [MQTT-3.1.2-13], clean session
				0x00, 0x0A, // keep-alive
				0x00, 0x02, 'i', 'd'); // client id
		assertEquals(Status.MALFORMED_FLAGS, connect(packet));
		packet[9] = 0x02; // flags: clean session only
		packet[1] = 0x0F; // remaining length 15: one byte too many
		byte[] longer = new byte[packet.length + 1];
		System.arraycopy(packet, 0, longer, 0, packet.length);
		assertEquals(Status.MALFORMED_LENGTH, connect(longer));
		assertEquals(Status.NEED_MORE, connect(packet));
	}

	@Test
	public void decodeConnect_malformed_clientIdBeyondPacket() {
		byte[] packet = bytes(
				0x10, // fixed header: CONNECT
				0x0E, // remaining length 14
				0x00, 0x04, 'M', 'Q', 'T', 'T', // protocol name
				0x04, // level 4
				0x02, // flags: clean session
				0x00, 0x0A, // keep-alive
				0x00, 0x05, 'i', 'd'); // client id length 5, 2 bytes left
		assertEquals(Status.MALFORMED_LENGTH, connect(packet));
	}

	@Test
	public void decodeSubscribe_malformed_qosByte() {
		byte[] packet = bytes(
				0x82, // fixed header: SUBSCRIBE
				0x06, // remaining length 6
				0x00, 0x01, // packet id 1
				0x00, 0x01, 'a', // filter "a"
				0x04); // requested QoS with reserved bits [MQTT-3.8.3-4]
		assertEquals(Status.MALFORMED_QOS, subscribe(packet));
	}

	@Test
	public void decodeSubscribe_malformed_noFilters_badFilter_tooMany() {
		assertEquals(Status.MALFORMED_EMPTY, subscribe(bytes(
				0x82, // fixed header: SUBSCRIBE
				0x02, // remaining length 2
				0x00, 0x01))); // packet id only [MQTT-3.8.3-3]
		assertEquals(Status.MALFORMED_TOPIC_FILTER, subscribe(bytes(
				0x82, // fixed header: SUBSCRIBE
				0x07, // remaining length 7
				0x00, 0x01, // packet id 1
				0x00, 0x02, '#', 'a', // filter "#a"
				0x00))); // QoS 0
		assertEquals(Status.TOO_LARGE, subscribe(bytes(
				0x82, // fixed header: SUBSCRIBE
				0x0B, // remaining length 11
				0x00, 0x01, // packet id 1
				0x00, 0x01, 'a', 0x00, // filter 1
				0x00, 0x01, 'b', 0x00, // filter 2
				0x00, 0x01, 'c', 0x00))); // filter 3: more than the view's capacity of 2
	}

	@Test
	public void decodeUnsubscribe_rejectsSubscribeFlagsAndType() {
		byte[] packet = bytes(
				0xA2, // fixed header: UNSUBSCRIBE
				0x05, // remaining length 5
				0x00, 0x07, // packet id 7
				0x00, 0x01, 'a'); // filter "a"
		assertEquals(7, this.filterDecoder.decodeUnsubscribe(packet, 0, packet.length, this.filters));
		assertEquals(Status.PROTOCOL_ERROR, subscribe(packet));
		packet[0] = (byte) 0xA0; // flags 0000 [MQTT-3.10.1-1]
		assertEquals(Status.MALFORMED_FLAGS, this.filterDecoder.decodeUnsubscribe(packet, 0, packet.length,
				this.filters));
	}

	@Test
	public void encodeConnAck_andSubAck_checkSpace() {
		byte[] buf = new byte[8];
		assertEquals(Status.BUFFER_TOO_SMALL, BrokerEncoder.connAck(buf, 5, 8, true, 0));
		assertEquals(Status.BUFFER_TOO_SMALL, BrokerEncoder.subAck(buf, 0, 8, 1, new int[5], 5));
		assertEquals(7, BrokerEncoder.subAck(buf, 0, 8, 1, new int[3], 3));
		assertTrue(buf[0] == (byte) 0x90);
	}
}
