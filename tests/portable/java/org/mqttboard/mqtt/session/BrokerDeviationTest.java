/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.codec.PublishCodec;
import org.mqttboard.mqtt.codec.Status;
import org.mqttboard.mqtt.codec.Utf8;

/**
 * Brokers that deviate from MQTT 3.1.1, scripted: QoS 2 answered with PUBACK (RabbitMQ 3.x), a broker that stops
 * acknowledging, refused subscriptions, huge announced lengths, and every violation named and counted.
 */
public class BrokerDeviationTest {

	private static final byte[] TOPIC = Utf8.encode("dev/button");
	private static final byte[] PAYLOAD = Utf8.encode("pressed");
	private static final byte[] CMD = Utf8.encode("cmd/a");

	@Test
	public void qos2AnsweredWithPuback_completes_warnsOncePerConnection_andIsNeverResent() {
		SessionConfig c = Harness.config();
		c.connect.cleanSession = false;
		Harness h = new Harness(c).connect();
		h.broker.answerQos2WithPuback();
		int presses = 3 * c.inflightSlots;
		for (int i = 0; i < presses; i++) {
			assertTrue(h.session.publish(TOPIC, PAYLOAD, 2, false, h.now()) > 0);
			h.run();
		}
		assertEquals("every QoS 2 press completed", presses, h.listener.done);
		assertEquals(SessionStatus.OK, h.listener.lastDoneStatus);
		assertEquals(0, h.session.inflight.used());
		assertEquals(0, h.broker.count(PacketType.PUBREL));
		assertEquals(presses, h.session.counters().qos2Downgraded());
		assertEquals("one warning per connection", 1, h.listener.eventCounts[SessionEvent.QOS2_DOWNGRADED]);
		assertEquals(0, h.listener.eventCounts[SessionEvent.INFLIGHT_FULL]);
		assertEquals(SessionState.CONNECTED, h.session.state());

		// Reconnect with the broker's session: nothing is left to resend (no duplicate for the subscriber).
		h.broker.resumeSession(true);
		h.transport.closeByPeer();
		h.run();
		h.newLink();
		h.connect();
		assertEquals(0, h.broker.count(PacketType.PUBLISH));
		assertEquals(0, h.listener.eventCounts[SessionEvent.RESENT]);
		h.session.publish(TOPIC, PAYLOAD, 2, false, h.now());
		h.run();
		assertEquals("warned again on the new connection", 2, h.listener.eventCounts[SessionEvent.QOS2_DOWNGRADED]);
	}

