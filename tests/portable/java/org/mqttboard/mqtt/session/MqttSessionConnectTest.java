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
import org.mqttboard.mqtt.codec.AckCodec;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.codec.Utf8;
import org.mqttboard.mqtt.transport.TransportError;

/**
 * Connecting: CONNECT and SUBSCRIBEs back to back, CONNACK handling and classification, timeouts, fallback,
 * credentials between connects, takeover detection.
 */
public class MqttSessionConnectTest {

	@Test
	public void connect_sendsConnectAndAllSubscribes_beforeConnack() {
		Harness h = new Harness(Harness.config());
		h.broker.holdConnAck();
		assertEquals(SessionStatus.OK, h.session.connect(h.now()));
		assertEquals(SessionState.AWAIT_CONNACK, h.session.state());
		h.broker.pump();
		assertEquals(PacketType.CONNECT, h.broker.logged(0));
		assertEquals(PacketType.SUBSCRIBE, h.broker.logged(1));
		assertEquals(PacketType.SUBSCRIBE, h.broker.logged(2));
		assertEquals(10, h.broker.keepAliveSeconds);
		assertEquals("dev-1", RecordingListener.utf8(h.broker.clientId, 0, h.broker.clientIdLen));
		assertEquals(10000, h.connector.lastTimeout());
		assertFalse(h.subscribed());
	}

	@Test
	public void connack_accepted_entersConnected_andSubacksMarkSubscribed() {
		Harness h = new Harness(Harness.config()).connect();
		assertTrue(h.subscribed());
		assertEquals(2, h.listener.eventCounts[SessionEvent.SUBSCRIBED]);
		assertEquals(1, h.session.counters().connects());
		assertEquals(0, h.session.counters().reconnects());
	}

	@Test
	public void suback_failure_isReportedPerSubscription() {
		Harness h = new Harness(Harness.config());
		h.broker.refuseSubscriptions();
		h.connect();
		assertEquals(0, h.listener.eventCounts[SessionEvent.SUBSCRIBED]);
		assertEquals(2, h.listener.eventCounts[SessionEvent.SUBSCRIBE_REFUSED]);
		assertTrue(h.subscribed());
	}

	@Test
	public void connect_openFails_reportsTransportError() {
		Harness h = new Harness(Harness.config());
		h.connector.failWith(TransportError.TLS_UNTRUSTED);
		assertEquals(SessionStatus.TRANSPORT_OPEN_FAILED, h.session.connect(h.now()));
		assertEquals(SessionState.DISCONNECTED, h.session.state());
		assertEquals(SessionStatus.TRANSPORT_OPEN_FAILED, h.session.lastCause());
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
		assertEquals(SessionStatus.TRANSPORT_CLOSED, h.session.connect(h.now()));
		assertEquals(SessionStatus.TRANSPORT_CLOSED, h.session.lastCause());
		assertTrue(h.transport.closedByClient());
	}

	@Test
	public void connack_refusals_areClassified() {
		int[] causes = { 0, SessionStatus.REFUSED_PROTOCOL, SessionStatus.REFUSED_IDENTIFIER,
				SessionStatus.REFUSED_UNAVAILABLE, SessionStatus.REFUSED_CREDENTIALS,
				SessionStatus.REFUSED_NOT_AUTHORIZED };
		for (int code = 1; code <= 5; code++) {
			SessionConfig c = Harness.config();
			c.fallbackTo31 = false;
			Harness h = new Harness(c);
			h.broker.refuseConnects(code);
			h.session.connect(h.now());
			h.run();
			assertEquals(SessionState.DISCONNECTED, h.session.state());
			assertEquals(causes[code], h.session.lastCause());
		}
	}

	@Test
	public void connack_unknownCode_isMalformed() {
		Harness h = new Harness(Harness.config());
		h.broker.holdConnAck();
		h.session.connect(h.now());
		h.broker.sendConnAck(false, 9);
		h.run();
		assertEquals(SessionState.DISCONNECTED, h.session.state());
		assertEquals(SessionStatus.BAD_RETURN_CODE, h.session.lastCause());
	}

