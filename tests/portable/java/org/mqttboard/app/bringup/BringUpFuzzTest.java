/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Test;
import org.mqttboard.app.time.TimeSync;
import org.mqttboard.mqtt.session.SessionState;
import org.mqttboard.mqtt.session.SessionStatus;
import org.mqttboard.mqtt.transport.TransportError;
import org.mqttboard.platform.Display;
import org.mqttboard.platform.WifiRadio;
import org.mqttboard.testkit.app.FakeLink;
import org.mqttboard.testkit.app.FakeTimeSync;
import org.mqttboard.testkit.app.FakeWifi;
import org.mqttboard.testkit.app.RecordingDisplay;
import org.mqttboard.testkit.app.RecordingLog;
import org.mqttboard.testkit.app.RecordingObserver;

/**
 * Seeded random walks through Wi-Fi flaps, time-server failures, transport errors and CONNACK refusals. Invariants:
 * no exception, a defined state, deadlines never in the past, the broker never contacted while Wi-Fi is down, and
 * once everything heals the machine always reaches ONLINE. The seed is printed; set {@code -Dfuzz.seed} to replay.
 */
public class BringUpFuzzTest {

	private static final int[] JOIN = { WifiRadio.JOIN_OK, WifiRadio.JOIN_AUTH_FAILED, WifiRadio.JOIN_NOT_FOUND,
			WifiRadio.JOIN_TIMEOUT, WifiRadio.JOIN_ERROR };
	private static final int[] TIME = { TimeSync.OK, TimeSync.TIMEOUT, TimeSync.UNKNOWN_HOST, TimeSync.BAD_REPLY,
			TimeSync.KISS_OF_DEATH, TimeSync.IO };
	private static final int[] TRANSPORT = { TransportError.UNKNOWN_HOST, TransportError.REFUSED,
			TransportError.TIMEOUT, TransportError.IO, TransportError.NO_NETWORK, TransportError.BAD_SETTINGS,
			TransportError.TLS_UNTRUSTED, TransportError.TLS_HOSTNAME, TransportError.TLS_CERT_DATE,
			TransportError.TLS_PROTOCOL, TransportError.TLS_OTHER, TransportError.TLS_CA_RESOURCE };
	/** Every cause the engine closes a link with. */
	private static final int[] CAUSES = { SessionStatus.TRANSPORT_CLOSED, SessionStatus.CONNACK_TIMEOUT,
			SessionStatus.REFUSED_PROTOCOL, SessionStatus.REFUSED_IDENTIFIER, SessionStatus.REFUSED_UNAVAILABLE,
			SessionStatus.REFUSED_CREDENTIALS, SessionStatus.REFUSED_NOT_AUTHORIZED, SessionStatus.KEEPALIVE_TIMEOUT,
			SessionStatus.MALFORMED, SessionStatus.PROTOCOL_ERROR, SessionStatus.PROBABLE_TAKEOVER,
			SessionStatus.BAD_SETTINGS };

	@Test
	public void randomFailures_keepInvariants_andHealToOnline() {
		String fixed = System.getProperty("fuzz.seed");
		long seed = fixed != null ? Long.parseLong(fixed) : System.currentTimeMillis();
		System.out.println("BringUpFuzzTest seed " + seed);
		Random r = new Random(seed);
		for (int run = 0; run < 300; run++) {
			walk(r, seed, run);
		}
	}

	private static void walk(Random r, long seed, int run) {
		final FakeWifi wifi = new FakeWifi();
		FakeTimeSync time = new FakeTimeSync();
		FakeLink link = new FakeLink();
		RecordingObserver observer = new RecordingObserver();
		boolean timeRequired = r.nextInt(2) == 0;
		BringUp m = new BringUp(wifi, new String[] { "lab" }, new String[] { "pw" }, new String[] { "WPA2" }, 1000, time,
				timeRequired, link,
				new Backoff(100, 5000, 60000, new Random(r.nextLong())),
				new Reporter(new RecordingDisplay(Display.KIND_LCD, 16), new RecordingLog(), observer));
		String where = "seed " + seed + " run " + run;
		long now = r.nextInt(1000000);
		for (int i = 0; i < 200; i++) {
			switch (r.nextInt(8)) {
			case 0:
				if (r.nextInt(4) == 0) {
					wifi.loseLink();
				}
				break;
			case 1:
				wifi.answerJoins(JOIN[r.nextInt(JOIN.length)]);
				break;
			case 2:
				time.answer(TIME[r.nextInt(TIME.length)]);
				break;
			case 3:
				if (r.nextInt(2) == 0) {
					link.openNormally();
				} else {
					link.failOpening(TRANSPORT[r.nextInt(TRANSPORT.length)]);
				}
				break;
			case 4:
				if (link.state() != SessionState.DISCONNECTED) {
					link.close(CAUSES[r.nextInt(CAUSES.length)]);
				}
				break;
			case 5:
				link.acceptConnects(r.nextInt(2) == 0);
				break;
			default:
				break;
			}
			int connectsBefore = link.connects();
			boolean wifiBefore = wifi.isUp();
			long deadline = m.nextDeadline(now);
			assertTrue(where, deadline >= now);
			now = (r.nextInt(2) == 0) ? deadline : now + r.nextInt(70000);
			m.step(now);
			assertFalse(where + ": unknown state", "UNKNOWN".equals(BringUpState.name(m.state())));
			assertFalse(where + ": halted without a configuration problem", m.state() == BringUpState.HALTED);
			if (link.connects() > connectsBefore) {
				assertTrue(where + ": broker contacted while Wi-Fi down", wifiBefore);
			}
		}
		// Heal everything: ONLINE must follow within a bounded number of deadlines (a refusal waits up to 120 s,
		// polled every second).
		wifi.answerJoins(WifiRadio.JOIN_OK);
		time.answer(TimeSync.OK);
		link.openNormally().acceptConnects(true);
		if (link.state() != SessionState.CONNECTED) {
			link.close(SessionStatus.TRANSPORT_CLOSED);
		}
		for (int i = 0; i < 1000 && m.state() != BringUpState.ONLINE; i++) {
			now = Math.max(now, m.nextDeadline(now));
			m.step(now);
		}
		assertEquals(where, "ONLINE", BringUpState.name(m.state()));
	}
}
