/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.Random;

import org.junit.Test;
import org.mqttboard.app.store.AtomicFile;
import org.mqttboard.app.store.StoredConfigSource;
import org.mqttboard.platform.Display;
import org.mqttboard.testkit.FakeClock;
import org.mqttboard.testkit.app.RecordingDisplay;
import org.mqttboard.testkit.app.RecordingLog;
import org.mqttboard.testkit.setup.FakeAccessPoint;
import org.mqttboard.testkit.setup.PowerCutStorage;

/** Setup mode's access point: name from the MAC, a random passphrase per start, and what the user is shown. */
public class SetupModeTest {

	@Test
	public void accessPointName_isMqttboardAndTheLastFourHexDigitsOfTheMac() {
		assertEquals("mqttboard-3f2a", SetupMode.accessPointName(new byte[] { 0x24, 0x0a, (byte) 0xc4, 0x11, 0x3f, 0x2a }));
		assertEquals("mqttboard-ff00", SetupMode.accessPointName(new byte[] { 0, 0, 0, 0, (byte) 0xff, 0 }));
		assertEquals("mqttboard-setup", SetupMode.accessPointName(null));
	}

	@Test
	public void passphrase_isTwelveUnambiguousCharacters_validForWpa2_andDiffersWithTheEntropy() {
		Random r = new Random(7);
		String previous = "";
		for (int i = 0; i < 200; i++) {
			byte[] e = new byte[SetupMode.ENTROPY_BYTES];
			for (int k = 0; k < e.length; k++) {
				e[k] = (byte) r.nextInt(256);
			}
			String p = SetupMode.passphrase(e, 0);
			assertEquals(12, p.length());
			for (int k = 0; k < p.length(); k++) {
				char c = p.charAt(k);
				assertTrue(p, c >= 0x20 && c < 0x7F && "0o1li".indexOf(c) < 0);
			}
			assertFalse(previous.equals(p));
			previous = p;
		}
	}

	@Test
	public void openAccessPoint_opensWpa2WithThePassphrase_andShowsSetupNetworkPassphraseAndUrl() throws IOException {
		FakeAccessPoint radio = new FakeAccessPoint(new byte[] { 1, 2, 3, 4, 5, 6 }, "192.168.4.1");
		RecordingDisplay display = new RecordingDisplay(Display.KIND_LCD, 64);
		RecordingLog log = new RecordingLog();
		SetupMode mode = mode(radio, display, log);
		assertTrue(mode.openAccessPoint(80));
		assertEquals("mqttboard-0506", radio.openedSsid);
		assertEquals(mode.passphrase(), radio.openedPassphrase);
		assertEquals("192.168.4.1", mode.address());
		assertEquals("SETUP", display.lastStatus());
		assertEquals("SETUP mqttboard-0506 " + mode.passphrase() + " http://192.168.4.1/", display.lastText());
		assertTrue(log.all(), log.all().indexOf("join Wi-Fi mqttboard-0506 with passphrase " + mode.passphrase()
				+ ", then open http://192.168.4.1/") >= 0);
	}

	@Test
	public void openAccessPoint_thatFails_saysSo() throws IOException {
		FakeAccessPoint radio = new FakeAccessPoint(null, "x");
		radio.failure = new IOException("no soft-AP on this port");
		RecordingDisplay display = new RecordingDisplay(Display.KIND_SERIAL, 40);
		RecordingLog log = new RecordingLog();
		assertFalse(mode(radio, display, log).openAccessPoint(80));
		assertEquals("ERR SETUP", display.lastStatus());
		assertTrue(log.all(), log.all().indexOf("no soft-AP on this port") >= 0);
	}

	@Test
	public void bootHold_aPressAtBootHeldForTheHoldTime_entersSetupMode() {
		BootHold h = new BootHold(1000, 3000);
		assertEquals(BootHold.WAIT, h.decide(1000));
		h.onEdge(0, true, 1050);
		assertEquals(BootHold.WAIT, h.decide(3000));
		assertEquals(4050, h.nextDeadline(3000));
		assertEquals(BootHold.HELD, h.decide(4050));
	}

	@Test
	public void bootHold_releasedEarly_aPressAfterTheWindow_orButtonB_doNot() {
		BootHold released = new BootHold(0, 3000);
		released.onEdge(0, true, 0);
		released.onEdge(0, false, 2000);
		assertEquals(BootHold.NOT_HELD, released.decide(2000));
		released.onEdge(0, true, 2100);
		assertEquals(BootHold.NOT_HELD, released.decide(9000));

		BootHold late = new BootHold(0, 3000);
		assertEquals(BootHold.NOT_HELD, late.decide(BootHold.WINDOW_MILLIS + 1));
		late.onEdge(0, true, BootHold.WINDOW_MILLIS + 5);
		assertEquals(BootHold.NOT_HELD, late.decide(10000));

		BootHold b = new BootHold(0, 3000);
		b.onEdge(1, true, 0);
		assertEquals(BootHold.NOT_HELD, b.decide(5000));
	}

	private static SetupMode mode(FakeAccessPoint radio, RecordingDisplay display, RecordingLog log)
			throws IOException {
		PowerCutStorage storage = new PowerCutStorage();
		AtomicFile file = new AtomicFile(storage, "mqttboard.properties");
		byte[] entropy = new byte[SetupMode.ENTROPY_BYTES];
		for (int k = 0; k < entropy.length; k++) {
			entropy[k] = (byte) (k * 37 + 11);
		}
		return new SetupMode(new FakeClock(0), display, log, radio, storage,
				new StoredConfigSource(file, "/org/mqttboard/app/default.properties"), file, entropy);
	}
}
