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
import org.mqttboard.mqtt.transport.TransportError;

/**
 * Connecting: CONNECT and SUBSCRIBEs back to back, CONNACK handling and classification, timeouts, fallback,
 * credentials between connects, takeover detection.
 */
public class MqttSessionConnectTest {

	@Test
	public void connect_sendsConnectAndAllSubscribes_beforeConnack() {
		Harness h = new Harness(Harness.config());
		h.broker.autoConnAck = false;
		assertEquals(SessionStatus.OK, h.session.connect(h.now()));
		assertEquals(SessionState.AWAIT_CONNACK, h.session.state());
		h.broker.pump();
		assertEquals(PacketType.CONNECT, h.broker.logged(0));
		assertEquals(PacketType.SUBSCRIBE, h.broker.logged(1));
		assertEquals(PacketType.SUBSCRIBE, h.broker.logged(2));
		assertEquals(10, h.broker.keepAliveSeconds);
		assertEquals("dev-1", RecordingListener.utf8(h.broker.clientId, 0, h.broker.clientIdLen));
		assertEquals(10000, h.connector.lastTimeout());
		assertFalse(h.session.subscribed());
	}

	@Test
	public void connack_accepted_entersConnected_andSubacksMarkSubscribed() {
		Harness h = new Harness(Harness.config()).connect();
		assertTrue(h.session.subscribed());
		assertEquals(1, h.session.grantedQos(0));
		assertEquals(0, h.session.grantedQos(1));
		assertEquals(2, h.listener.eventCounts[SessionEvent.SUBSCRIBED]);
		assertEquals(1, h.session.counters().connects());
		assertEquals(0, h.session.counters().reconnects());
		assertFalse(h.session.sessionPresent());
	}

	@Test
	public void suback_failure_isReportedPerSubscription() {
		Harness h = new Harness(Harness.config());
		h.broker.subAckCode = 0x80;
		h.connect();
		assertEquals(0x80, h.session.grantedQos(0));
		assertEquals(2, h.listener.eventCounts[SessionEvent.SUBSCRIBE_REFUSED]);
		assertTrue(h.session.subscribed());
	}

	@Test
	public void connect_openFails_reportsTransportError() {
		Harness h = new Harness(Harness.config());
		h.connector.failWith(TransportError.TLS_UNTRUSTED);
		assertEquals(SessionStatus.TRANSPORT_FAILED, h.session.connect(h.now()));
		assertEquals(SessionState.DISCONNECTED, h.session.state());
		assertEquals(SessionCause.TRANSPORT_OPEN_FAILED, h.session.lastCause());
		assertEquals(TransportError.TLS_UNTRUSTED, h.session.lastTransportError());
		assertEquals(MqttSession.STEP_IDLE, h.session.step(h.now()));
	}

	@Test
	public void connect_whileConnected_isIllegal() {
		Harness h = new Harness(Harness.config()).connect();
		assertEquals(SessionStatus.ILLEGAL_STATE, h.session.connect(h.now()));
		assertEquals(SessionStatus.ILLEGAL_STATE, h.session.setCredentials(new byte[] { 'x' }, null, null));
	}

	@Test
	public void connect_linkDiesOnFirstWrite_reportsTransportClosed() {
		Harness h = new Harness(Harness.config());
		h.transport.failWrites();
		assertEquals(SessionStatus.TRANSPORT_FAILED, h.session.connect(h.now()));
		assertEquals(SessionCause.TRANSPORT_CLOSED, h.session.lastCause());
		assertTrue(h.transport.closedByClient());
	}

