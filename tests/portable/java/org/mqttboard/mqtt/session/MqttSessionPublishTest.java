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
import org.mqttboard.mqtt.codec.Utf8;

/**
 * Outbound publishing: QoS 0/1/2 flows, offline queue (TTL, overflow policies), in-flight limits, resend after
 * reconnect with and without session.
 */
public class MqttSessionPublishTest {

	private static final byte[] TOPIC = Utf8.encode("dev/button");
	private static final byte[] PAYLOAD = Utf8.encode("pressed");

	@Test
	public void publish_qos0_whenConnected_isWrittenAtOnce() {
		Harness h = new Harness(Harness.config()).connect();
		int token = h.session.publish(TOPIC, PAYLOAD, 0, true, h.now());
		assertTrue(token > 0);
		h.run();
		assertEquals(1, h.broker.count(PacketType.PUBLISH));
		assertTrue(h.broker.lastRetain);
		assertEquals("pressed", RecordingListener.utf8(h.broker.lastPayload, 0, h.broker.lastPayloadLen));
		assertEquals(0, h.session.queue.count());
		assertEquals(1, h.session.counters().published());
	}

	@Test
	public void publishesBetweenSteps_leaveInFullBuffers_notThroughTheQueue() {
		Harness h = new Harness(Harness.config()).connect();
		int writes = h.transport.writes();
		byte[] payload = new byte[40];
		for (int i = 0; i < 200; i++) {
			assertTrue(h.session.publish(TOPIC, payload, 0, false, h.now()) > 0);
		}
		assertEquals(0, h.session.queue.count());
		int perBuffer = (h.session.outbound.buf.length - Outbound.CONTROL_RESERVE) / (2 + 2 + TOPIC.length + 40);
		assertEquals("a write per full buffer", 200 / perBuffer, h.transport.writes() - writes);
		h.run();
		assertEquals(200, h.broker.count(PacketType.PUBLISH));
		assertEquals(200 / perBuffer + 1, h.transport.writes() - writes);
	}

