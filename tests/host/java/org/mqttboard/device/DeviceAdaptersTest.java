/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.device;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.mqttboard.microej.BoardProfile;
import org.mqttboard.microej.ButtonEventCodec;
import org.mqttboard.microej.EcomWifiRadio;
import org.mqttboard.microej.EcomWifiRadioAccess;
import org.mqttboard.microej.EventQueueButtons;
import org.mqttboard.microej.LcdDisplay;
import org.mqttboard.microej.MicroUiButtons;
import org.mqttboard.microej.StatusLed;
import org.mqttboard.platform.Clock;
import org.mqttboard.platform.Log;
import org.mqttboard.platform.WifiRadio;

import ej.ecom.network.NetworkInterfaceManager;
import ej.ecom.wifi.AccessPoint;
import ej.ecom.wifi.SecurityMode;
import ej.ecom.wifi.WifiManager;
import ej.microui.display.Painter;
import ej.microui.event.EventGenerator;
import ej.microui.event.generator.Buttons;
import ej.microui.led.Leds;

/**
 * The MicroEJ-bound adapters of the device layer, driven on a JDK through scripted fakes of the {@code ej.*} API
 * (tests/host/java/ej/**): Wi-Fi failure handling, button event delivery, status LEDs, LCD rendering, config
 * override. The fakes mirror the signature stubs, so these tests also catch a device class calling something the
 * stubs do not declare.
 */
public class DeviceAdaptersTest {

	/** Real-time monotonic clock: the Wi-Fi radio sleeps while it waits. */
	private static final Clock CLOCK = new Clock() {
		private final long origin = System.nanoTime();

		@Override
		public long monotonicMillis() {
			return (System.nanoTime() - this.origin) / 1_000_000L;
		}

		@Override
		public long wallMillis() {
			return System.currentTimeMillis();
		}

		@Override
		public void setWallMillis(long utcMillis) {
			throw new UnsupportedOperationException();
		}
	};

	private final List<String> lines = new ArrayList<>();
	private final Log log = (level, line) -> this.lines.add(level + " " + line);
	private WifiManager wifi;

	@Before
	public void resetFakes() {
		this.wifi = new WifiManager();
		WifiManager.instance = this.wifi;
		NetworkInterfaceManager.lastConfiguration = null;
		NetworkInterfaceManager.defaultInterface = null;
		Leds.on = new boolean[3];
		Painter.drawn.clear();
		EventGenerator.buttons = null;
	}

	@Test
	public void join_refusesUnknownSecurityMode_withoutTouchingTheDriver() {
		EcomWifiRadio radio = new EcomWifiRadio(null, CLOCK, this.log);
		assertEquals(WifiRadio.JOIN_ERROR, radio.join("net", "secret-pass", "WPA9", 1000));
		assertEquals(0, this.wifi.joins);
		assertTrue(this.lines.toString(), this.lines.get(0).contains("unknown security mode WPA9"));
	}

	@Test
	public void join_mapsPortableSecurityNameToEcomConstant_andConfiguresDhcp() {
		EcomWifiRadio radio = new EcomWifiRadio("lo", CLOCK, this.log);
		this.wifi.joinFailure = new IOException("driver says no");
		radio.join("net", "pass", "WPA", 500);
		assertSame(SecurityMode.WPA1, this.wifi.joinedMode);
		assertTrue(NetworkInterfaceManager.lastConfiguration.dhcp);
	}

	@Test
	public void join_leavesAndReportsError_whenDriverJoinFails_withoutLoggingThePassphrase() {
		EcomWifiRadio radio = new EcomWifiRadio("lo", CLOCK, this.log);
		this.wifi.joinFailure = new IOException("ECOM-WIFI:E=-3");
		assertEquals(WifiRadio.JOIN_ERROR, radio.join("net", "top-secret-passphrase", "WPA2", 500));
		assertEquals(1, this.wifi.leaves);
		assertFalse(radio.isUp());
		assertTrue(this.lines.toString(), this.lines.toString().contains("ECOM-WIFI:E=-3"));
		assertFalse(this.lines.toString().contains("top-secret-passphrase"));
	}

	@Test
	public void join_leavesAndReportsError_whenNoAccessPointIsJoinedAfterJoin() {
		EcomWifiRadio radio = new EcomWifiRadio("lo", CLOCK, this.log);
		this.wifi.joinedAfterJoin = null;
		assertEquals(WifiRadio.JOIN_ERROR, radio.join("net", "pass", "WPA2", 500));
		assertEquals(1, this.wifi.leaves);
	}

	@Test
	public void join_timesOutAndLeaves_whenNoAddressArrivesWithinTheTimeout() {
		// "lo" only has loopback addresses, which never count as a DHCP lease.
		EcomWifiRadio radio = new EcomWifiRadio("lo", CLOCK, this.log);
		this.wifi.joinedAfterJoin = new AccessPoint("net", -61.4f);
		long start = CLOCK.monotonicMillis();
		assertEquals(WifiRadio.JOIN_TIMEOUT, radio.join("net", "pass", "WPA2", 600));
		long elapsed = CLOCK.monotonicMillis() - start;
		assertTrue("waited " + elapsed + " ms", elapsed >= 550 && elapsed < 5000);
		assertEquals(1, this.wifi.leaves);
		assertNull(NetworkInterfaceManager.defaultInterface);
		assertFalse(radio.isUp());
		assertEquals(0, radio.rssi());
	}