	@Test
	public void connack_refusals_areClassified() {
		int[] causes = { 0, SessionCause.REFUSED_PROTOCOL, SessionCause.REFUSED_IDENTIFIER,
				SessionCause.REFUSED_UNAVAILABLE, SessionCause.REFUSED_CREDENTIALS,
				SessionCause.REFUSED_NOT_AUTHORIZED };
		for (int code = 1; code <= 5; code++) {
			Harness h = new Harness(Harness.config().protocol(SessionConfig.PROTOCOL_311, false));
			h.broker.connAckCode = code;
			h.session.connect(h.now());
			h.run();
			assertEquals(SessionState.DISCONNECTED, h.session.state());
			assertEquals(causes[code], h.session.lastCause());
			assertEquals(code != 3, SessionCause.isPermanentRefusal(h.session.lastCause()));
		}
	}

	@Test
	public void connack_unknownCode_isMalformed() {
		Harness h = new Harness(Harness.config());
		h.broker.autoConnAck = false;
		h.session.connect(h.now());
		h.broker.sendConnAck(false, 9);
		h.run();
		assertEquals(SessionState.DISCONNECTED, h.session.state());
		assertEquals(SessionCause.MALFORMED, h.session.lastCause());
	}

	@Test
	public void connack_code1_fallsBackTo31_andNextConnectUsesLevel3() {
		Harness h = new Harness(Harness.config());
		h.broker.connAckCode = 1;
		h.session.connect(h.now());
		h.run();
		assertEquals(SessionCause.RETRY_WITH_31, h.session.lastCause());
		assertFalse(SessionCause.isPermanentRefusal(SessionCause.RETRY_WITH_31));
		assertEquals(1, h.listener.eventCounts[SessionEvent.PROTOCOL_FALLBACK]);
		assertEquals(3, h.session.protocolLevel());
		h.newLink();
		h.broker.connAckCode = 1;
		h.session.connect(h.now());
		h.run();
		assertEquals(3, h.broker.protocolLevel);
		assertEquals(SessionCause.REFUSED_PROTOCOL, h.session.lastCause());
		h.newLink();
		h.connect();
		assertEquals(3, h.broker.protocolLevel);
	}

	@Test
	public void fallbackTo31_withLongClientId_failsWithBadSettings() {
		Harness h = new Harness(Harness.config().credentials("a-client-id-longer-than-23-bytes", null, null));
		h.broker.connAckCode = 1;
		h.session.connect(h.now());
		h.run();
		h.newLink();
		assertEquals(SessionStatus.BAD_ARGUMENT, h.session.connect(h.now()));
		assertEquals(SessionCause.BAD_SETTINGS, h.session.lastCause());
		assertTrue(SessionCause.isPermanentRefusal(SessionCause.BAD_SETTINGS));
	}

	@Test
	public void connack_missing_timesOutAfterConnackTimeout() {
		Harness h = new Harness(Harness.config());
		h.broker.autoConnAck = false;
		h.broker.autoSubAck = false;
		h.session.connect(h.now());
		h.run();
		assertEquals(h.now() + 3000, h.session.nextDeadline(h.now()));
		h.clock.advance(2999);
		h.run();
		assertEquals(SessionState.AWAIT_CONNACK, h.session.state());
		h.clock.advance(1);
		h.run();
		assertEquals(SessionCause.CONNACK_TIMEOUT, h.session.lastCause());
		assertEquals(Long.MAX_VALUE, h.session.nextDeadline(h.now()));
	}

	@Test
	public void firstPacket_notConnack_isProtocolError() {
		Harness h = new Harness(Harness.config());
		h.broker.autoConnAck = false;
		h.session.connect(h.now());
		h.broker.sendPingResp();
		h.run();
		assertEquals(SessionCause.PROTOCOL_ERROR, h.session.lastCause());
	}

