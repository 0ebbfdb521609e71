/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.codec.Utf8;

/**
 * Inbound messages: delivery with subscription index, QoS 1 de-duplication, QoS 2 exactly once, oversize drain,
 * malformed input, partial reads, listener re-entrancy.
 */
public class MqttSessionReceiveTest {

	private static final byte[] CMD = Utf8.encode("cmd/led/on");
	private static final byte[] LED = Utf8.encode("led/1");

	@Test
	public void publish_qos0_isDeliveredWithFirstMatchingSubscription() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.sendPublish(LED, Utf8.encode("red"), 0, true, false, 0);
		h.run();
		assertEquals(1, h.listener.messages);
		assertEquals(1, h.listener.lastSubscription);
		assertEquals("led/1", h.listener.lastTopic);
		assertEquals("red", h.listener.lastPayload);
		assertTrue(h.listener.lastRetain);
		h.broker.sendPublish(Utf8.encode("other"), new byte[0], 0, false, false, 0);
		h.run();
		assertEquals(-1, h.listener.lastSubscription);
		assertEquals(2, h.session.counters().received());
	}

	@Test
	public void bufferedPackets_areAllHandledInOneStep_andAckedInOneWrite() {
		Harness h = new Harness(Harness.config()).connect();
		for (int id = 1; id <= 20; id++) {
			h.broker.sendPublish(CMD, Utf8.encode("m" + id), 1, false, false, id);
		}
		h.broker.sendPublish(LED, Utf8.encode("last"), 0, false, false, 0);
		int writes = h.transport.writes();
		assertEquals(MqttSession.STEP_BUSY, h.session.step(h.now()));
		assertEquals(21, h.listener.messages);
		assertEquals("last", h.listener.lastPayload);
		assertEquals("one write for the 20 PUBACKs", writes + 1, h.transport.writes());
		assertTrue("nothing left buffered", h.session.nextDeadline(h.now()) > h.now());
		h.run();
		assertEquals(20, h.broker.count(PacketType.PUBACK));
	}

	@Test
	public void packetsLargerThanTheBufferRest_areCompletedAcrossReads() {
		SessionConfig c = Harness.config();
		c.bufferBytes = 256;
		Harness h = new Harness(c).connect();
		h.transport.readPattern(97); // packets straddle every read
		for (int id = 1; id <= 30; id++) {
			h.broker.sendPublish(CMD, new byte[id * 3], 1, false, false, id);
		}
		h.run();
		assertEquals(30, h.listener.messages);
		assertEquals(90, h.listener.lastPayload.length());
		assertEquals(30, h.broker.count(PacketType.PUBACK));
	}

	@Test
	public void publish_qos1_isAcked_andDupRedeliveryIsSuppressed() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.sendPublish(CMD, Utf8.encode("1"), 1, false, false, 42);
		h.broker.sendPublish(CMD, Utf8.encode("1"), 1, false, true, 42);
		h.run();
		assertEquals(1, h.listener.messages);
		assertEquals(2, h.broker.count(PacketType.PUBACK));
		assertEquals(1, h.session.counters().duplicatesSuppressed());
		assertEquals(1, h.listener.eventCounts[SessionEvent.DUPLICATE_SUPPRESSED]);
		// Same id without DUP is a new message (the id was freed by our PUBACK).
		h.broker.sendPublish(CMD, Utf8.encode("2"), 1, false, false, 42);
		// DUP for an id never seen is a first delivery.
		h.broker.sendPublish(CMD, Utf8.encode("3"), 1, false, true, 43);
		h.run();
		assertEquals(3, h.listener.messages);
	}

	@Test
	public void publish_qos2_isDeliveredExactlyOnce() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.holdAcks();
		h.broker.sendPublish(CMD, Utf8.encode("x"), 2, false, false, 7);
		h.broker.sendPublish(CMD, Utf8.encode("x"), 2, false, true, 7);
		h.run();
		assertEquals(1, h.listener.messages);
		assertEquals(2, h.broker.count(PacketType.PUBREC));
		h.broker.sendAck(PacketType.PUBREL, 7);
		h.run();
		assertEquals(1, h.broker.count(PacketType.PUBCOMP));
		h.broker.sendPublish(CMD, Utf8.encode("y"), 2, false, false, 7);
		h.run();
		assertEquals(2, h.listener.messages);
		assertEquals(2, h.listener.lastQos);
	}

	@Test
	public void qos2Set_full_evictsOldestAndCounts() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.holdAcks();
		for (int id = 1; id <= SessionConfig.QOS2_IDS + 1; id++) {
			h.broker.sendPublish(CMD, new byte[0], 2, false, false, id);
		}
		h.run();
		assertEquals(1, h.session.counters().qos2Evictions());
	}

	@Test
	public void dedupState_isClearedWhenBrokerHasNoSession() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.sendPublish(CMD, new byte[0], 1, false, false, 9);
		h.run();
		h.transport.closeByPeer();
		h.run();
		h.newLink();
		h.connect();
		h.broker.sendPublish(CMD, new byte[0], 1, false, true, 9);
		h.run();
		assertEquals(2, h.listener.messages);
	}

	@Test
	public void oversizePublish_isDrainedAckedAndCounted_thenNextMessageArrives() {
		Harness h = new Harness(buffer(64)).connect();
		h.transport.readPattern(7);
		h.broker.sendPublish(CMD, new byte[500], 1, false, false, 5);
		h.broker.sendPublish(CMD, new byte[600], 2, false, false, 6);
		h.broker.sendPublish(LED, Utf8.encode("ok"), 0, false, false, 0);
		h.run();
		assertEquals(2, h.session.counters().oversizeDropped());
		assertEquals(2, h.listener.eventCounts[SessionEvent.OVERSIZE_DROPPED]);
		assertEquals(1, h.broker.count(PacketType.PUBACK));
		assertEquals(1, h.broker.count(PacketType.PUBREC));
		assertEquals(1, h.listener.messages);
		assertEquals("ok", h.listener.lastPayload);
		assertEquals(SessionState.CONNECTED, h.session.state());
	}

	@Test
	public void oversizePublish_withTopicLargerThanBuffer_isSkippedWithoutAck() {
		Harness h = new Harness(buffer(32)).connect();
		h.broker.sendPublish(Utf8.encode("cmd/a-topic-name-longer-than-the-buffer"), new byte[4], 1, false, false, 5);
		h.broker.sendPublish(LED, new byte[0], 0, false, false, 0);
		h.run();
		assertEquals(1, h.session.counters().oversizeDropped());
		assertEquals(0, h.broker.count(PacketType.PUBACK));
		assertEquals(1, h.listener.messages);
	}

	@Test
	public void oversizePublish_withBadTopic_isNamed() {
		Harness h = new Harness(buffer(32)).connect();
		// PUBLISH QoS 0, remaining length 100, topic length 2, topic "a+" (wildcard in a topic name).
		h.broker.sendRaw(new byte[] { 0x30, 100, 0, 2, 'a', '+', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 });
		h.run();
		assertEquals(SessionStatus.BAD_TOPIC, h.session.lastCause());
	}

	@Test
	public void oversizeNonPublish_isABadLength() {
		Harness h = new Harness(buffer(32)).connect();
		// SUBACK with remaining length 100.
		h.broker.sendRaw(new byte[] { (byte) 0x90, 100, 0, 1, 0 });
		h.run();
		assertEquals(SessionStatus.BAD_LENGTH, h.session.lastCause());
	}

	@Test
	public void peerClose_whileDraining_isTransportClosed() {
		Harness h = new Harness(buffer(32)).connect();
		h.broker.sendRaw(new byte[] { 0x30, 100, 0, 1, 'a' });
		h.run();
		h.transport.closeByPeer();
		h.run();
		assertEquals(SessionStatus.TRANSPORT_CLOSED, h.session.lastCause());
	}

	@Test
	public void malformedPackets_closeWithTheirOwnCause_countedPerKind_andNeverThrow() {
		byte[][] bad = { { 0x00, 0x00 }, // reserved type 0
				{ 0x36, 0x02, 0, 1 }, // PUBLISH QoS 3
				{ 0x40, 0x03, 0, 1, 0 }, // PUBACK with remaining length 3
				{ 0x30, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1 }, // remaining length > 4 bytes
				{ 0x32, 0x04, 0, 1, 'a', 0 }, // PUBLISH QoS 1 without room for the packet id
				{ (byte) 0xD0, 0x01, 0 }, // PINGRESP with a body
				{ (byte) 0x90, 0x02, 0, 1 }, // SUBACK without return codes
				{ 0x30, 0x05, 0, 2, (byte) 0xC3, 0x28, 'x' }, // topic with an invalid UTF-8 sequence
				{ 0x38, 0x04, 0, 1, 'a', 'x' }, // DUP on QoS 0
				{ 0x32, 0x05, 0, 1, 'a', 0, 0 }, // packet id 0
				{ 0x30, 0x03, 0, 0, 'x' } }; // empty topic name
		int[] causes = { SessionStatus.BAD_PACKET_TYPE, SessionStatus.BAD_QOS, SessionStatus.BAD_LENGTH,
				SessionStatus.BAD_REMAINING_LENGTH, SessionStatus.BAD_LENGTH, SessionStatus.BAD_LENGTH,
				SessionStatus.EMPTY_SUBACK, SessionStatus.BAD_UTF8, SessionStatus.BAD_FLAGS,
				SessionStatus.BAD_PACKET_ID, SessionStatus.BAD_TOPIC };
		for (int i = 0; i < bad.length; i++) {
			Harness h = new Harness(Harness.config()).connect();
			h.broker.sendRaw(bad[i]);
			h.run();
			String what = "packet " + i + ": " + SessionStatus.name(h.session.lastCause());
			assertEquals(what, causes[i], h.session.lastCause());
			assertTrue(what, SessionStatus.isViolation(causes[i]));
			assertEquals(what, 1, h.session.counters().violations(causes[i]));
			assertEquals(what, 1, h.session.counters().drops());
		}
	}

	@Test
	public void clientToServerPacketTypes_fromBroker_areProtocolErrors() {
		int[] types = { PacketType.CONNECT, PacketType.SUBSCRIBE, PacketType.UNSUBSCRIBE, PacketType.PINGREQ,
				PacketType.DISCONNECT };
		for (int type : types) {
			Harness h = new Harness(Harness.config()).connect();
			int flags = type == PacketType.SUBSCRIBE || type == PacketType.UNSUBSCRIBE ? 2 : 0;
			h.broker.sendRaw(new byte[] { (byte) (type << 4 | flags), 0 });
			h.run();
			assertEquals(SessionStatus.PROTOCOL_ERROR, h.session.lastCause());
		}
	}

	@Test
	public void oneByteReads_andPingrespInterleaved_deliverEverything() {
		Harness h = new Harness(Harness.config()).connect();
		h.transport.readPattern(1, 0, 2);
		for (int i = 0; i < 5; i++) {
			h.broker.sendPublish(LED, Utf8.encode("m" + i), 1, false, false, 100 + i);
			h.broker.sendPingResp();
		}
		h.run();
		assertEquals(5, h.listener.messages);
		assertEquals("m4", h.listener.lastPayload);
		assertEquals(SessionState.CONNECTED, h.session.state());
	}

	@Test
	public void listener_mayPublishButNotStep() {
		Harness h = new Harness(Harness.config()).connect();
		h.listener.session = h.session;
		h.listener.echoTopic = Utf8.encode("dev/echo");
		h.broker.sendPublish(CMD, Utf8.encode("ping"), 0, false, false, 0);
		h.run();
		assertEquals(SessionStatus.ILLEGAL_STATE, h.listener.reentrantStep);
		assertEquals(SessionStatus.ILLEGAL_STATE, h.listener.reentrantConnect);
		assertEquals(SessionStatus.ILLEGAL_STATE, h.listener.reentrantDisconnect);
		assertEquals(SessionStatus.ILLEGAL_STATE, h.listener.reentrantCredentials);
		assertEquals(SessionState.CONNECTED, h.session.state());
		assertTrue(h.listener.echoToken > 0);
		assertEquals(1, h.broker.count(PacketType.PUBLISH));
		assertEquals("ping", RecordingListener.utf8(h.broker.lastPayload, 0, h.broker.lastPayloadLen));
	}

	@Test
	public void txFull_stopsReading_untilAcksCanBeQueued() {
		Harness h = new Harness(buffer(32)).connect();
		h.transport.writePattern(0);
		for (int i = 1; i <= 10; i++) {
			h.broker.sendPublish(CMD, new byte[0], 1, false, false, i);
		}
		for (int i = 0; i < 50; i++) {
			h.session.step(h.now());
		}
		assertTrue(h.session.outbound.pending() <= 32);
		assertTrue(h.listener.messages < 10);
		h.transport.writePattern(Integer.MAX_VALUE);
		h.run();
		assertEquals(10, h.listener.messages);
		assertEquals(10, h.broker.count(PacketType.PUBACK));
	}

	/** @return the usual settings with receive and transmit buffers of this size */
	private static SessionConfig buffer(int bytes) {
		SessionConfig c = Harness.config();
		c.bufferBytes = bytes;
		return c;
	}
}