	@Test
	public void connack_code1_fallsBackTo31_andNextConnectUsesLevel3() {
		Harness h = new Harness(Harness.config());
		h.broker.refuseConnects(AckCodec.REFUSED_PROTOCOL_VERSION);
		h.session.connect(h.now());
		h.run();
		assertEquals(SessionStatus.RETRY_WITH_31, h.session.lastCause());
		assertEquals(1, h.listener.eventCounts[SessionEvent.PROTOCOL_FALLBACK]);
		assertEquals(3, h.session.handshake.connect.protocolLevel);
		h.newLink();
		h.broker.refuseConnects(AckCodec.REFUSED_PROTOCOL_VERSION);
		h.session.connect(h.now());
		h.run();
		assertEquals(3, h.broker.protocolLevel);
		assertEquals(SessionStatus.REFUSED_PROTOCOL, h.session.lastCause());
		h.newLink();
		h.connect();
		assertEquals(3, h.broker.protocolLevel);
	}

	@Test
	public void fallbackTo31_withLongClientId_failsWithBadSettings() {
		SessionConfig c = Harness.config();
		c.connect.clientId = Utf8.encode("a-client-id-longer-than-23-bytes");
		Harness h = new Harness(c);
		h.broker.refuseConnects(AckCodec.REFUSED_PROTOCOL_VERSION);
		h.session.connect(h.now());
		h.run();
		h.newLink();
		assertEquals(SessionStatus.BAD_SETTINGS, h.session.connect(h.now()));
		assertEquals(SessionStatus.BAD_SETTINGS, h.session.lastCause());
	}

	@Test
	public void connack_missing_timesOutAfterConnackTimeout() {
		Harness h = new Harness(Harness.config());
		h.broker.holdConnAck();
		h.broker.answerSubscribes(false);
		h.session.connect(h.now());
		h.run();
		assertEquals(h.now() + 2000, h.session.nextDeadline(h.now()));
		h.clock.advance(1999);
		h.run();
		assertEquals(SessionState.AWAIT_CONNACK, h.session.state());
		h.clock.advance(1);
		h.run();
		assertEquals(SessionStatus.CONNACK_TIMEOUT, h.session.lastCause());
		assertEquals(Long.MAX_VALUE, h.session.nextDeadline(h.now()));
	}

	@Test
	public void firstPacket_notConnack_isNamed() {
		Harness h = new Harness(Harness.config());
		h.broker.holdConnAck();
		h.session.connect(h.now());
		h.broker.sendPingResp();
		h.run();
		assertEquals(SessionStatus.FIRST_NOT_CONNACK, h.session.lastCause());
	}

