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
 * Keep-alive: PINGREQ when nothing was sent or nothing was received for the interval, dead link within keep-alive
 * + ping timeout, RTT measurement, deadlines, time jumps.
 */
public class MqttSessionKeepAliveTest {

	private static final byte[] LED = Utf8.encode("led/1");

	@Test
	public void step_sendsPingreq_whenIdleForKeepAlive() {
		Harness h = new Harness(Harness.config()).connect();
		assertEquals(h.now() + 10000, h.session.nextDeadline(h.now()));
		h.clock.advance(9999);
		h.run();
		assertEquals(0, h.broker.count(PacketType.PINGREQ));
		h.clock.advance(1);
		h.session.step(h.now());
		h.broker.pump();
		assertEquals(1, h.broker.count(PacketType.PINGREQ));
		assertEquals(h.now() + 2000, h.session.nextDeadline(h.now()));
		h.clock.advance(35);
		h.run();
		assertEquals(35, h.session.counters().lastPingRttMillis());
		assertEquals(1, h.session.counters().pings());
		assertEquals(SessionState.CONNECTED, h.session.state());
	}

	@Test
	public void step_sendsPingreq_whenReceivingButNotSending() {
		Harness h = new Harness(Harness.config()).connect();
		for (int i = 0; i < 10; i++) {
			h.clock.advance(1000);
			h.broker.sendPublish(LED, new byte[0], 0, false, false, 0);
			h.run();
		}
		assertEquals(1, h.broker.count(PacketType.PINGREQ));
	}

	@Test
	public void step_sendsPingreq_whenSendingButNotReceiving() {
		Harness h = new Harness(Harness.config()).connect();
		for (int i = 0; i < 10; i++) {
			h.clock.advance(1000);
			h.session.publish(LED, new byte[0], 0, false, h.now());
			h.run();
		}
		assertEquals(1, h.broker.count(PacketType.PINGREQ));
	}

	@Test
	public void missingPingresp_declaresLinkDead_withinKeepAlivePlusPingTimeout() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.holdPingResp();
		long start = h.now();
		for (int i = 0; i < 200 && h.session.state() == SessionState.CONNECTED; i++) {
			h.clock.advance(100);
			h.run();
		}
		assertEquals(SessionStatus.KEEPALIVE_TIMEOUT, h.session.lastCause());
		assertTrue(h.now() - start <= 10000 + 2000);
		assertEquals(1, h.session.counters().drops());
	}

	@Test
	public void silentLink_thatAcceptsNoWrites_isStillDeclaredDead() {
		Harness h = new Harness(Harness.config()).connect();
		h.transport.writePattern(0);
		h.clock.advance(10000);
		h.session.step(h.now());
		h.clock.advance(2000);
		h.session.step(h.now());
		assertEquals(SessionStatus.KEEPALIVE_TIMEOUT, h.session.lastCause());
	}

	@Test
	public void bigTimeJump_pingsThenTimesOut_withoutOverflow() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.holdPingResp();
		h.clock.advance(Long.MAX_VALUE / 4);
		h.run();
		assertEquals(1, h.broker.count(PacketType.PINGREQ));
		h.clock.advance(Long.MAX_VALUE / 4);
		h.run();
		assertEquals(SessionStatus.KEEPALIVE_TIMEOUT, h.session.lastCause());
	}

	@Test
	public void timeGoingBackwards_countsAsNoTime() {
		Harness h = new Harness(Harness.config()).connect();
		h.session.step(h.now() - 50000);
		h.broker.pump();
		assertEquals(0, h.broker.count(PacketType.PINGREQ));
		assertEquals(SessionState.CONNECTED, h.session.state());
	}

	@Test
	public void keepAliveZero_neverPings() {
		SessionConfig c = Harness.config();
		c.connect.keepAliveSeconds = 0;
		Harness h = new Harness(c).connect();
		assertEquals(Long.MAX_VALUE, h.session.nextDeadline(h.now()));
		h.clock.advance(1000000);
		h.run();
		assertEquals(0, h.broker.count(PacketType.PINGREQ));
	}

	@Test
	public void unsolicitedPingresp_isIgnored() {
		Harness h = new Harness(Harness.config()).connect();
		h.broker.sendPingResp();
		h.run();
		assertEquals(-1, h.session.counters().lastPingRttMillis());
		assertEquals(SessionState.CONNECTED, h.session.state());
	}

	@Test
	public void nextDeadline_isNow_whileBytesArePending() {
		Harness h = new Harness(Harness.config()).connect();
		h.transport.writePattern(0);
		h.session.publish(LED, new byte[3], 0, false, h.now());
		assertEquals(h.now(), h.session.nextDeadline(h.now()));
	}
}
