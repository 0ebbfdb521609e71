/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.device;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mqttboard.app.BoardLife;
import org.mqttboard.app.Firmware;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.microej.FsStorage;
import org.mqttboard.microej.Main;
import org.mqttboard.microej.StatusColors;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.Display;
import org.mqttboard.platform.Log;

import ej.ecom.wifi.SecurityMode;
import ej.event.EventQueue;
import ej.ecom.wifi.WifiManager;
import ej.microui.display.Painter;
import ej.microui.led.Leds;

/**
 * The device entry point's wiring with the real firmware on a JDK (MicroEJ API faked, see tests/host/java/ej):
 * each board's sample configuration from board-config is read through the device's config source and validated
 * by the firmware, and the firmware drives the ECOM Wi-Fi adapter with the configured network.
 */
public class DeviceWiringTest {

	private static final Path ROOT = Paths.get(System.getProperty("mqttboard.root", "../..")).toAbsolutePath()
			.normalize();
	/** Bound on main-loop passes while waiting for a state: the loop is driven by hand, never free-running. */
	private static final int MAX_PASSES = 200;

	private final List<String> lines = new ArrayList<>();
	private final Log log = (level, line) -> this.lines.add(line);
	private WifiManager wifi;
	private Path work;

	@Before
	public void setUp() throws IOException {
		this.wifi = new WifiManager();
		this.wifi.joinFailure = new IOException("ECOM-WIFI:E=-1 (scripted)");
		WifiManager.instance = this.wifi;
		Leds.on = new boolean[3];
		Painter.drawn.clear();
		this.work = Files.createTempDirectory("mqb-wiring-");
	}

	@After
	public void tearDown() throws IOException {
		try (var files = Files.list(this.work)) {
			for (Path p : (Iterable<Path>) files::iterator) {
				Files.deleteIfExists(p);
			}
		}
		Files.deleteIfExists(this.work);
	}

	@Test
	public void wroverKit_withItsUneditedSample_haltsAndShowsErrConfigOnTheLcd() throws IOException {
		Path config = this.work.resolve(BoardLife.CONFIG_FILE);
		Files.copy(ROOT.resolve("board-config/esp32-wrover-kit/mqttboard.properties"), config);
		Board board = Main.board("esp32-wrover-kit", null, "lo", new FsStorage(this.work.toString()), this.log);
		assertEquals(Display.KIND_LCD, board.display().kind());
		assertEquals(2, board.buttons().count());
		assertEquals("the stored configuration wins", config.toString(), board.config().name());

		Firmware firmware = new Firmware(board, null, new Random(1));
		assertNull("placeholders must be refused", firmware.counters());
		runUntil(firmware, BringUpState.HALTED);
		assertTrue(Painter.drawn.toString(), Painter.drawn.stream().anyMatch(d -> d.contains("ERR CONFIG")));
		assertEquals(0, this.wifi.joins);
	}

	@Test
	public void s3DevKitC_withItsSampleFilledIn_joinsTheConfiguredNetworkByModeName() throws IOException {
		Board board = Main.board("esp32-s3-devkitc", "eventqueue", "lo", filledIn("esp32-s3-devkitc"), this.log);
		assertEquals(Display.KIND_SERIAL, board.display().kind());
		Firmware firmware = new Firmware(board, null, new Random(1));
		assertNotNull(String.join("\n", this.lines), firmware.counters());
		for (int i = 0; i < MAX_PASSES && this.wifi.joins == 0; i++) {
			firmware.runOnce(board.clock().monotonicMillis());
		}
		assertEquals(1, this.wifi.joins);
		assertEquals("lab-net", this.wifi.joinedSsid);
		assertSame(SecurityMode.WPA2_WPA3_MIXED, this.wifi.joinedMode);
		assertTrue("the failed join must leave", this.wifi.leaves >= 1);
		assertTrue(this.lines.toString(), this.lines.stream().anyMatch(l -> l.contains("ECOM-WIFI:E=-1")));
		assertTrue("no secret in the log", this.lines.stream().noneMatch(l -> l.contains("lab-pass-123")));
		String status = null;
		for (String l : this.lines) {
			if (l.startsWith("STATUS ")) {
				status = l.substring("STATUS ".length());
			}
		}
		assertNotNull(this.lines.toString(), status);
		int colors = StatusColors.of(status);
		assertEquals(status, (colors & StatusColors.RED) != 0, Leds.on[0]);
		assertEquals(status, (colors & StatusColors.GREEN) != 0, Leds.on[1]);
		assertEquals(status, (colors & StatusColors.BLUE) != 0, Leds.on[2]);
		assertTrue("some status LED is lit: " + status, Leds.on[0] || Leds.on[1] || Leds.on[2]);
	}

	@Test
	public void amb82Mini_withItsAmebaSampleFilledIn_isAcceptedByTheFirmware() throws IOException {
		Board board = Main.board("amb82-mini", null, "lo", filledIn("amb82-mini"), this.log);
		assertEquals(2, board.buttons().count());
		Firmware firmware = new Firmware(board, null, new Random(1));
		assertNotNull(String.join("\n", this.lines), firmware.counters());
	}

	@Test
	public void unknownBoard_runsTheSerialOnlyGenericProfile_withoutButtons() {
		Board board = Main.board("no-such-board", null, null, new FsStorage(this.work.toString()), this.log);
		assertEquals("generic", board.name());
		assertEquals(Display.KIND_SERIAL, board.display().kind());
		assertEquals(0, board.buttons().count());
		assertEquals(Main.CONFIG_RESOURCE, board.config().name());
	}

	@Test
	public void genericBoard_neverStartsTheButtonNatives() {
		// ButtonNatives has no implementation on a JDK: reaching it would throw UnsatisfiedLinkError.
		Board board = Main.board("generic", "eventqueue", null, new FsStorage(this.work.toString()), this.log);
		int registered = EventQueue.registered;
		assertEquals(0, Main.startButtons(board.buttons()));
		assertEquals("no Event Queue listener for a board without buttons", registered, EventQueue.registered);
	}

	@Test
	public void buttonBoard_startsTheButtonNatives_afterRegisteringItsListener() {
		Board board = Main.board("esp32-wrover-kit", null, "lo", new FsStorage(this.work.toString()), this.log);
		int registered = EventQueue.registered;
		try {
			Main.startButtons(board.buttons());
			fail("the WROVER-KIT must reach ButtonNatives.start");
		} catch (UnsatisfiedLinkError expected) {
			assertTrue(expected.toString(), expected.getMessage().contains("ButtonNatives.start"));
		}
		assertEquals(registered + 1, EventQueue.registered);
	}

	private void runUntil(Firmware firmware, int state) {
		for (int i = 0; i < MAX_PASSES && firmware.state() != state; i++) {
			firmware.runOnce(Long.MAX_VALUE / 4 + i);
		}
		assertEquals(String.join("\n", this.lines), state, firmware.state());
	}

	/** The board's sample with every {@code <placeholder>} replaced, as a user would. */
	private FsStorage filledIn(String boardName) throws IOException {
		String sample = Files.readString(ROOT.resolve("board-config").resolve(boardName).resolve("mqttboard.properties"),
				StandardCharsets.UTF_8);
		String filled = sample.replace("<your Wi-Fi name>", "lab-net").replace("<your Wi-Fi passphrase>", "lab-pass-123")
				.replaceAll("<[^>\\n]*>", "placeholder-123");
		Files.writeString(this.work.resolve(BoardLife.CONFIG_FILE), filled, StandardCharsets.UTF_8);
		return new FsStorage(this.work.toString());
	}
}
