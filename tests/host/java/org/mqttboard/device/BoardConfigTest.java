/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.device;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.mqttboard.microej.BoardProfile;
import org.mqttboard.platform.Display;

/**
 * Each board folder is complete, and its facts agree in the three places they are written: board-config (for
 * people), {@link BoardProfile} (Java) and {@code mqb_board_pins.h} (C).
 */
public class BoardConfigTest {

	private static final String[] BOARDS = { "amb82-mini", "esp32-wrover-kit", "esp32-s3-devkitc" };

	private static final Path ROOT = Paths.get(System.getProperty("mqttboard.root", "../..")).toAbsolutePath()
			.normalize();

	@Test
	public void everyBoardFolder_hasFactsOptionsSampleAndReadme() {
		for (String b : BOARDS) {
			for (String f : new String[] { "README.md", "board.properties", "configuration/common.properties",
					"mqttboard.properties" }) {
				assertTrue(b + "/" + f + " missing", Files.isRegularFile(ROOT.resolve("board-config").resolve(b).resolve(f)));
			}
		}
		assertTrue(Files.isRegularFile(ROOT.resolve("board-config/amb82-mini/PORTING.md")));
	}

	@Test
	public void applicationOptions_selectTheirBoard_embedUtf8_andJustifyMemoryByTheMeasurement() throws IOException {
		for (String b : BOARDS) {
			Path file = ROOT.resolve("board-config").resolve(b).resolve("configuration/common.properties");
			Properties p = load(file);
			assertEquals(b, p.getProperty("microej.java.property.mqttboard.board"));
			assertEquals("true", p.getProperty("cldc.encoding.utf8.included"));
			for (String key : new String[] { "core.memory.javaheap.size", "core.memory.immortal.size",
					"core.memory.threads.size", "core.memory.threads.pool.size", "core.memory.thread.block.size",
					"core.memory.thread.max.size" }) {
				assertNotNull(b + ": " + key, p.getProperty(key));
				Integer.parseInt(p.getProperty(key));
			}
			String text = Files.readString(file, StandardCharsets.UTF_8);
			assertTrue(b + ": memory numbers must cite the measurement", text.contains("FootprintMeasurementTest"));
			assertTrue(b + ": what the PC cannot measure stays marked", text.contains("TODO(device)"));
			assertTrue(b + ": the heap must cover the measured peak",
					Integer.parseInt(p.getProperty("core.memory.javaheap.size")) >= 23_388);
		}
	}

	@Test
	public void boardFacts_matchTheJavaProfile() throws IOException {
		for (String b : BOARDS) {
			Properties facts = load(ROOT.resolve("board-config").resolve(b).resolve("board.properties"));
			BoardProfile profile = BoardProfile.forName(b);
			assertEquals(b, facts.getProperty("board.name"));
			assertEquals(b, profile.name());
			assertEquals(b, Integer.parseInt(facts.getProperty("buttons.count")), profile.buttonCount());
			assertEquals(b, kind(facts.getProperty("display.kind")), profile.displayKind());
			assertEquals(b + " red", led(facts.getProperty("led.red")), profile.redLed());
			assertEquals(b + " green", led(facts.getProperty("led.green")), profile.greenLed());
			assertEquals(b + " blue", led(facts.getProperty("led.blue")), profile.blueLed());
		}
	}

	@Test
	public void boardFacts_matchTheCPinHeader() throws IOException {
		for (String b : BOARDS) {
			Properties facts = load(ROOT.resolve("board-config").resolve(b).resolve("board.properties"));
			String header = Files.readString(ROOT.resolve("platform/microej/native").resolve(b).resolve("mqb_board_pins.h"),
					StandardCharsets.UTF_8);
			assertEquals(b, "(" + facts.getProperty("buttons.count") + "u)", define(header, "MQB_BUTTON_COUNT"));
			String pinKey = facts.getProperty("button.a.gpio") != null ? "gpio" : "pin";
			String pins = define(header, pinKey.equals("gpio") ? "MQB_BUTTON_GPIOS" : "MQB_BUTTON_PINS");
			// ESP-IDF pins are gpio_num_t constants (GPIO_NUM_34), Ameba pins PinName constants (PF_10).
			String prefix = pinKey.equals("gpio") ? "GPIO_NUM_" : "";
			assertEquals(b, "{ " + prefix + facts.getProperty("button.a." + pinKey) + ", " + prefix
					+ facts.getProperty("button.b." + pinKey) + " }", pins);
			assertEquals(b, "{ " + activeLow(facts.getProperty("button.a.active")) + ", "
					+ activeLow(facts.getProperty("button.b.active")) + " }", define(header, "MQB_BUTTON_ACTIVE_LOW"));
			assertEquals(b, "\"" + b + "\"", define(header, "MQB_BOARD_NAME"));
		}
	}

	private static String define(String header, String name) {
		Matcher m = Pattern.compile("#define " + name + " (.+)").matcher(header);
		assertTrue(name + " not defined", m.find());
		return m.group(1).trim();
	}

	private static String activeLow(String active) {
		assertTrue(active, "low".equals(active) || "high".equals(active));
		return "low".equals(active) ? "1" : "0";
	}

	private static int kind(String kind) {
		switch (kind) {
		case "lcd": return Display.KIND_LCD;
		case "serial": return Display.KIND_SERIAL;
		case "matrix": return Display.KIND_MATRIX_5X5;
		default: throw new AssertionError("unknown display.kind " + kind);
		}
	}

	private static int led(String value) {
		return "none".equals(value) ? BoardProfile.NO_LED : Integer.parseInt(value);
	}

	private static Properties load(Path file) throws IOException {
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(r);
		}
		return p;
	}
}