	@Test
	public void brokerThatNeverAcknowledges_neverHoldsBackQos0_andReportsEveryQueuedQos1Press() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.holdAcks();
		for (int i = 0; i < h.session.inflight.capacity(); i++) {
			h.session.publish(TOPIC, PAYLOAD, 2, false, h.now());
		}
		h.run();
		assertTrue(h.session.inflight.full());
		assertEquals(0, h.listener.eventCounts[SessionEvent.INFLIGHT_FULL]);
		for (int i = 1; i <= 3; i++) {
			assertTrue(h.session.publish(TOPIC, PAYLOAD, 1, false, h.now()) > 0);
			assertEquals(i, h.listener.eventCounts[SessionEvent.INFLIGHT_FULL]);
			assertEquals(i, h.session.counters().inflightFull());
			int before = h.broker.count(PacketType.PUBLISH);
			assertTrue(h.session.publish(TOPIC, PAYLOAD, 0, false, h.now()) > 0);
			h.session.step(h.now());
			h.broker.pump();
			assertEquals("QoS 0 press " + i + " left in one step", before + 1, h.broker.count(PacketType.PUBLISH));
			assertEquals(0, h.broker.lastQos);
		}
		assertEquals(3, h.session.queue.count());
		assertEquals(SessionState.CONNECTED, h.session.state());
	}

	@Test
	public void refusedSubscription_isReportedByIndex_andMessagesStillArrivingAreDelivered() {
		Harness h = new Harness(Harness.config());
		h.broker.refuseSubscriptions();
		h.connect();
		assertEquals(2, h.listener.eventCounts[SessionEvent.SUBSCRIBE_REFUSED]);
		assertEquals(SessionState.CONNECTED, h.session.state());
		h.broker.sendPublish(CMD, PAYLOAD, 1, false, false, 3);
		h.run();
		assertEquals(1, h.listener.messages);
		assertEquals(0, h.listener.lastSubscription);
		assertEquals(1, h.broker.count(PacketType.PUBACK));
	}

	@Test
	public void publishUpToTheDrainLimit_isDrained_oneByteMore_closesAtOnceNamingTheSize() {
		SessionConfig c = Harness.config();
		c.bufferBytes = 64;
		int limit = 64 * SessionConfig.DRAIN_BUFFERS;
		Harness h = new Harness(c).connect();
		int payload = limit - PublishCodec.size(CMD.length, 0, 0) - 1; // the Remaining Length grows by one byte
		assertEquals(limit, PublishCodec.size(CMD.length, 0, payload));
		h.broker.sendPublish(CMD, new byte[payload], 0, false, false, 0);
		h.broker.sendPublish(CMD, PAYLOAD, 0, false, false, 0);
		h.run();
		assertEquals(SessionState.CONNECTED, h.session.state());
		assertEquals(1, h.session.counters().oversizeDropped());
		assertEquals(1, h.listener.messages);

		h.broker.sendPublish(CMD, new byte[payload + 1], 0, false, false, 0);
		h.broker.sendPublish(CMD, PAYLOAD, 0, false, false, 0);
		long before = h.now();
		h.run();
		assertEquals(SessionState.DISCONNECTED, h.session.state());
		assertEquals(SessionStatus.ANNOUNCED_TOO_LARGE, h.session.lastCause());
		assertEquals(before, h.now());
		assertEquals(limit + 1, h.listener.lastEventArg);
		assertEquals(1, h.listener.eventCounts[SessionEvent.OVERSIZE_REFUSED]);
		assertEquals(1, h.session.counters().violations(SessionStatus.ANNOUNCED_TOO_LARGE));
	}

	@Test
	public void hugeAnnouncedLength_closesOnTheFixedHeaderAlone() {
		Harness h = new Harness(Harness.config()).connect();
		// PUBLISH QoS 0 announcing 268,435,455 bytes (the largest Remaining Length), then nothing.
		h.broker.sendRaw(new byte[] { 0x30, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F });
		h.run();
		assertEquals(SessionStatus.ANNOUNCED_TOO_LARGE, h.session.lastCause());
		assertEquals(268435455 + 5, h.listener.lastEventArg);
		assertEquals(0, h.session.inbound.drain);
	}

	@Test
	public void violationKinds_areEveryCauseThatIsAViolation_eachCountedApart() {
		int violations = 0;
		boolean[] counted = new boolean[SessionStatus.VIOLATION_KINDS];
		for (int s = -199; s <= 0; s++) {
			if (SessionStatus.isViolation(s)) {
				int i = SessionStatus.violationIndex(s);
				assertFalse(SessionStatus.name(s), counted[i]);
				counted[i] = true;
				violations++;
			}
		}
		assertEquals(SessionStatus.VIOLATION_KINDS, violations);
		assertFalse(SessionStatus.isViolation(SessionStatus.KEEPALIVE_TIMEOUT));
	}

	@Test
	public void everyMalformedReasonOfTheCodec_mapsToAViolationOfItsOwn() {
		int[] reasons = { Status.MALFORMED_REMAINING_LENGTH, Status.MALFORMED_TYPE, Status.MALFORMED_FLAGS,
				Status.MALFORMED_QOS, Status.MALFORMED_LENGTH, Status.MALFORMED_PACKET_ID, Status.MALFORMED_UTF8,
				Status.MALFORMED_TOPIC, Status.MALFORMED_RETURN_CODE, Status.MALFORMED_RESERVED,
				Status.MALFORMED_EMPTY, Status.PROTOCOL_ERROR };
		boolean[] seen = new boolean[SessionStatus.VIOLATION_KINDS];
		for (int reason : reasons) {
			int cause = SessionStatus.violation(reason);
			int i = SessionStatus.violationIndex(cause);
			assertTrue(Status.name(reason), i >= 0 && cause != SessionStatus.MALFORMED);
			assertFalse(Status.name(reason) + " shares " + SessionStatus.name(cause), seen[i]);
			seen[i] = true;
		}
		assertEquals(SessionStatus.MALFORMED, SessionStatus.violation(Status.MALFORMED));
	}

	@Test
	public void violationCounts_arePerKind_andSurviveReconnects() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.sendRaw(new byte[] { 0x36, 0x02, 0, 1 }); // QoS 3
		h.run();
		h.newLink();
		h.connect();
		h.broker.sendRaw(new byte[] { 0x36, 0x02, 0, 1 });
		h.run();
		h.newLink();
		h.connect();
		h.broker.sendConnAck(false, 0);
		h.run();
		SessionCounters k = h.session.counters();
		assertEquals(2, k.violations(SessionStatus.BAD_QOS));
		assertEquals(1, k.violations(SessionStatus.SECOND_CONNACK));
		assertEquals(0, k.violations(SessionStatus.BAD_UTF8));
		assertEquals(0, k.violations(SessionStatus.KEEPALIVE_TIMEOUT));
	}
}
