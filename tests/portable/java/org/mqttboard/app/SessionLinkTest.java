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
import org.mqttboard.app.bringup.AppStatus;
import org.mqttboard.app.bringup.Reporter;
import org.mqttboard.app.config.Credentials;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.display.DisplayRule;
import org.mqttboard.app.display.MessageDisplay;
import org.mqttboard.mqtt.codec.AckCodec;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.session.SessionConfig;
import org.mqttboard.mqtt.session.SessionState;
import org.mqttboard.mqtt.session.SessionStatus;
import org.mqttboard.mqtt.transport.TransportError;
import org.mqttboard.platform.Display;
import org.mqttboard.testkit.FakeClock;
import org.mqttboard.testkit.ScriptedBroker;
import org.mqttboard.testkit.ScriptedConnector;
import org.mqttboard.testkit.ScriptedTransport;
import org.mqttboard.testkit.app.RecordingDisplay;
import org.mqttboard.testkit.app.RecordingLog;

/** The adapter between the bring-up machine and the MQTT session: close causes, credentials, publish results. */
public class SessionLinkTest {

	private static final byte[] TOPIC = { 't', '/', '1' };

	private FakeClock clock;
	private ScriptedConnector connector;
	private ScriptedTransport transport;
	private ScriptedBroker broker;
	private SessionLink link;
	private RecordingLog log;
	private RecordingDisplay display;
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
		this.link = link(config());
	}

	/**
	 * @return settings with an offline queue (DROP_NEWEST), 128-byte buffers, MQTT 3.1.1 with the 3.1 fallback, one
	 *         subscription, and credentials counting their refreshes
	 */
	private FirmwareConfig config() {
		FirmwareConfig c = new FirmwareConfig();
		c.credentials = new Credentials("", null, null) {
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
		SessionConfig s = c.session;
		s.queueBytes = 512;
		s.bufferBytes = 128;
		s.connect.clientId = new byte[] { 'i', 'n', 'i', 't', 'i', 'a', 'l' };
		s.queueOverflow = SessionConfig.DROP_NEWEST;
		s.subscribe("in/#", 1);
		c.rules = new DisplayRule[] { DisplayRule.parse("text") };
		return c;
	}

	/** @return settings as {@link #config()} without the fallback to MQTT 3.1 */
	private FirmwareConfig withoutFallback() {
		FirmwareConfig c = config();
		c.session.fallbackTo31 = false;
		return c;
	}

	/** @return settings as {@link #config()} without an offline queue */
	private FirmwareConfig withoutQueue() {
		FirmwareConfig c = config();
		c.session.queueBytes = 0;
		return c;
	}

	private SessionLink link(FirmwareConfig c) {
		RecordingDisplay display = new RecordingDisplay(Display.KIND_LCD, 16);
		this.display = display;
		this.log = new RecordingLog();
		MessageDisplay messages = new MessageDisplay(display, FirmwareConfig.DISPLAY_AUTO, c.rules, 16, 100, 128,
				this.log);
		return new SessionLink(c, this.connector, this.clock, messages, new Reporter(display, this.log, null), null);
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
	public void connectAndDrop_printTheStatusLineWithTheSessionCounters() {
		assertTrue(this.link.connect(this.clock.monotonicMillis()));
		pump(3);
		assertTrue(this.log.all(), this.log.contains("MQTT CONNECTED OK connects=1 "));
		this.link.drop();
		assertTrue(this.log.all(), this.log.contains("MQTT DISCONNECTED LOCAL_DISCONNECT connects=1 "));
		assertTrue("one counters object for the link's life", this.link.counters() == this.link.counters());
	}

	@Test
	public void connect_refreshesCredentialsWithTheWallClockEveryTime() {
		assertTrue(this.link.connect(this.clock.monotonicMillis()));
		pump(3);
		assertEquals(SessionState.CONNECTED, this.link.state());
		assertEquals("dev_1", clientId());
		assertEquals(1763683200000L, this.lastWall);
		this.link.drop();
		assertEquals(SessionState.DISCONNECTED, this.link.state());
		assertEquals(SessionStatus.LOCAL_DISCONNECT, this.link.lastCause());
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
		assertEquals(SessionState.DISCONNECTED, this.link.state());
		assertEquals(SessionStatus.TRANSPORT_OPEN_FAILED, this.link.lastCause());
		assertEquals(TransportError.TLS_UNTRUSTED, this.link.lastTransportError());
	}

	@Test
	public void connack_refusalsMapToTheirReturnCodes() {
		int[] causes = { SessionStatus.REFUSED_IDENTIFIER, SessionStatus.REFUSED_UNAVAILABLE,
				SessionStatus.REFUSED_CREDENTIALS, SessionStatus.REFUSED_NOT_AUTHORIZED };
		for (int code = 2; code <= 5; code++) {
			setUp();
			this.link = link(withoutFallback());
			this.broker.refuseConnects(code);
			assertTrue(this.link.connect(this.clock.monotonicMillis()));
			pump(3);
			assertEquals("code " + code, SessionState.DISCONNECTED, this.link.state());
			assertEquals("code " + code, causes[code - 2], this.link.lastCause());
		}
	}

	@Test
	public void connackOne_reconnectsAtOnceWith31_whenFallbackAllowed() {
		this.broker.refuseConnects(AckCodec.REFUSED_PROTOCOL_VERSION);
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
		assertEquals(SessionState.CONNECTED, this.link.state());
	}

	@Test
	public void earlySubscribeClose_reconnectsAtOnce_andSubscribesAfterConnack() {
		this.broker.holdConnAck();
		this.broker.answerSubscribes(false);
		assertTrue(this.link.connect(this.clock.monotonicMillis()));
		this.broker.pump();
		assertEquals(1, this.broker.count(PacketType.SUBSCRIBE)); // pipelined behind CONNECT
		this.transport.closeByPeer(); // what Moquette 0.17 does on a SUBSCRIBE before its CONNACK
		ScriptedTransport second = new ScriptedTransport();
		ScriptedBroker secondBroker = new ScriptedBroker(second);
		secondBroker.holdConnAck();
		this.connector.willReturn(second);
		this.link.step(this.clock.monotonicMillis());
		assertEquals(2, this.connector.opens());
		assertEquals(SessionState.AWAIT_CONNACK, this.link.state());
		secondBroker.pump();
		assertEquals(0, secondBroker.count(PacketType.SUBSCRIBE)); // now held until CONNACK
		secondBroker.sendConnAck(false, 0);
		for (int i = 0; i < 3; i++) {
			this.link.step(this.clock.monotonicMillis());
			secondBroker.pump();
		}
		assertEquals(1, secondBroker.count(PacketType.SUBSCRIBE));
		assertEquals(SessionState.CONNECTED, this.link.state());
	}

	@Test
	public void connackOne_isAProtocolRefusal_withoutFallback() {
		this.link = link(withoutFallback());
		this.broker.refuseConnects(AckCodec.REFUSED_PROTOCOL_VERSION);
		this.link.connect(this.clock.monotonicMillis());
		pump(3);
		assertEquals(SessionStatus.REFUSED_PROTOCOL, this.link.lastCause());
	}

	@Test
	public void silentBroker_isATimeout_andPeerCloseIsClosePeer() {
		this.broker.holdConnAck();
		this.broker.answerSubscribes(false); // a SUBACK before CONNACK would be a protocol error
		this.link.connect(this.clock.monotonicMillis());
		pump(2);
		assertEquals(SessionStatus.name(this.link.lastCause()), SessionState.AWAIT_CONNACK, this.link.state());
		assertTrue(this.link.nextDeadline(this.clock.monotonicMillis()) <= this.clock.monotonicMillis()
				+ SessionLink.POLL_MILLIS);
		this.clock.advance(60000);
		pump(1);
		assertEquals(SessionStatus.CONNACK_TIMEOUT, this.link.lastCause());

		setUp();
		this.link.connect(this.clock.monotonicMillis());
		pump(3);
		this.transport.closeByPeer();
		pump(1);
		assertEquals(SessionState.DISCONNECTED, this.link.state());
		assertEquals(SessionStatus.TRANSPORT_CLOSED, this.link.lastCause());
	}

	@Test
	public void flood_isSteppedAgainAtOnce_andThePollWaitComesOnlyWhenNothingIsBuffered() {
		this.link.connect(this.clock.monotonicMillis());
		pump(3);
		assertEquals(SessionState.CONNECTED, this.link.state());
		this.transport.readPattern(7); // one small read per session step: the step limit cuts the flood
		for (int i = 0; i < 100; i++) {
			this.broker.sendPublish(TOPIC, new byte[] { (byte) ('0' + i % 10) }, 0, false, false, 0);
		}
		long now = this.clock.monotonicMillis();
		int calls = 0;
		while (this.link.counters().received() < 100 && calls < 1000) {
			this.link.step(now);
			calls++;
			if (this.link.counters().received() < 100) {
				assertEquals("still busy after " + calls + " calls", now, this.link.nextDeadline(now));
			}
		}
		assertEquals(100, this.link.counters().received());
		this.link.step(now);
		long idle = this.link.nextDeadline(now);
		assertTrue("idle wait " + (idle - now), idle > now && idle <= now + SessionLink.POLL_MILLIS);
	}

	@Test
	public void malformedBytes_areAProtocolClose() {
		this.link.connect(this.clock.monotonicMillis());
		pump(3);
		this.broker.sendRaw(new byte[] { (byte) 0xF0, 0 });
		pump(1);
		assertEquals(SessionStatus.BAD_PACKET_TYPE, this.link.lastCause());
	}

	@Test
	public void protocolViolation_isNamedWithItsClause() {
		this.link.connect(this.clock.monotonicMillis());
		pump(3);
		this.broker.sendRaw(new byte[] { 0x36, 0x02, 0, 1 }); // PUBLISH with QoS 3
		pump(1);
		assertEquals(SessionStatus.BAD_QOS, this.link.lastCause());
		assertEquals("PUBLISH with QoS 3 [MQTT-3.3.1-4]", this.link.violation());
	}

	@Test
	public void hugeAnnouncement_namesTheSizeAndTheLimit() {
		this.link.connect(this.clock.monotonicMillis());
		pump(3);
		this.broker.sendRaw(new byte[] { 0x30, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F });
		pump(1);
		assertEquals(SessionStatus.ANNOUNCED_TOO_LARGE, this.link.lastCause());
		assertEquals("PUBLISH announced 268435460 bytes, over the drain limit of 8192 bytes (64 x"
				+ " broker.buffer.bytes)", this.link.violation());
	}

	@Test
	public void refusedSubscription_isAnErrorNamingTheFilter_onTheDisplayToo_andItsMessagesStillShow() {
		this.broker.refuseSubscriptions();
		this.link.connect(this.clock.monotonicMillis());
		pump(3);
		assertEquals(SessionState.CONNECTED, this.link.state());
		assertTrue(this.log.all(), this.log.contains("ERROR SUBSCRIBE_REFUSED broker refused the subscription to"
				+ " in/# (SUBACK 0x80)"));
		assertEquals("ERR SUB", this.display.lastStatus());
		this.broker.sendPublish(new byte[] { 'i', 'n', '/', 'x' }, new byte[] { 'h', 'i' }, 0, false, false, 0);
		pump(2);
		assertEquals("hi", this.display.texts.get(this.display.texts.size() - 1));
	}

	@Test
	public void qos1PressWithEveryInFlightSlotWaiting_isAVisibleError_qos0StillLeaves() {
		this.link.connect(this.clock.monotonicMillis());
		pump(3);
		this.broker.holdAcks();
		for (int i = 0; i < 4; i++) {
			assertEquals(AppStatus.OK, this.link.publish(TOPIC, TOPIC, TOPIC.length, 1, false));
			pump(1);
		}
		assertFalse(this.log.contains("INFLIGHT_FULL"));
		assertEquals(AppStatus.OK, this.link.publish(TOPIC, TOPIC, TOPIC.length, 1, false));
		assertTrue(this.log.all(), this.log.contains("ERROR INFLIGHT_FULL press queued: the 4 QoS 1/2 messages in"
				+ " flight still await the broker's acknowledgement"));
		assertEquals("WAIT ACK", this.display.lastStatus());
		int before = this.broker.count(PacketType.PUBLISH);
		assertEquals(AppStatus.OK, this.link.publish(TOPIC, TOPIC, TOPIC.length, 0, false));
		pump(1);
		assertEquals(before + 1, this.broker.count(PacketType.PUBLISH));
	}

	@Test
	public void qos2AnsweredWithPuback_warnsOnce() {
		this.broker.answerQos2WithPuback();
		this.link.connect(this.clock.monotonicMillis());
		pump(3);
		for (int i = 0; i < 6; i++) {
			this.link.publish(TOPIC, TOPIC, TOPIC.length, 2, false);
			pump(2);
		}
		int warnings = 0;
		for (String line : this.log.lines) {
			if (line.indexOf("answered a QoS 2 PUBLISH with PUBACK") >= 0) {
				warnings++;
			}
		}
		assertEquals(this.log.all(), 1, warnings);
		assertEquals(6, this.link.counters().qos2Downgraded());
	}

	@Test
	public void publish_mapsOnlineOfflineQueueAndSizeResults() {
		byte[] payload = new byte[8];
		assertEquals("QoS 0 offline", AppStatus.OFFLINE, this.link.publish(TOPIC, payload, 8, 0, false));
		assertEquals("QoS 1 offline", AppStatus.QUEUED, this.link.publish(TOPIC, payload, 8, 1, false));
		assertEquals(SessionStatus.TOO_LARGE, this.link.publish(TOPIC, new byte[4096], 4096, 1, false));
		int rc = AppStatus.QUEUED;
		for (int i = 0; i < 100 && rc == AppStatus.QUEUED; i++) {
			rc = this.link.publish(TOPIC, payload, 8, 1, false);
		}
		assertEquals(SessionStatus.QUEUE_FULL, rc);
		assertEquals(SessionStatus.BAD_ARGUMENT, this.link.publish(new byte[] { '#' }, payload, 8, 1, false));
		this.link.connect(this.clock.monotonicMillis());
		pump(20);
		assertEquals(SessionState.CONNECTED, this.link.state());
		assertTrue(this.broker.count(PacketType.PUBLISH) > 0);
		assertEquals(AppStatus.OK, this.link.publish(TOPIC, payload, 8, 0, false));
	}

	@Test
	public void publish_isOfflineForEveryQos_whenTheQueueIsDisabled() {
		this.link = link(withoutQueue());
		assertEquals(AppStatus.OFFLINE, this.link.publish(TOPIC, new byte[1], 1, 1, false));
	}
}
