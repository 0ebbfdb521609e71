/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;
import org.mqttboard.app.bringup.BrokerLink;
import org.mqttboard.app.button.PublishPort;
import org.mqttboard.app.config.CredentialSource;
import org.mqttboard.app.config.Credentials;
import org.mqttboard.mqtt.codec.ConnectOptions;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.session.MqttSession;
import org.mqttboard.mqtt.session.SessionConfig;
import org.mqttboard.mqtt.session.SessionListener;
import org.mqttboard.mqtt.transport.TransportError;
import org.mqttboard.testkit.FakeClock;
import org.mqttboard.testkit.ScriptedBroker;
import org.mqttboard.testkit.ScriptedConnector;
import org.mqttboard.testkit.ScriptedTransport;

/** The adapter between the bring-up machine and the MQTT session: cause classes, credentials, publish results. */
public class SessionLinkTest {

	private static final byte[] TOPIC = { 't', '/', '1' };

	private FakeClock clock;
	private ScriptedConnector connector;
	private ScriptedTransport transport;
	private ScriptedBroker broker;
	private SessionLink link;
	private int refreshes;
	private long lastWall;

	@Before
	public void setUp() {
		this.clock = new FakeClock(1000);
		this.clock.setWallMillis(1763683200000L);
		this.connector = new ScriptedConnector();
		this.transport = new ScriptedTransport();
		this.broker = new ScriptedBroker(this.transport);
		this.connector.willReturn(this.transport);
		this.link = build(true, ConnectOptions.LEVEL_3_1_1, true);
	}

	private SessionLink build(boolean queue, int protocol, boolean fallback) {
		CredentialSource creds = new CredentialSource() {
			@Override
			public Credentials refresh(long wallMillis) {
				SessionLinkTest.this.refreshes++;
				SessionLinkTest.this.lastWall = wallMillis;
				return new Credentials("dev_" + SessionLinkTest.this.refreshes, "user", "pw");
			}

			@Override
			public boolean needsWallClock() {
				return true;
			}
		};
		SessionLink l = new SessionLink(this.clock, creds, queue, 0);
		SessionConfig c = new SessionConfig();
		c.queueBytes = queue ? 512 : 0;
		c.bufferBytes = 128;
		c.connect.protocolLevel = protocol;
		c.fallbackTo31 = fallback;
		c.connect.clientId = new byte[] { 'i', 'n', 'i', 't', 'i', 'a', 'l' };
		c.queueOverflow = SessionConfig.DROP_NEWEST;
		c.subscribe("in/#", 1);
		l.attach(new MqttSession(c, this.connector, new SessionListener() {
			@Override
			public void onMessage(int subscription, byte[] buf, int topicOff, int topicLen, int payloadOff,
					int payloadLen, int qos, boolean retain) {
				// not needed here
			}

			@Override
			public void onStateChange(int state, int cause) {
				// not needed here
			}

			@Override
			public void onPublishDone(int token, int status) {
				// not needed here
			}

			@Override
			public void onEvent(int event, int arg) {
				// not needed here
			}
		}));
		return l;
	}

	private void pump(int rounds) {
		for (int i = 0; i < rounds; i++) {
			this.link.step(this.clock.monotonicMillis());
			this.broker.pump();
		}
		this.link.step(this.clock.monotonicMillis());
	}

