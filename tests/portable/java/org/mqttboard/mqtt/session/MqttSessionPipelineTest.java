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
 * Pipelined SUBSCRIBEs (sent right after CONNECT, MQTT 3.1.1 section 3.1.4) and the fallback for brokers that
 * close the link when a SUBSCRIBE arrives before their CONNACK (seen: Moquette 0.17).
 */
public class MqttSessionPipelineTest {

	/**
	 * Plays a broker that closes the link on a SUBSCRIBE received before it sent CONNACK, like Moquette 0.17.
	 *
	 * @return true when it closed the link
	 */
	private static boolean strictPump(Harness h) {
		h.broker.holdConnAck();
		h.broker.answerSubscribes(h.broker.count(PacketType.CONNECT) > 0); // a SUBACK never precedes the CONNACK
		int connectsBefore = h.broker.count(PacketType.CONNECT);
		h.broker.pump();
		if (connectsBefore == 0 && h.broker.count(PacketType.SUBSCRIBE) > 0) {
			h.transport.closeByPeer();
			return true;
		}
		if (connectsBefore == 0 && h.broker.count(PacketType.CONNECT) == 1) {
			h.broker.sendConnAck(false, 0);
		}
		return false;
	}

	/** Connects and lets a strict broker answer until the session settles (bounded). */
	private static void connectStrict(Harness h) {
		assertEquals(SessionStatus.OK, h.session.connect(h.now()));
		for (int i = 0; i < 1000 && h.session.state() != SessionState.DISCONNECTED && !h.subscribed(); i++) {
			strictPump(h);
			h.session.step(h.now());
		}
	}

	@Test
	public void strictBroker_closesOnEarlySubscribe_sessionFallsBackOnce_andSubscribesAfterConnack() {
		Harness h = new Harness(Harness.config());
		assertTrue(h.session.handshake.pipelined);
		connectStrict(h);
		assertEquals(SessionState.DISCONNECTED, h.session.state());
		assertEquals(SessionStatus.RETRY_WITHOUT_PIPELINING, h.session.lastCause());
		assertEquals(1, h.listener.eventCounts[SessionEvent.PIPELINE_FALLBACK]);
		assertEquals(1, h.session.counters().pipelineFallbacks());
		assertFalse(h.session.handshake.pipelined);

		h.newLink();
		connectStrict(h);
		assertEquals(SessionState.CONNECTED, h.session.state());
		assertTrue(h.subscribed());
		assertEquals(PacketType.CONNECT, h.broker.logged(0));
		assertEquals(PacketType.SUBSCRIBE, h.broker.logged(1));
		assertEquals(PacketType.SUBSCRIBE, h.broker.logged(2));
		assertEquals(2, h.listener.eventCounts[SessionEvent.SUBSCRIBED]);
		assertEquals(1, h.listener.eventCounts[SessionEvent.PIPELINE_FALLBACK]);
		assertEquals(1, h.session.counters().connects());
	}

	@Test
	public void afterFallback_everyConnectWaitsForConnack_andALaterEarlyCloseIsAPlainClose() {
		Harness h = new Harness(Harness.config());
		connectStrict(h);
		h.newLink();
		h.broker.holdConnAck();
		assertEquals(SessionStatus.OK, h.session.connect(h.now()));
		h.broker.pump();
		assertEquals(1, h.broker.logSize()); // CONNECT only: the SUBSCRIBEs wait for CONNACK
		assertEquals(0, h.session.outbound.pending());
		h.transport.closeByPeer();
		h.session.step(h.now());
		assertEquals(SessionStatus.TRANSPORT_CLOSED, h.session.lastCause());
		assertEquals(1, h.session.counters().pipelineFallbacks());
		assertEquals(1, h.listener.eventCounts[SessionEvent.PIPELINE_FALLBACK]);

		h.newLink();
		h.connect();
		assertTrue(h.subscribed());
		h.session.disconnect(h.now());
		h.newLink();
		h.connect();
		assertTrue(h.subscribed());
		assertFalse(h.session.handshake.pipelined);
		assertEquals(1, h.session.counters().pipelineFallbacks());
	}

	@Test
	public void acceptingBroker_keepsPipelining_acrossReconnects() {
		Harness h = new Harness(Harness.config()).connect();
		assertTrue(h.subscribed());
		for (int i = 0; i < 3; i++) {
			h.clock.advance(6000); // outside the takeover window
			h.transport.closeByPeer();
			h.run();
			assertEquals(SessionStatus.TRANSPORT_CLOSED, h.session.lastCause());
			h.newLink();
			h.broker.holdConnAck();
			h.broker.answerSubscribes(false);
			assertEquals(SessionStatus.OK, h.session.connect(h.now()));
			h.broker.pump();
			assertEquals(3, h.broker.logSize()); // CONNECT + both SUBSCRIBEs before any CONNACK
			h.broker.sendConnAck(false, 0);
			h.broker.sendSubAck(SubscriptionTable.ID_BASE, 1);
			h.broker.sendSubAck(SubscriptionTable.ID_BASE - 1, 0);
			h.run();
			assertTrue(h.subscribed());
		}
		assertTrue(h.session.handshake.pipelined);
		assertEquals(0, h.session.counters().pipelineFallbacks());
		assertEquals(0, h.listener.eventCounts[SessionEvent.PIPELINE_FALLBACK]);
	}