	@Test
	public void isLeased_rejectsUnspecifiedAndLoopbackAddresses() {
		assertTrue(EcomWifiRadioAccess.isLeased("192.168.1.23"));
		assertTrue(EcomWifiRadioAccess.isLeased("10.0.0.1"));
		assertFalse(EcomWifiRadioAccess.isLeased("0.0.0.0"));
		assertFalse(EcomWifiRadioAccess.isLeased("127.0.0.1"));
		assertFalse(EcomWifiRadioAccess.isLeased("::1"));
		assertFalse(EcomWifiRadioAccess.isLeased("0:0:0:0:0:0:0:1"));
		assertFalse(EcomWifiRadioAccess.isLeased("0:0:0:0:0:0:0:1%lo"));
	}

	@Test
	public void join_timesOut_whenTheNamedInterfaceDoesNotExist() {
		EcomWifiRadio radio = new EcomWifiRadio("no-such-if0", CLOCK, this.log);
		assertEquals(WifiRadio.JOIN_TIMEOUT, radio.join("net", "pass", "OPEN", 300));
		assertEquals(0, this.wifi.joins);
	}

	@Test
	public void eventQueueButtons_deliverDecodedEdges_andRejectMalformedOrExtendedEvents() {
		EventQueueButtons buttons = new EventQueueButtons(2, CLOCK, this.log);
		List<String> edges = new ArrayList<>();
		buttons.setListener((button, pressed, t) -> edges.add(button + (pressed ? "+" : "-")));
		buttons.handleEvent(1, ButtonEventCodec.PRESSED_FLAG | (1 << 20));
		buttons.handleEvent(1, 1 << 20);
		buttons.handleEvent(1, ButtonEventCodec.PRESSED_FLAG | (2 << 20)); // button C does not exist
		buttons.handleEvent(1, 1 << 24);                                   // beyond 24 bits
		buttons.handleExtendedEvent(1, null);
		assertEquals(List.of("1+", "1-"), edges);
		assertEquals(3, buttons.rejected());
		assertEquals(2, buttons.count());
	}

	@Test
	public void eventQueueButtons_dropEdgesSilently_beforeAListenerIsSet() {
		EventQueueButtons buttons = new EventQueueButtons(1, CLOCK, this.log);
		buttons.handleEvent(1, ButtonEventCodec.PRESSED_FLAG);
		assertEquals(0, buttons.rejected());
	}

	@Test
	public void microUiButtons_becomeHandlerOfTheFirstButtonsGenerator_andForwardPressAndRelease() {
		MicroUiButtons buttons = new MicroUiButtons(2, CLOCK);
		assertFalse("no generator declared", buttons.start());
		Buttons generator = new Buttons();
		EventGenerator.buttons = generator;
		assertTrue(buttons.start());
		assertSame(buttons, generator.handler);
		List<String> edges = new ArrayList<>();
		buttons.setListener((button, pressed, t) -> edges.add(button + (pressed ? "+" : "-")));
		assertTrue(buttons.handleEvent(Buttons.event(0, true)));
		assertTrue(buttons.handleEvent(Buttons.event(0, false)));
		assertFalse(buttons.handleEvent(Buttons.event(5, true)));
		assertFalse(buttons.handleEvent(0));
		assertEquals(List.of("0+", "0-"), edges);
	}

	@Test
	public void statusLed_onS3_drivesTheRgbChannels() {
		StatusLed led = new StatusLed(BoardProfile.forName("esp32-s3-devkitc"));
		led.set(org.mqttboard.platform.Display.LED_BLUE);
		assertArrayEquals(new boolean[] { false, false, true }, Leds.on);
		led.set(org.mqttboard.platform.Display.LED_GREEN);
		assertArrayEquals(new boolean[] { false, true, false }, Leds.on);
		led.set(org.mqttboard.platform.Display.LED_RED);
		assertArrayEquals(new boolean[] { true, false, false }, Leds.on);
		led.set(org.mqttboard.platform.Display.LED_GREEN | org.mqttboard.platform.Display.LED_BLUE);
		assertArrayEquals(new boolean[] { false, true, true }, Leds.on);
		led.set(0);
		assertArrayEquals(new boolean[] { false, false, false }, Leds.on);
	}

	@Test
	public void statusLed_onSingleLedWroverKit_lightsForAnyColour_thePatternCarriesTheState() {
		Leds.on = new boolean[1];
		StatusLed led = new StatusLed(BoardProfile.forName("esp32-wrover-kit"));
		led.set(org.mqttboard.platform.Display.LED_GREEN);
		assertTrue(Leds.on[0]);
		led.set(0);
		assertFalse(Leds.on[0]);
		led.set(org.mqttboard.platform.Display.LED_RED);
		assertTrue(Leds.on[0]);
	}

	@Test
	public void lcdDisplay_drawsStatusBarInStatusColour_thenTheText() {
		LcdDisplay lcd = new LcdDisplay(this.log, 32, null);
		lcd.showStatus("ERR AUTH");
		lcd.showText("hello 2");
		String last = Painter.drawn.toString();
		assertTrue(last, Painter.drawn.contains("fill:b00020"));
		assertTrue(last, Painter.drawn.contains("ffffff:ERR AUTH@4"));
		assertTrue(last, Painter.drawn.contains("ffffff:hello 2@28"));
		assertTrue(this.lines.contains(Log.INFO + " DISPLAY hello 2"));
		assertTrue(this.lines.contains(Log.INFO + " STATUS ERR AUTH"));
	}
}