	@Test
	public void secondConnack_isNamed() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.sendConnAck(false, 0);
		h.run();
		assertEquals(SessionStatus.SECOND_CONNACK, h.session.lastCause());
		assertEquals(1, h.session.counters().violations(SessionStatus.SECOND_CONNACK));
		assertEquals(1, h.session.counters().drops());
	}

	@Test
	public void setCredentials_betweenConnects_isUsedByNextConnect() {
		Harness h = new Harness(Harness.config()).connect();
		assertEquals(SessionStatus.OK, h.session.disconnect(h.now()));
		h.broker.pump();
		assertEquals(1, h.broker.count(PacketType.DISCONNECT));
		assertEquals(SessionStatus.LOCAL_DISCONNECT, h.session.lastCause());
		assertEquals(0, h.session.counters().drops());
		byte[] id = Utf8.encode("dev_0_0_2026112122");
		byte[] user = Utf8.encode("dev");
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
		SessionConfig c = Harness.config();
		c.bufferBytes = 64;
		Harness h = new Harness(c);
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
		Harness h = new Harness(Harness.config()).connect();
		h.transport.closeByPeer();
		h.run();
		assertEquals(SessionStatus.TRANSPORT_CLOSED, h.session.lastCause());
		h.newLink();
		h.connect();
		h.clock.advance(100);
		h.transport.closeByPeer();
		h.run();
		assertEquals(SessionStatus.PROBABLE_TAKEOVER, h.session.lastCause());
		assertEquals(2, h.session.counters().drops());
		h.newLink();
		h.connect();
		h.clock.advance(6000);
		h.transport.closeByPeer();
		h.run();
		assertEquals(SessionStatus.TRANSPORT_CLOSED, h.session.lastCause());
	}

	@Test
	public void will_andCleanSession_areSentInConnect() {
		SessionConfig c = Harness.config();
		c.connect.willTopic = Utf8.encode("dev/status");
		c.connect.willPayload = new byte[] { 'x' };
		c.connect.willQos = 1;
		c.connect.willRetain = true;
		c.connect.cleanSession = false;
		Harness h = new Harness(c);
		h.connect();
		assertTrue(h.broker.will);
		assertFalse(h.broker.cleanSession);
	}

	@Test
	public void connect_withOneByteReads_andWritesAcceptingZeroThenAll() {
		Harness h = new Harness(Harness.config());
		h.transport.readPattern(1, 0).writePattern(0, Integer.MAX_VALUE);
		h.connect();
		assertTrue(h.subscribed());
	}

	@Test
	public void config_invalidValues_throwWithKey() {
		SessionConfig c = new SessionConfig();
		c.bufferBytes = 1;
		assertInvalid(c, "bufferBytes");
		c = new SessionConfig();
		c.connect.willTopic = Utf8.encode("a");
		c.connect.willQos = -1;
		assertInvalid(c, "connect");
		c = new SessionConfig();
		c.connect.keepAliveSeconds = -1;
		assertInvalid(c, "connect");
		SessionConfig negQos = new SessionConfig();
		negQos.subscribe("a", -1);
		assertInvalid(negQos, "subscription.qos");
		c = new SessionConfig();
		c.queueBytes = -1;
		assertInvalid(c, "queueBytes");
		c = new SessionConfig();
		c.connect.protocolLevel = 5;
		assertInvalid(c, "connect");
		c = new SessionConfig();
		c.connect.willTopic = Utf8.encode("a/#");
		assertInvalid(c, "connect");
		c = new SessionConfig();
		c.connect.willTopic = Utf8.encode("a");
		c.connect.willQos = 3;
		assertInvalid(c, "connect");
		c = new SessionConfig();
		c.connect.keepAliveSeconds = 70000;
		assertInvalid(c, "connect");
		c = new SessionConfig();
		c.ackTimeoutMillis = 0;
		assertInvalid(c, "ackTimeoutMillis");
		c = new SessionConfig();
		c.connectTimeoutMillis = 0;
		assertInvalid(c, "connectTimeoutMillis");
		c = new SessionConfig();
		c.queueOverflow = 7;
		assertInvalid(c, "queueOverflow");
		c = new SessionConfig();
		c.queueTtlSeconds = -1;
		assertInvalid(c, "queueTtlSeconds");
		c = new SessionConfig();
		c.inflightSlots = 0;
		assertInvalid(c, "inflightSlots");
		c = new SessionConfig();
		c.inflightSlots = 1025;
		assertInvalid(c, "inflightSlots");
		SessionConfig bad = new SessionConfig();
		bad.subscribe("a/#/b", 0);
		assertInvalid(bad, "subscription");
		SessionConfig badQos = new SessionConfig();
		badQos.subscribe("a", 3);
		assertInvalid(badQos, "subscription.qos");
		SessionConfig wide = new SessionConfig();
		wide.bufferBytes = 28;
		wide.subscribe("a-long-topic-filter", 0);
		assertInvalid(wide, "subscription");
		c = new SessionConfig();
		c.bufferBytes = 16;
		c.connect.clientId = Utf8.encode("a-long-client-identifier");
		assertInvalid(c, "connect");
		c = new SessionConfig();
		c.connect.cleanSession = false;
		assertInvalid(c, "connect");
	}

	@Test(expected = IllegalArgumentException.class)
	public void constructor_nullListener_throws() {
		new MqttSession(new SessionConfig(), new org.mqttboard.testkit.ScriptedConnector(), null);
	}

	@Test(expected = IllegalArgumentException.class)
	public void constructor_nullConnector_throws() {
		new MqttSession(new SessionConfig(), null, new RecordingListener());
	}

	@Test
	public void subscribed_isFalse_untilEverySubackArrived() {
		Harness h = new Harness(Harness.config());
		h.broker.answerSubscribes(false);
		h.connect();
		assertFalse(h.subscribed());
		assertEquals(0, h.listener.subacks);
		h.broker.sendSubAck(0xFFFF, 1);
		h.run();
		assertFalse(h.subscribed());
		h.broker.sendSubAck(0xFFFE, 0);
		h.run();
		assertTrue(h.subscribed());
	}

	@Test
	public void credentialsAndWill_optionalParts_areEncoded() {
		SessionConfig c = Harness.config();
		c.connect.clientId = Utf8.encode("id");
		c.connect.username = Utf8.encode("user");
		c.connect.password = new byte[] { 1, 2, 3 };
		Harness h = new Harness(c);
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
