/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.button;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.mqttboard.app.bringup.AppStatus;
import org.mqttboard.app.bringup.Reporter;
import org.mqttboard.mqtt.session.SessionStatus;
import org.mqttboard.platform.Display;
import org.mqttboard.testkit.app.RecordingDisplay;
import org.mqttboard.testkit.app.RecordingLog;
import org.mqttboard.testkit.app.RecordingObserver;

public class ButtonPublisherTest {

	private final List<String> sent = new ArrayList<String>();
	private int result = AppStatus.OK;
	private RecordingDisplay display;
	private RecordingLog log;
	private RecordingObserver observer;
	private PublishPort port;

	@Before
	public void setUp() {
		this.display = new RecordingDisplay(Display.KIND_LCD, 16);
		this.log = new RecordingLog();
		this.observer = new RecordingObserver();
		this.port = new PublishPort() {
			@Override
			public int publish(byte[] topic, byte[] payload, int length, int qos, boolean retain) {
				try {
					ButtonPublisherTest.this.sent.add(new String(topic, "UTF-8") + " " + new String(payload, 0, length,
							"UTF-8") + " q" + qos + (retain ? " r" : ""));
				} catch (UnsupportedEncodingException e) {
					throw new IllegalStateException(e);
				}
				return ButtonPublisherTest.this.result;
			}
		};
	}

	/** @return a publisher of A short ("hello", QoS 0) and A long (JSON, QoS 1, retained), without rate limit */
	private ButtonPublisher publisher() {
		return publisher(null, 0);
	}

	/**
	 * @param disabled the profile's reason for disabling the buttons, or null
	 * @param ratePerSecond the rate limit, 0 = none
	 */
	private ButtonPublisher publisher(String disabled, int ratePerSecond) {
		ButtonAction[] actions = new ButtonAction[4];
		actions[0] = new ButtonAction("testtopic/1", new PayloadTemplate("hello", "dev"), 0, false);
		actions[1] = new ButtonAction("testtopic/1", new PayloadTemplate("{\"n\":${count},\"p\":\"${press}\"}", "dev"), 1,
				true);
		return new ButtonPublisher(actions, disabled, ratePerSecond, this.port,
				new Reporter(this.display, this.log, this.observer), 0);
	}

	/** @return how many presses were reported lost */
	private int dropped() {
		int n = 0;
		for (String e : this.observer.errors) {
			n += "PRESS_DROPPED".equals(e) || "QUEUE_FULL".equals(e) ? 1 : 0;
		}
		return n;
	}

	@Test
	public void press_publishesRenderedPayloadToTheConfiguredTopic() {
		ButtonPublisher p = publisher();
		p.onPress(0, false, 10);
		p.onPress(0, true, 20);
		p.drain(20);
		assertEquals(2, this.sent.size());
		assertEquals("testtopic/1 hello q0", this.sent.get(0));
		assertEquals("testtopic/1 {\"n\":2,\"p\":\"long\"} q1 r", this.sent.get(1));
		assertEquals(2, this.sent.size() - dropped());
	}

	@Test
	public void press_withoutAction_isLoggedNotPublished() {
		ButtonPublisher p = publisher();
		p.onPress(1, false, 10);
		p.drain(10);
		assertEquals(0, this.sent.size());
		assertTrue(this.log.contains("B short: no action configured"));
	}

	@Test
	public void press_isRefusedWithTheProfileMessage_whenButtonsDisabled() {
		ButtonPublisher p = publisher("profile iotda-app is subscribe-only", 0);
		p.onPress(0, false, 10);
		p.drain(10);
		assertEquals(0, this.sent.size());
		assertEquals("PRESS_DROPPED", this.observer.lastError());
		assertTrue(this.log.contains("subscribe-only"));
	}

	@Test
	public void queueFull_isShownOnTheDisplayAndLogged() {
		ButtonPublisher p = publisher();
		this.result = SessionStatus.QUEUE_FULL;
		p.onPress(0, true, 10);
		p.drain(10);
		assertEquals("QUEUE FULL", this.display.lastStatus());
		assertEquals("QUEUE_FULL", this.observer.lastError());
		assertEquals(1, dropped());
	}

	@Test
	public void offlinePresses_areReportedQueuedOrDropped_byQos() {
		ButtonPublisher p = publisher();
		this.result = AppStatus.QUEUED;
		p.onPress(0, true, 10);
		p.drain(10);
		assertTrue(this.log.contains("offline, queued"));
		this.result = AppStatus.OFFLINE;
		p.onPress(0, false, 10);
		p.drain(10);
		assertEquals("PRESS_DROPPED", this.observer.lastError());
		assertTrue(this.log.contains("use QoS 1"));
		this.result = SessionStatus.TOO_LARGE;
		p.onPress(0, false, 10);
		p.drain(10);
		this.result = SessionStatus.BAD_ARGUMENT;
		p.onPress(0, false, 10);
		p.drain(10);
		assertEquals(3, dropped());
		assertEquals(1, this.sent.size() - dropped());
		assertTrue(this.log.contains("(BAD_ARGUMENT)"));
	}

	@Test
	public void rateLimit_holdsPressesBackAndDeliversThemLater_dropsBeyondTheRing() {
		ButtonPublisher p = publisher(null, 1);
		for (int i = 0; i < ButtonPublisher.PENDING_PRESSES + 2; i++) {
			p.onPress(0, false, 0);
		}
		assertEquals(2, dropped());
		p.drain(0);
		assertEquals(1, this.sent.size());
		long next = p.nextDeadline(0);
		assertEquals(1000, next);
		for (long t = next; t <= 10000 && this.sent.size() < ButtonPublisher.PENDING_PRESSES; t = p.nextDeadline(t)) {
			p.drain(t);
		}
		assertEquals(ButtonPublisher.PENDING_PRESSES, this.sent.size());
		assertEquals(Long.MAX_VALUE, p.nextDeadline(10000));
	}

	@Test
	public void payloadTooLong_isReported() {
		ButtonAction[] actions = new ButtonAction[4];
		StringBuilder big = new StringBuilder();
		while (big.length() <= ButtonPublisher.PAYLOAD_BYTES) {
			big.append("0123456789");
		}
		actions[2] = new ButtonAction("t", new PayloadTemplate(big.toString(), "d"), 0, false);
		ButtonPublisher p = new ButtonPublisher(actions, null, 0, this.port,
				new Reporter(this.display, this.log, this.observer), 0);
		p.onPress(1, false, 0);
		p.drain(0);
		assertEquals(0, this.sent.size());
		assertTrue(this.log.contains("payload longer than " + ButtonPublisher.PAYLOAD_BYTES + " bytes"));
	}
}