	@Test
	public void secondConnack_isProtocolError() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.sendConnAck(false, 0);
		h.run();
		assertEquals(SessionCause.PROTOCOL_ERROR, h.session.lastCause());
		assertEquals(1, h.session.counters().drops());
	}

	@Test
	public void setCredentials_betweenConnects_isUsedByNextConnect() {
		Harness h = new Harness(Harness.config()).connect();
		assertEquals(SessionStatus.OK, h.session.disconnect(h.now()));
		h.broker.pump();
		assertEquals(1, h.broker.count(PacketType.DISCONNECT));
		assertEquals(SessionCause.LOCAL_DISCONNECT, h.session.lastCause());
		assertEquals(0, h.session.counters().drops());
		byte[] id = SessionConfig.utf8("dev_0_0_2026112122");
		byte[] user = SessionConfig.utf8("dev");
		byte[] password = new byte[64];
		assertEquals(SessionStatus.OK, h.session.setCredentials(id, user, password));
		h.newLink();
		h.connect();
		assertEquals("dev_0_0_2026112122", RecordingListener.utf8(h.broker.clientId, 0, h.broker.clientIdLen));
		assertEquals(64, h.broker.passwordLen);
		assertEquals(1, h.session.counters().reconnects());
	}

	@Test
	public void setCredentials_invalidOrTooLarge_keepsOldIdentity() {
		Harness h = new Harness(Harness.config().txBufferBytes(64));
		assertEquals(SessionStatus.BAD_ARGUMENT, h.session.setCredentials(new byte[0], null, new byte[1]));
		assertEquals(SessionStatus.BAD_ARGUMENT, h.session.setCredentials(new byte[100], null, null));
		h.connect();
		assertEquals("dev-1", RecordingListener.utf8(h.broker.clientId, 0, h.broker.clientIdLen));
	}

	@Test
	public void disconnect_whenDisconnected_isIllegal() {
		Harness h = new Harness(Harness.config());
		assertEquals(SessionStatus.ILLEGAL_STATE, h.session.disconnect(h.now()));
	}

	@Test
	public void peerCloses_twiceSoonAfterConnack_isProbableTakeover() {
		Harness h = new Harness(Harness.config().takeoverWindowMillis(5000)).connect();
		h.transport.closeByPeer();
		h.run();
		assertEquals(SessionCause.TRANSPORT_CLOSED, h.session.lastCause());
		h.newLink();
		h.connect();
		h.clock.advance(100);
		h.transport.closeByPeer();
		h.run();
		assertEquals(SessionCause.PROBABLE_TAKEOVER, h.session.lastCause());
		assertEquals(2, h.session.counters().drops());
		h.newLink();
		h.connect();
		h.clock.advance(6000);
		h.transport.closeByPeer();
		h.run();
		assertEquals(SessionCause.TRANSPORT_CLOSED, h.session.lastCause());
	}

	@Test
	public void will_andCleanSession_areSentInConnect() {
		Harness h = new Harness(Harness.config().will("dev/status", new byte[] { 'x' }, 1, true)
				.cleanSession(false));
		h.connect();
		assertTrue(h.broker.will);
		assertFalse(h.broker.cleanSession);
	}

	@Test
	public void connect_withOneByteReads_andWritesAcceptingZeroThenAll() {
		Harness h = new Harness(Harness.config());
		h.transport.readPattern(1, 0).writePattern(0, Integer.MAX_VALUE);
		h.connect();
		assertTrue(h.session.subscribed());
	}

	@Test
	public void config_invalidValues_throwWithKey() {
		assertInvalid(new SessionConfig().rxBufferBytes(1), "rxBufferBytes");
		assertInvalid(new SessionConfig().txBufferBytes(1), "txBufferBytes");
		assertInvalid(new SessionConfig().inflightSlots(0), "inflightSlots");
		assertInvalid(new SessionConfig().inflightSlots(70000), "inflightSlots");
		assertInvalid(new SessionConfig().will("a", null, -1, false), "will.qos");
		assertInvalid(new SessionConfig().keepAliveSeconds(-1), "keepAliveSeconds");
		SessionConfig negQos = new SessionConfig();
		negQos.subscribe("a", -1);
		assertInvalid(negQos, "subscription.qos");
		assertInvalid(new SessionConfig().queueBytes(-1), "queueBytes");
		assertInvalid(new SessionConfig().dedupRingSize(0), "dedupRingSize");
		assertInvalid(new SessionConfig().qos2Slots(0), "qos2Slots");
		assertInvalid(new SessionConfig().protocol(5, false), "protocol");
		assertInvalid(new SessionConfig().will("a/#", new byte[0], 0, false), "will.topic");
		assertInvalid(new SessionConfig().will("a", null, 3, false), "will.qos");
		assertInvalid(new SessionConfig().keepAliveSeconds(70000), "keepAliveSeconds");
		assertInvalid(new SessionConfig().pingTimeoutMillis(0), "pingTimeoutMillis");
		assertInvalid(new SessionConfig().connectTimeoutMillis(0), "connectTimeoutMillis");
		assertInvalid(new SessionConfig().connackTimeoutMillis(0), "connackTimeoutMillis");
		assertInvalid(new SessionConfig().resendPolicy(7), "resendPolicy");
		assertInvalid(new SessionConfig().queuePolicy(7, 0), "overflowPolicy");
		assertInvalid(new SessionConfig().queuePolicy(0, -1), "queueTtlMillis");
		SessionConfig bad = new SessionConfig();
		bad.subscribe("a/#/b", 0);
		assertInvalid(bad, "subscription");
		SessionConfig badQos = new SessionConfig();
		badQos.subscribe("a", 3);
		assertInvalid(badQos, "subscription.qos");
		SessionConfig many = new SessionConfig().maxSubscriptions(1);
		many.subscribe("a", 0);
		many.subscribe("b", 0);
		assertInvalid(many, "maxSubscriptions");
		SessionConfig wide = new SessionConfig().txBufferBytes(16);
		wide.subscribe("a-long-topic-filter", 0);
		assertInvalid(wide, "subscription");
		assertInvalid(new SessionConfig().txBufferBytes(16).credentials("a-long-client-identifier", null, null),
				"connect");
		assertInvalid(new SessionConfig().credentials("", null, null).cleanSession(false), "connect");
	}

	@Test(expected = IllegalArgumentException.class)
	public void constructor_nullListener_throws() {
		new MqttSession(new SessionConfig(), new org.mqttboard.testkit.ScriptedConnector(), null);
	}

	@Test
	public void memoryBytes_followsTheFormula() {
		SessionConfig c = new SessionConfig().rxBufferBytes(100).txBufferBytes(200).inflightSlots(3).queueBytes(50)
				.dedupRingSize(5).qos2Slots(2);
		c.subscribe("abc", 0);
		assertEquals(100 + 200 + 3 * (200 + 26) + 50 + 4 * 5 + 4 * 2 + 3 + 8, c.memoryBytes());
	}

	@Test(expected = IllegalArgumentException.class)
	public void constructor_nullConnector_throws() {
		new MqttSession(new SessionConfig(), null, new RecordingListener());
	}

	@Test
	public void subscribed_isFalse_untilEverySubackArrived() {
		Harness h = new Harness(Harness.config());
		h.broker.autoSubAck = false;
		h.connect();
		assertFalse(h.session.subscribed());
		assertEquals(-1, h.session.grantedQos(1));
		h.broker.sendSubAck(0xFFFF, 1);
		h.run();
		assertFalse(h.session.subscribed());
		h.broker.sendSubAck(0xFFFE, 0);
		h.run();
		assertTrue(h.session.subscribed());
	}

	@Test
	public void credentialsAndWill_optionalParts_areEncoded() {
		Harness h = new Harness(Harness.config().credentials("id", "user", new byte[] { 1, 2, 3 })
				.will(null, null, 0, false));
		h.connect();
		assertEquals(3, h.broker.passwordLen);
		assertFalse(h.broker.will);
	}

	private static void assertInvalid(SessionConfig c, String key) {
		try {
			new MqttSession(c, new org.mqttboard.testkit.ScriptedConnector(), new RecordingListener());
		} catch (IllegalArgumentException e) {
			assertTrue(e.getMessage(), e.getMessage().startsWith(key + ":"));
			return;
		}
		throw new AssertionError("accepted invalid " + key);
	}
}