	private String clientId() {
		try {
			return new String(this.broker.clientId, 0, this.broker.clientIdLen, "UTF-8");
		} catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	public void connect_refreshesCredentialsWithTheWallClockEveryTime() {
		assertTrue(this.link.connect(this.clock.monotonicMillis()));
		pump(3);
		assertEquals(BrokerLink.ONLINE, this.link.status());
		assertEquals("dev_1", clientId());
		assertEquals(1763683200000L, this.lastWall);
		this.link.drop();
		assertEquals(BrokerLink.CLOSED, this.link.status());
		assertEquals(BrokerLink.CLOSE_TRANSPORT, this.link.closeClass());
		assertEquals(TransportError.NO_NETWORK, this.link.closeDetail());
		this.transport = new ScriptedTransport();
		this.broker = new ScriptedBroker(this.transport);
		this.connector.willReturn(this.transport);
		assertTrue(this.link.connect(this.clock.monotonicMillis()));
		pump(3);
		assertEquals("dev_2", clientId());
	}

	@Test
	public void connect_reportsTheTransportError_whenOpenFails() {
		this.connector.failWith(TransportError.TLS_UNTRUSTED);
		assertFalse(this.link.connect(this.clock.monotonicMillis()));
		assertEquals(BrokerLink.CLOSED, this.link.status());
		assertEquals(BrokerLink.CLOSE_TRANSPORT, this.link.closeClass());
		assertEquals(TransportError.TLS_UNTRUSTED, this.link.closeDetail());
	}

	@Test
	public void connack_refusalsMapToTheirReturnCodes() {
		int[] codes = { 2, 3, 4, 5 };
		for (int code : codes) {
			setUp();
			this.link = build(true, ConnectOptions.LEVEL_3_1_1, false);
			this.broker.connAckCode = code;
			assertTrue(this.link.connect(this.clock.monotonicMillis()));
			pump(3);
			assertEquals("code " + code, BrokerLink.CLOSED, this.link.status());
			assertEquals("code " + code, BrokerLink.CLOSE_REFUSED, this.link.closeClass());
			assertEquals(code, this.link.closeDetail());
		}
	}

	@Test
	public void connackOne_reconnectsAtOnceWith31_whenFallbackAllowed() {
		this.broker.connAckCode = 1;
		assertTrue(this.link.connect(this.clock.monotonicMillis()));
		ScriptedTransport second = new ScriptedTransport();
		ScriptedBroker secondBroker = new ScriptedBroker(second);
		this.connector.willReturn(second);
		pump(3);
		assertEquals(2, this.connector.opens());
		for (int i = 0; i < 3; i++) {
			secondBroker.pump();
			this.link.step(this.clock.monotonicMillis());
		}
		assertEquals(3, secondBroker.protocolLevel);
		assertEquals(BrokerLink.ONLINE, this.link.status());
	}

	@Test
	public void earlySubscribeClose_reconnectsAtOnce_andSubscribesAfterConnack() {
		this.broker.autoConnAck = false;
		this.broker.autoSubAck = false;
		assertTrue(this.link.connect(this.clock.monotonicMillis()));
		this.broker.pump();
		assertEquals(1, this.broker.count(PacketType.SUBSCRIBE)); // pipelined behind CONNECT
		this.transport.closeByPeer(); // what Moquette 0.17 does on a SUBSCRIBE before its CONNACK
		ScriptedTransport second = new ScriptedTransport();
		ScriptedBroker secondBroker = new ScriptedBroker(second);
		secondBroker.autoConnAck = false;
		this.connector.willReturn(second);
		this.link.step(this.clock.monotonicMillis());
		assertEquals(2, this.connector.opens());
		assertEquals(BrokerLink.CONNECTING, this.link.status());
		secondBroker.pump();
		assertEquals(0, secondBroker.count(PacketType.SUBSCRIBE)); // now held until CONNACK
		secondBroker.sendConnAck(false, 0);
		for (int i = 0; i < 3; i++) {
			this.link.step(this.clock.monotonicMillis());
			secondBroker.pump();
		}
		assertEquals(1, secondBroker.count(PacketType.SUBSCRIBE));
		assertEquals(BrokerLink.ONLINE, this.link.status());
	}

	@Test
	public void connackOne_isAProtocolRefusal_withoutFallback() {
		this.link = build(true, ConnectOptions.LEVEL_3_1_1, false);
		this.broker.connAckCode = 1;
		this.link.connect(this.clock.monotonicMillis());
		pump(3);
		assertEquals(BrokerLink.CLOSE_REFUSED, this.link.closeClass());
		assertEquals(1, this.link.closeDetail());
	}

	@Test
	public void silentBroker_isATimeout_andPeerCloseIsClosePeer() {
		this.broker.autoConnAck = false;
		this.broker.autoSubAck = false; // a SUBACK before CONNACK would be a protocol error
		this.link.connect(this.clock.monotonicMillis());
		pump(2);
		assertEquals(org.mqttboard.mqtt.session.SessionStatus.name(this.link.session().lastCause()),
				BrokerLink.CONNECTING, this.link.status());
		assertTrue(this.link.nextDeadline(this.clock.monotonicMillis()) <= this.clock.monotonicMillis()
				+ SessionLink.POLL_MILLIS);
		this.clock.advance(60000);
		pump(1);
		assertEquals(BrokerLink.CLOSE_TIMEOUT, this.link.closeClass());

		setUp();
		this.link.connect(this.clock.monotonicMillis());
		pump(3);
		this.transport.closeByPeer();
		pump(1);
		assertEquals(BrokerLink.CLOSED, this.link.status());
		assertEquals(BrokerLink.CLOSE_PEER, this.link.closeClass());
	}

	@Test
	public void malformedBytes_areAProtocolClose() {
		this.link.connect(this.clock.monotonicMillis());
		pump(3);
		this.broker.sendRaw(new byte[] { (byte) 0xF0, 0 });
		pump(1);
		assertEquals(BrokerLink.CLOSE_PROTOCOL, this.link.closeClass());
	}

	@Test
	public void publish_mapsOnlineOfflineQueueAndSizeResults() {
		byte[] payload = new byte[8];
		assertEquals("QoS 0 offline", PublishPort.OFFLINE, this.link.publish(TOPIC, payload, 8, 0, false));
		assertEquals("QoS 1 offline", PublishPort.QUEUED, this.link.publish(TOPIC, payload, 8, 1, false));
		assertEquals(PublishPort.TOO_LARGE, this.link.publish(TOPIC, new byte[4096], 4096, 1, false));
		int rc = PublishPort.QUEUED;
		for (int i = 0; i < 100 && rc == PublishPort.QUEUED; i++) {
			rc = this.link.publish(TOPIC, payload, 8, 1, false);
		}
		assertEquals(PublishPort.QUEUE_FULL, rc);
		assertEquals(PublishPort.REFUSED, this.link.publish(new byte[] { '#' }, payload, 8, 1, false));
		this.link.connect(this.clock.monotonicMillis());
		pump(20);
		assertEquals(BrokerLink.ONLINE, this.link.status());
		assertTrue(this.broker.count(PacketType.PUBLISH) > 0);
		assertEquals(PublishPort.SENT, this.link.publish(TOPIC, payload, 8, 0, false));
	}

	@Test
	public void publish_isOfflineForEveryQos_whenTheQueueIsDisabled() {
		this.link = build(false, ConnectOptions.LEVEL_3_1_1, true);
		assertEquals(PublishPort.OFFLINE, this.link.publish(TOPIC, new byte[1], 1, 1, false));
	}
}