	@Test
	public void pipeliningOff_sendsSubscribesOnlyAfterConnack_andNeverReportsFallback() {
		SessionConfig c = Harness.config();
		c.subscribePipelined = false;
		Harness h = new Harness(c);
		assertFalse(h.session.handshake.pipelined);
		h.broker.holdConnAck();
		assertEquals(SessionStatus.OK, h.session.connect(h.now()));
		h.broker.pump();
		assertEquals(1, h.broker.logSize());
		assertFalse(h.session.nextDeadline(h.now()) == h.now()); // nothing to send before CONNACK
		h.transport.closeByPeer();
		h.session.step(h.now());
		assertEquals(SessionStatus.TRANSPORT_CLOSED, h.session.lastCause());

		h.newLink();
		connectStrict(h);
		assertTrue(h.subscribed());
		assertEquals(0, h.session.counters().pipelineFallbacks());
		assertEquals(0, h.listener.eventCounts[SessionEvent.PIPELINE_FALLBACK]);
	}

	@Test
	public void peerCloseBeforeAnySubscribeByteLeft_isAPlainClose() {
		// The size of this CONNECT, measured on a session without subscriptions.
		SessionConfig alone = new SessionConfig();
		alone.connect.clientId = Utf8.encode("dev-1");
		alone.connect.keepAliveSeconds = 10;
		Harness probe = new Harness(alone);
		probe.transport.writePattern(0);
		probe.session.connect(probe.now());
		int connectSize = probe.session.outbound.pending();

		Harness h = new Harness(Harness.config());
		h.transport.writePattern(connectSize, 0);
		h.session.connect(h.now());
		h.broker.pump();
		assertEquals(PacketType.CONNECT, h.broker.logged(0));
		h.transport.closeByPeer();
		h.session.step(h.now());
		assertEquals(SessionStatus.TRANSPORT_CLOSED, h.session.lastCause());
		assertTrue(h.session.handshake.pipelined);

		// One byte of a SUBSCRIBE on the wire is enough for the broker to see it.
		h.newLink();
		h.transport.writePattern(connectSize + 1, 0);
		h.session.connect(h.now());
		h.transport.closeByPeer();
		h.session.step(h.now());
		assertEquals(SessionStatus.RETRY_WITHOUT_PIPELINING, h.session.lastCause());
	}

	@Test
	public void noSubscriptions_earlyPeerClose_isAPlainClose() {
		SessionConfig alone = new SessionConfig();
		alone.connect.clientId = Utf8.encode("dev-1");
		Harness h = new Harness(alone);
		h.broker.holdConnAck();
		h.session.connect(h.now());
		h.broker.pump();
		h.transport.closeByPeer();
		h.session.step(h.now());
		assertEquals(SessionStatus.TRANSPORT_CLOSED, h.session.lastCause());
		assertTrue(h.session.handshake.pipelined);
	}

	@Test
	public void connackTimeout_afterEarlySubscribes_isNotAFallback() {
		Harness h = new Harness(Harness.config());
		h.broker.holdConnAck();
		h.broker.answerSubscribes(false);
		h.session.connect(h.now());
		h.broker.pump();
		h.clock.advance(2000);
		h.session.step(h.now());
		assertEquals(SessionStatus.CONNACK_TIMEOUT, h.session.lastCause());
		assertTrue(h.session.handshake.pipelined);
		assertEquals(0, h.session.counters().pipelineFallbacks());
	}

	@Test
	public void peerCloseAfterConnack_beforeSubacks_isNotAFallback() {
		Harness h = new Harness(Harness.config());
		h.broker.answerSubscribes(false);
		h.connect();
		assertFalse(h.subscribed());
		h.transport.closeByPeer();
		h.run();
		assertEquals(SessionStatus.TRANSPORT_CLOSED, h.session.lastCause());
		assertTrue(h.session.handshake.pipelined);
	}

	@Test
	public void names_coverTheNewEventAndCause() {
		assertEquals("PIPELINE_FALLBACK", SessionEvent.name(SessionEvent.PIPELINE_FALLBACK));
		assertEquals("RETRY_WITHOUT_PIPELINING", SessionStatus.name(SessionStatus.RETRY_WITHOUT_PIPELINING));
	}
}
