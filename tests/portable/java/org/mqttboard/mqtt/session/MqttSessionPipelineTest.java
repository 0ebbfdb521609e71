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
		h.broker.autoConnAck = false;
		h.broker.autoSubAck = h.broker.count(PacketType.CONNECT) > 0; // a SUBACK never precedes the CONNACK
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
		for (int i = 0; i < 1000 && h.session.state() != SessionState.DISCONNECTED && !h.session.subscribed(); i++) {
			strictPump(h);
			h.session.step(h.now());
		}
	}

	@Test
	public void strictBroker_closesOnEarlySubscribe_sessionFallsBackOnce_andSubscribesAfterConnack() {
		Harness h = new Harness(Harness.config());
		assertTrue(h.session.subscribesPipelined());
		connectStrict(h);
		assertEquals(SessionState.DISCONNECTED, h.session.state());
		assertEquals(SessionCause.RETRY_WITHOUT_PIPELINING, h.session.lastCause());
		assertEquals(1, h.listener.eventCounts[SessionEvent.PIPELINE_FALLBACK]);
		assertEquals(1, h.session.counters().pipelineFallbacks());
		assertFalse(h.session.subscribesPipelined());
		assertFalse(SessionCause.isPermanentRefusal(h.session.lastCause()));

		h.newLink();
		connectStrict(h);
		assertEquals(SessionState.CONNECTED, h.session.state());
		assertTrue(h.session.subscribed());
		assertEquals(PacketType.CONNECT, h.broker.logged(0));
		assertEquals(PacketType.SUBSCRIBE, h.broker.logged(1));
		assertEquals(PacketType.SUBSCRIBE, h.broker.logged(2));
		assertEquals(1, h.session.grantedQos(0));
		assertEquals(1, h.listener.eventCounts[SessionEvent.PIPELINE_FALLBACK]);
		assertEquals(1, h.session.counters().connects());
	}

	@Test
	public void afterFallback_everyConnectWaitsForConnack_andALaterEarlyCloseIsAPlainClose() {
		Harness h = new Harness(Harness.config());
		connectStrict(h);
		h.newLink();
		h.broker.autoConnAck = false;
		assertEquals(SessionStatus.OK, h.session.connect(h.now()));
		h.broker.pump();
		assertEquals(1, h.broker.logSize()); // CONNECT only: the SUBSCRIBEs wait for CONNACK
		assertEquals(0, h.session.txPending());
		h.transport.closeByPeer();
		h.session.step(h.now());
		assertEquals(SessionCause.TRANSPORT_CLOSED, h.session.lastCause());
		assertEquals(1, h.session.counters().pipelineFallbacks());
		assertEquals(1, h.listener.eventCounts[SessionEvent.PIPELINE_FALLBACK]);

		h.newLink();
		h.connect();
		assertTrue(h.session.subscribed());
		h.session.disconnect(h.now());
		h.newLink();
		h.connect();
		assertTrue(h.session.subscribed());
		assertFalse(h.session.subscribesPipelined());
		assertEquals(1, h.session.counters().pipelineFallbacks());
	}

	@Test
	public void acceptingBroker_keepsPipelining_acrossReconnects() {
		Harness h = new Harness(Harness.config()).connect();
		assertTrue(h.session.subscribed());
		for (int i = 0; i < 3; i++) {
			h.clock.advance(6000); // outside the takeover window
			h.transport.closeByPeer();
			h.run();
			assertEquals(SessionCause.TRANSPORT_CLOSED, h.session.lastCause());
			h.newLink();
			h.broker.autoConnAck = false;
			h.broker.autoSubAck = false;
			assertEquals(SessionStatus.OK, h.session.connect(h.now()));
			h.broker.pump();
			assertEquals(3, h.broker.logSize()); // CONNECT + both SUBSCRIBEs before any CONNACK
			h.broker.sendConnAck(false, 0);
			h.broker.sendSubAck(SubscriptionTable.ID_BASE, 1);
			h.broker.sendSubAck(SubscriptionTable.ID_BASE - 1, 0);
			h.run();
			assertTrue(h.session.subscribed());
		}
		assertTrue(h.session.subscribesPipelined());
		assertEquals(0, h.session.counters().pipelineFallbacks());
		assertEquals(0, h.listener.eventCounts[SessionEvent.PIPELINE_FALLBACK]);
	}

	@Test
	public void pipeliningOff_sendsSubscribesOnlyAfterConnack_andNeverReportsFallback() {
		Harness h = new Harness(Harness.config().pipelineSubscribes(false));
		assertFalse(h.session.subscribesPipelined());
		h.broker.autoConnAck = false;
		assertEquals(SessionStatus.OK, h.session.connect(h.now()));
		h.broker.pump();
		assertEquals(1, h.broker.logSize());
		assertFalse(h.session.nextDeadline(h.now()) == h.now()); // nothing to send before CONNACK
		h.transport.closeByPeer();
		h.session.step(h.now());
		assertEquals(SessionCause.TRANSPORT_CLOSED, h.session.lastCause());

		h.newLink();
		connectStrict(h);
		assertTrue(h.session.subscribed());
		assertEquals(0, h.session.counters().pipelineFallbacks());
		assertEquals(0, h.listener.eventCounts[SessionEvent.PIPELINE_FALLBACK]);
	}

	@Test
	public void peerCloseBeforeAnySubscribeByteLeft_isAPlainClose() {
		// The size of this CONNECT, measured on a session without subscriptions.
		Harness probe = new Harness(new SessionConfig().credentials("dev-1", null, null).keepAliveSeconds(10));
		probe.transport.writePattern(0);
		probe.session.connect(probe.now());
		int connectSize = probe.session.txPending();

		Harness h = new Harness(Harness.config());
		h.transport.writePattern(connectSize, 0);
		h.session.connect(h.now());
		h.broker.pump();
		assertEquals(PacketType.CONNECT, h.broker.logged(0));
		h.transport.closeByPeer();
		h.session.step(h.now());
		assertEquals(SessionCause.TRANSPORT_CLOSED, h.session.lastCause());
		assertTrue(h.session.subscribesPipelined());

		// One byte of a SUBSCRIBE on the wire is enough for the broker to see it.
		h.newLink();
		h.transport.writePattern(connectSize + 1, 0);
		h.session.connect(h.now());
		h.transport.closeByPeer();
		h.session.step(h.now());
		assertEquals(SessionCause.RETRY_WITHOUT_PIPELINING, h.session.lastCause());
	}

	@Test
	public void noSubscriptions_earlyPeerClose_isAPlainClose() {
		Harness h = new Harness(new SessionConfig().credentials("dev-1", null, null));
		h.broker.autoConnAck = false;
		h.session.connect(h.now());
		h.broker.pump();
		h.transport.closeByPeer();
		h.session.step(h.now());
		assertEquals(SessionCause.TRANSPORT_CLOSED, h.session.lastCause());
		assertTrue(h.session.subscribesPipelined());
	}

	@Test
	public void connackTimeout_afterEarlySubscribes_isNotAFallback() {
		Harness h = new Harness(Harness.config());
		h.broker.autoConnAck = false;
		h.broker.autoSubAck = false;
		h.session.connect(h.now());
		h.broker.pump();
		h.clock.advance(3000);
		h.session.step(h.now());
		assertEquals(SessionCause.CONNACK_TIMEOUT, h.session.lastCause());
		assertTrue(h.session.subscribesPipelined());
		assertEquals(0, h.session.counters().pipelineFallbacks());
	}

	@Test
	public void peerCloseAfterConnack_beforeSubacks_isNotAFallback() {
		Harness h = new Harness(Harness.config());
		h.broker.autoSubAck = false;
		h.connect();
		assertFalse(h.session.subscribed());
		h.transport.closeByPeer();
		h.run();
		assertEquals(SessionCause.TRANSPORT_CLOSED, h.session.lastCause());
		assertTrue(h.session.subscribesPipelined());
	}

	@Test
	public void names_coverTheNewEventAndCause() {
		assertEquals("PIPELINE_FALLBACK", SessionEvent.name(SessionEvent.PIPELINE_FALLBACK));
		assertEquals("RETRY_WITHOUT_PIPELINING", SessionCause.name(SessionCause.RETRY_WITHOUT_PIPELINING));
	}
}
