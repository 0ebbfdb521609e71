/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Test;
import org.mqttboard.platform.Display;
import org.mqttboard.sim.SimClock;
import org.mqttboard.sim.SimWifi;
import org.mqttboard.testkit.app.FakeLink;
import org.mqttboard.testkit.app.FakeTimeSync;
import org.mqttboard.testkit.app.RecordingDisplay;
import org.mqttboard.testkit.app.RecordingLog;
import org.mqttboard.testkit.app.RecordingObserver;

/**
 * Several configured networks on the simulator's Wi-Fi (real join timing, named networks with signal levels): the
 * strongest one heard joins first, one out of range makes the next one join within the same round, and with none in
 * range the round fails and backs off.
 */
public class SimWifiNetworksTest {

	private static final String[] SSIDS = { "home", "office", "guest" };
	private static final String[] PASSES = { "home-pass-1", "office-pass-1", "" };
	private static final String[] MODES = { "WPA2", "WPA2", "OPEN" };

	private final SimWifi wifi = new SimWifi();
	private final SimClock clock = new SimClock();
	private final RecordingLog log = new RecordingLog();
	private final BringUp machine = new BringUp(this.wifi, SSIDS, PASSES, MODES, 2000, new FakeTimeSync(), false,
			new FakeLink(), new Backoff(100, 1600, 60000, new Random(3)),
			new Reporter(new RecordingDisplay(Display.KIND_SERIAL, 40), this.log, new RecordingObserver()));

	@Test
	public void strongestHeardNetwork_joinsFirst() {
		this.wifi.place("home", -80);
		this.wifi.place("office", -50);
		runUntilUp();
		assertEquals("office", this.wifi.joinedSsid());
		assertEquals(this.log.all(), 0, count("join '"));
	}

	@Test
	public void firstNetworkOutOfRange_theNextOneJoinsInTheSameRound() {
		this.wifi.place("office", -60);
		this.wifi.place("guest", -40);
		runUntilUp();
		// home is out of range, so not heard: guest (strongest heard) joins at once, home would only come last.
		assertEquals("guest", this.wifi.joinedSsid());
		assertEquals(this.log.all(), 0, count("join '"));
	}

	@Test
	public void withoutScan_theFirstNetworkOutOfRange_andTheNextOneJoinsInTheSameRound() {
		this.wifi.scans(false);
		this.wifi.place("office", -60);
		this.wifi.place("guest", -40);
		runUntilUp();
		assertTrue(this.log.all(), this.log.all().indexOf("join 'home' failed: no access point named 'home' in range;"
				+ " trying 'office'") >= 0);
		assertEquals(this.log.all(), 0, count("retry in"));
		assertEquals("office", this.wifi.joinedSsid());
	}

	@Test
	public void noNetworkInRange_theRoundFails_andBacksOff() {
		this.wifi.place("elsewhere", -30);
		long start = this.clock.monotonicMillis();
		for (int i = 0; i < 8 && count("retry in") == 0; i++) {
			this.machine.step(Math.max(this.clock.monotonicMillis(), this.machine.nextDeadline(start)));
		}
		assertEquals(this.log.all(), 1, count("join 'guest' failed: no access point named 'guest' in range; retry"));
		assertEquals(2, count("trying '"));
		assertEquals(BringUpState.WIFI_JOIN, this.machine.state());
	}

	private void runUntilUp() {
		for (int i = 0; i < 20 && this.machine.state() != BringUpState.NETWORK_UP; i++) {
			long now = this.clock.monotonicMillis();
			this.machine.step(Math.max(now, this.machine.nextDeadline(now)));
		}
		assertEquals(this.log.all(), BringUpState.NETWORK_UP, this.machine.state());
	}

	private int count(String part) {
		int n = 0;
		String all = this.log.all();
		for (int i = all.indexOf(part); i >= 0; i = all.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}
}