	@Test
	public void publish_qos1_staysInFlightUntilPuback() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.holdAcks();
		int token = h.session.publish(TOPIC, PAYLOAD, 1, false, h.now());
		h.run();
		assertEquals(1, h.session.inflight.used());
		h.broker.sendAck(PacketType.PUBACK, h.broker.lastPacketId);
		h.run();
		assertEquals(0, h.session.inflight.used());
		assertEquals(token, h.listener.lastToken);
		assertEquals(SessionStatus.OK, h.listener.lastDoneStatus);
	}

	@Test
	public void publish_qos2_completesThroughPubrecPubrelPubcomp() {
		Harness h = new Harness(Harness.config()).connect();
		int token = h.session.publish(TOPIC, PAYLOAD, 2, false, h.now());
		h.run();
		assertEquals(1, h.broker.count(PacketType.PUBREL));
		assertEquals(0, h.session.inflight.used());
		assertEquals(token, h.listener.lastToken);
		assertEquals(SessionStatus.OK, h.listener.lastDoneStatus);
	}

	@Test
	public void acks_forUnknownIds_areTolerated() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.holdAcks();
		h.session.publish(TOPIC, PAYLOAD, 1, false, h.now());
		h.run();
		int id = h.broker.lastPacketId;
		h.broker.sendAck(PacketType.PUBCOMP, id); // wrong ack type for a QoS 1 publish
		h.broker.sendAck(PacketType.PUBREC, id); // ditto: ignored, no PUBREL
		h.broker.sendAck(PacketType.PUBACK, 999);
		h.broker.sendAck(PacketType.UNSUBACK, 5);
		h.broker.sendSubAck(7, 0); // not one of our SUBSCRIBE ids
		h.broker.sendAck(PacketType.PUBREC, 998); // unknown QoS 2 id: still answered with PUBREL
		h.run();
		assertEquals(SessionState.CONNECTED, h.session.state());
		assertEquals(1, h.session.inflight.used());
		assertEquals(1, h.broker.count(PacketType.PUBREL));
		assertEquals(998, h.broker.lastAckId);
	}

	@Test
	public void publish_whileDisconnected_isQueuedAndSentAfterConnack() {
		Harness h = new Harness(Harness.config());
		int t1 = h.session.publish(TOPIC, PAYLOAD, 0, false, h.now());
		int t2 = h.session.publish(TOPIC, PAYLOAD, 1, false, h.now());
		assertTrue(t2 > t1);
		assertEquals(2, h.session.queue.count());
		assertEquals(2 * (OfflineQueue.HEADER + TOPIC.length + PAYLOAD.length),
				h.session.queue.capacity() - h.session.queue.free());
		h.connect();
		assertEquals(0, h.session.queue.count());
		assertEquals(2, h.broker.count(PacketType.PUBLISH));
		assertEquals(t2, h.listener.lastToken);
	}

	@Test
	public void publish_invalidArguments_areRejected() {
		Harness h = new Harness(config(64, 2048, SessionConfig.DROP_OLDEST, 0));
		assertEquals(SessionStatus.BAD_ARGUMENT, h.session.publish(TOPIC, PAYLOAD, 3, false, h.now()));
		assertEquals(SessionStatus.BAD_ARGUMENT, h.session.publish(Utf8.encode("a/+"), PAYLOAD, 0, false,
				h.now()));
		assertEquals(SessionStatus.BAD_ARGUMENT, h.session.publish(TOPIC, 0, TOPIC.length, PAYLOAD, 5, 5, 0,
				false, 0, h.now()));
		assertEquals(SessionStatus.BAD_ARGUMENT, h.session.publish(TOPIC, 0, TOPIC.length, PAYLOAD, 0, -1, 0,
				false, 0, h.now()));
		assertEquals(SessionStatus.BAD_ARGUMENT, h.session.publish(TOPIC, 0, TOPIC.length, PAYLOAD, -1, 1, 0,
				false, 0, h.now()));
		assertEquals(SessionStatus.BAD_ARGUMENT, h.session.publish(TOPIC, 0, TOPIC.length, PAYLOAD, 0, 1, 0,
				false, -1, h.now()));
		assertEquals(SessionStatus.TOO_LARGE, h.session.publish(TOPIC, new byte[60], 0, false, h.now()));
	}

	@Test
	public void queue_rejectNew_whenFull_countsOverflow() {
		int entry = OfflineQueue.HEADER + TOPIC.length + PAYLOAD.length;
		Harness h = new Harness(config(1024, 2 * entry, SessionConfig.DROP_NEWEST, 0));
		assertTrue(h.session.publish(TOPIC, PAYLOAD, 0, false, h.now()) > 0);
		assertTrue(h.session.publish(TOPIC, PAYLOAD, 0, false, h.now()) > 0);
		assertEquals(SessionStatus.QUEUE_FULL, h.session.publish(TOPIC, PAYLOAD, 0, false, h.now()));
		assertEquals(1, h.session.counters().queueOverflows());
		assertEquals(2, h.session.queue.count());
	}

	@Test
	public void queue_dropOldest_whenFull_reportsDroppedToken() {
		int entry = OfflineQueue.HEADER + TOPIC.length + PAYLOAD.length;
		Harness h = new Harness(config(1024, 2 * entry, SessionConfig.DROP_OLDEST, 0));
		int first = h.session.publish(TOPIC, PAYLOAD, 1, false, h.now());
		h.session.publish(TOPIC, PAYLOAD, 0, false, h.now());
		int third = h.session.publish(TOPIC, PAYLOAD, 0, false, h.now());
		assertTrue(third > 0);
		assertEquals(first, h.listener.lastToken);
		assertEquals(SessionStatus.DROPPED_OVERFLOW, h.listener.lastDoneStatus);
		assertEquals(1, h.session.counters().queueOverflows());
		assertEquals(2, h.session.queue.count());
	}

	@Test
	public void queue_messageLargerThanQueue_isRejected() {
		Harness h = new Harness(config(1024, 0, SessionConfig.DROP_OLDEST, 0));
		assertEquals(SessionStatus.QUEUE_FULL, h.session.publish(TOPIC, PAYLOAD, 0, false, h.now()));
		assertEquals(1, h.session.counters().queueOverflows());
	}

	@Test
	public void queue_expiredMessages_areDroppedAndReported() {
		Harness h = new Harness(config(1024, 2048, SessionConfig.DROP_OLDEST, 1));
		int token = h.session.publish(TOPIC, PAYLOAD, 1, false, h.now());
		h.session.publish(TOPIC, 0, TOPIC.length, PAYLOAD, 0, PAYLOAD.length, 0, false, 0, h.now()); // no TTL
		assertEquals(h.now() + 1000, h.session.nextDeadline(h.now()));
		h.clock.advance(999);
		h.session.step(h.now());
		assertEquals(2, h.session.queue.count());
		h.clock.advance(1);
		h.session.step(h.now());
		assertEquals(1, h.session.queue.count());
		assertEquals(token, h.listener.lastToken);
		assertEquals(SessionStatus.EXPIRED, h.listener.lastDoneStatus);
		assertEquals(1, h.session.counters().queueExpired());
		h.connect();
		assertEquals(1, h.broker.count(PacketType.PUBLISH));
	}

	@Test
	public void queue_expiredWhileConnectedButBlocked_isDroppedOnFill() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.holdAcks();
		fillInflight(h);
		h.session.publish(TOPIC, 0, TOPIC.length, PAYLOAD, 0, PAYLOAD.length, 1, false, 100, h.now());
		h.run();
		assertEquals(1, h.session.queue.count());
		h.clock.advance(100);
		h.run();
		assertEquals(0, h.session.queue.count());
		assertEquals(SessionStatus.EXPIRED, h.listener.lastDoneStatus);
	}

	@Test
	public void largerWindow_keepsThatManyPublishesInFlight_beforeTheNextWaits() {
		SessionConfig c = Harness.config();
		c.inflightSlots = 32;
		Harness h = new Harness(c).connect();
		h.broker.holdAcks();
		for (int i = 0; i < 33; i++) {
			assertTrue(h.session.publish(TOPIC, PAYLOAD, 1, false, h.now()) > 0);
		}
		h.run();
		assertEquals(32, h.session.inflight.used());
		assertEquals(32, h.broker.count(PacketType.PUBLISH));
		assertEquals(1, h.listener.eventCounts[SessionEvent.INFLIGHT_FULL]);
		assertEquals(1, h.session.queue.count());
	}

	@Test
	public void inflightFull_queuesNextWithAnEvent_letsQos0Pass_andSendsItAfterAck() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.holdAcks();
		fillInflight(h);
		int inFlight = h.broker.lastPacketId;
		int slots = Harness.config().inflightSlots;
		h.session.publish(TOPIC, PAYLOAD, 2, false, h.now());
		assertEquals(1, h.listener.eventCounts[SessionEvent.INFLIGHT_FULL]);
		assertEquals(slots, h.listener.lastEventArg);
		assertEquals(1, h.session.counters().inflightFull());
		h.session.publish(TOPIC, PAYLOAD, 0, false, h.now());
		h.run();
		assertEquals(slots, h.session.inflight.used());
		assertEquals(slots, h.session.inflight.capacity());
		// The QoS 0 publish does not wait for an in-flight slot it does not need.
		assertEquals(slots + 1, h.broker.count(PacketType.PUBLISH));
		assertEquals(0, h.broker.lastQos);
		assertEquals(1, h.session.queue.count());
		assertEquals(h.now() + 10000, h.session.nextDeadline(h.now()));
		h.broker.sendAck(PacketType.PUBACK, inFlight);
		h.run();
		// The QoS 2 publish takes the freed slot.
		assertEquals(slots + 2, h.broker.count(PacketType.PUBLISH));
		assertEquals(2, h.broker.lastQos);
		assertEquals(0, h.session.queue.count());
		assertEquals(1, h.listener.eventCounts[SessionEvent.INFLIGHT_FULL]);
	}

	@Test
	public void publish_whenTxFull_goesToQueue_andKeepsOrder() {
		Harness h = new Harness(config(64, 2048, SessionConfig.DROP_OLDEST, 0)).connect();
		h.transport.writePattern(0);
		byte[] big = new byte[30];
		h.session.publish(TOPIC, big, 0, false, h.now());
		h.session.publish(TOPIC, big, 0, false, h.now());
		assertEquals(1, h.session.queue.count());
		assertEquals(h.now(), h.session.nextDeadline(h.now()));
		h.transport.writePattern(Integer.MAX_VALUE);
		h.run();
		assertEquals(2, h.broker.count(PacketType.PUBLISH));
	}

	@Test
	public void resend_withSessionPresent_usesOriginalIdAndDup() {
		Harness h = new Harness(persistent()).connect();
		h.broker.holdAcks();
		int t1 = h.session.publish(TOPIC, PAYLOAD, 1, false, h.now());
		h.session.publish(TOPIC, PAYLOAD, 2, false, h.now());
		h.run();
		int qos2Id = h.broker.lastPacketId;
		h.broker.sendAck(PacketType.PUBREC, qos2Id); // QoS 2 reaches PUBCOMP stage
		h.run();
		assertEquals(1, h.broker.count(PacketType.PUBREL));
		h.transport.closeByPeer();
		h.run();
		assertEquals(2, h.session.inflight.used());
		h.newLink();
		h.broker.resumeSession(true);
		h.broker.holdAcks();
		h.connect();
		assertEquals(1, h.broker.count(PacketType.PUBLISH));
		assertTrue(h.broker.lastDup);
		assertEquals(1, h.broker.count(PacketType.PUBREL));
		assertEquals(qos2Id, h.broker.lastAckId);
		assertEquals(2, h.session.counters().resent());
		assertEquals(1, h.listener.eventCounts[SessionEvent.RESENT]);
		h.broker.sendAck(PacketType.PUBACK, h.broker.lastPacketId);
		h.broker.sendAck(PacketType.PUBCOMP, qos2Id);
		h.run();
		assertEquals(0, h.session.inflight.used());
		assertTrue(t1 > 0);
	}

	@Test
	public void publishFromOnConnected_goesAfterTheResends() {
		Harness h = new Harness(persistent()).connect();
		h.broker.holdAcks();
		h.session.publish(TOPIC, PAYLOAD, 1, false, h.now());
		h.run();
		h.transport.closeByPeer();
		h.run();
		h.newLink();
		h.broker.resumeSession(true);
		h.listener.publishOnConnected = h.session;
		h.connect();
		assertEquals(2, h.broker.count(PacketType.PUBLISH));
		assertFalse(h.broker.lastDup); // the last one on the wire is the new message, after the DUP resend
		assertEquals("after", RecordingListener.utf8(h.broker.lastPayload, 0, h.broker.lastPayloadLen));
	}

	@Test
	public void ackArrivingAfterReconnect_beforeResend_completesThePublish() {
		Harness h = new Harness(persistent()).connect();
		h.broker.holdAcks();
		h.session.publish(TOPIC, PAYLOAD, 1, false, h.now());
		h.run();
		int id = h.broker.lastPacketId;
		h.transport.closeByPeer();
		h.run();
		h.newLink();
		h.broker.holdConnAck();
		h.transport.writePattern(0); // the resend cannot leave yet
		h.session.connect(h.now());
		h.broker.sendConnAck(true, 0);
		h.broker.sendAck(PacketType.PUBACK, id);
		for (int i = 0; i < 10; i++) {
			h.session.step(h.now());
		}
		assertEquals(0, h.session.inflight.used());
		assertEquals(SessionStatus.OK, h.listener.lastDoneStatus);
	}

	@Test
	public void resend_withoutSession_republishesAsNewWithoutDup() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.holdAcks();
		h.session.publish(TOPIC, PAYLOAD, 1, false, h.now());
		h.session.publish(TOPIC, PAYLOAD, 2, false, h.now());
		h.run();
		h.broker.sendAck(PacketType.PUBREC, h.broker.lastPacketId);
		h.run();
		int done = h.listener.done;
		h.transport.closeByPeer();
		h.run();
		h.newLink();
		h.connect();
		// The QoS 2 publish was past PUBREC: the broker owned it, so it is reported done.
		assertEquals(done + 1, h.listener.done);
		assertEquals(SessionStatus.OK, h.listener.lastDoneStatus);
		assertEquals(1, h.broker.count(PacketType.PUBLISH));
		assertFalse(h.broker.lastDup);
		assertEquals(1, h.session.inflight.used());
	}

	@Test
	public void packetIds_wrapAndSkipIdsStillInFlight() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.holdAcks();
		int max = SubscriptionTable.ID_BASE - 2; // the two subscriptions take the ids above
		h.session.publish(TOPIC, PAYLOAD, 1, false, h.now()); // id 1 stays in flight
		h.run();
		assertEquals(1, h.broker.lastPacketId);
		h.session.inflight.nextPacketId = max;
		h.session.publish(TOPIC, PAYLOAD, 1, false, h.now()); // the highest allowed id
		h.run();
		assertEquals(max, h.broker.lastPacketId);
		h.broker.sendAck(PacketType.PUBACK, max);
		h.run();
		h.session.publish(TOPIC, PAYLOAD, 1, false, h.now()); // wraps to 1, in use: skips to 2
		h.run();
		assertEquals(2, h.broker.lastPacketId);
	}

	@Test
	public void writeFailure_whileConnected_closesWithTransportClosed() {
		Harness h = new Harness(Harness.config()).connect();
		h.transport.failWrites();
		h.session.publish(TOPIC, PAYLOAD, 0, false, h.now());
		h.run();
		assertEquals(SessionStatus.TRANSPORT_CLOSED, h.session.lastCause());
		assertEquals(1, h.session.counters().drops());
	}

	@Test
	public void tokens_wrapToOne_afterIntegerMax() {
		Harness h = new Harness(Harness.config());
		h.session.outbound.nextToken = Integer.MAX_VALUE;
		assertEquals(Integer.MAX_VALUE, h.session.publish(TOPIC, PAYLOAD, 0, false, h.now()));
		assertEquals(1, h.session.publish(TOPIC, PAYLOAD, 0, false, h.now()));
	}

	@Test
	public void statusNames_areStable() {
		assertEquals("QUEUE_FULL", SessionStatus.name(SessionStatus.QUEUE_FULL));
		assertEquals("TOKEN", SessionStatus.name(5));
		assertEquals("UNKNOWN", SessionStatus.name(-99));
		int named = 0;
		for (int s = -199; s <= 0; s++) {
			if (!SessionStatus.name(s).equals("UNKNOWN")) {
				named++;
			}
		}
		assertEquals(38, named);
		for (int st = 0; st <= 3; st++) {
			assertFalse(SessionState.name(st).equals("UNKNOWN"));
		}
		assertEquals("UNKNOWN", SessionState.name(9));
		for (int e = 1; e <= 10; e++) {
			assertFalse(SessionEvent.name(e).equals("UNKNOWN"));
		}
		assertEquals("UNKNOWN", SessionEvent.name(0));
	}

	/** @return the usual settings with these buffer, queue size, overflow policy and time-to-live (s) */
	private static SessionConfig config(int bufferBytes, int queueBytes, int overflow, int ttlSeconds) {
		SessionConfig c = Harness.config();
		c.bufferBytes = bufferBytes;
		c.queueBytes = queueBytes;
		c.queueOverflow = overflow;
		c.queueTtlSeconds = ttlSeconds;
		return c;
	}

	/** @return the usual settings with clean session off (the broker keeps the session) */
	private static SessionConfig persistent() {
		SessionConfig c = Harness.config();
		c.connect.cleanSession = false;
		return c;
	}

	/** Publishes QoS 1 messages until every in-flight slot waits for its PUBACK. */
	private static void fillInflight(Harness h) {
		int slots = h.session.inflight.capacity();
		for (int i = 0; i < slots; i++) {
			h.session.publish(TOPIC, PAYLOAD, 1, false, h.now());
		}
		h.run();
		assertEquals(slots, h.session.inflight.used());
	}
}
