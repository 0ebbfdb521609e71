/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import org.mqttboard.platform.Display;

/**
 * What the device layer must know about one board: buttons, display kind, status LEDs. Selected at boot by the
 * System Property {@code mqttboard.board} (set in {@code board-config/<board>/configuration/common.properties});
 * the same facts are written for people in {@code board-config/<board>/board.properties}, and a host test keeps
 * both in step. Immutable; pure Java (no {@code ej.*}), so host tests load it.
 */
public final class BoardProfile {

	/** {@link #buttonSource()}: buttons arrive as Event Queue events from the board's C natives. */
	public static final int BUTTONS_EVENT_QUEUE = 1;
	/** {@link #buttonSource()}: buttons arrive through a MicroUI {@code Buttons} event generator. */
	public static final int BUTTONS_MICROUI = 2;
	/** {@link #buttonSource()}: the board has no buttons. */
	public static final int BUTTONS_NONE = 0;

	/** LED index meaning "this board has no such LED". */
	public static final int NO_LED = -1;

	private static final int LCD_COLUMNS = 32;
	private static final int SERIAL_COLUMNS = 64;
	private static final int MATRIX_COLUMNS = 5;

	private final String name;
	private final int buttonCount;
	private final int buttonSource;
	private final int displayKind;
	private final int columns;
	private final int redLed;
	private final int greenLed;
	private final int blueLed;

	private BoardProfile(String name, int buttonCount, int buttonSource, int displayKind, int columns, int redLed,
			int greenLed, int blueLed) {
		this.name = name;
		this.buttonCount = buttonCount;
		this.buttonSource = buttonSource;
		this.displayKind = displayKind;
		this.columns = columns;
		this.redLed = redLed;
		this.greenLed = greenLed;
		this.blueLed = blueLed;
	}

	/**
	 * @param name a board name ({@code amb82-mini}, {@code esp32-wrover-kit}, {@code esp32-s3-devkitc}); null or
	 *        unknown gives the serial-only {@code generic} profile, so an unknown board still boots and talks
	 * @return the profile
	 */
	public static BoardProfile forName(String name) {
		if ("esp32-wrover-kit".equals(name)) {
			// 320x240 LCD; one MicroUI LED (red, GPIO0) in the public VEE Port; buttons A/B wired by the user.
			return new BoardProfile(name, 2, BUTTONS_EVENT_QUEUE, Display.KIND_LCD, LCD_COLUMNS, 0, NO_LED, NO_LED);
		}
		if ("esp32-s3-devkitc".equals(name)) {
			// No display; WS2812 on GPIO48 exposed as MicroUI LEDs 0/1/2 = R/G/B channels; BOOT = A.
			return new BoardProfile(name, 2, BUTTONS_EVENT_QUEUE, Display.KIND_SERIAL, SERIAL_COLUMNS, 0, 1, 2);
		}
		if ("amb82-mini".equals(name)) {
			// No VEE Port yet: the porting contract asks for MicroUI LEDs 0 = green, 1 = blue; PUSH_BTN = A.
			return new BoardProfile(name, 2, BUTTONS_EVENT_QUEUE, Display.KIND_SERIAL, SERIAL_COLUMNS, NO_LED, 0, 1);
		}
		return new BoardProfile("generic", 0, BUTTONS_NONE, Display.KIND_SERIAL, SERIAL_COLUMNS, NO_LED, NO_LED,
				NO_LED);
	}

	/**
	 * A profile for a board carrying a 5x5 LED matrix (driven through {@link Matrix5x5Driver}).
	 *
	 * @param name board name
	 * @param buttonCount 0..2
	 * @return the profile
	 */
	public static BoardProfile withMatrix(String name, int buttonCount) {
		return new BoardProfile(name, buttonCount, buttonCount == 0 ? BUTTONS_NONE : BUTTONS_EVENT_QUEUE,
				Display.KIND_MATRIX_5X5, MATRIX_COLUMNS, NO_LED, NO_LED, NO_LED);
	}

	/** @return the board name */
	public String name() {
		return this.name;
	}

	/** @return how many buttons (0..2; index 0 = A, 1 = B) */
	public int buttonCount() {
		return this.buttonCount;
	}

	/** @return one of the {@code BUTTONS_*} constants */
	public int buttonSource() {
		return this.buttonSource;
	}

	/** @return one of the {@code Display.KIND_*} constants */
	public int displayKind() {
		return this.displayKind;
	}

	/** @return characters per text line */
	public int columns() {
		return this.columns;
	}

	/** @return MicroUI LED index of the red status LED (or channel), or {@link #NO_LED} */
	public int redLed() {
		return this.redLed;
	}

	/** @return MicroUI LED index of the green status LED (or channel), or {@link #NO_LED} */
	public int greenLed() {
		return this.greenLed;
	}

	/** @return MicroUI LED index of the blue status LED (or channel), or {@link #NO_LED} */
	public int blueLed() {
		return this.blueLed;
	}

	/** @return true when the board uses MicroUI (LCD or status LEDs), so {@code MicroUI.start()} is needed */
	public boolean usesMicroUi() {
		return this.displayKind == Display.KIND_LCD || this.redLed != NO_LED || this.greenLed != NO_LED
				|| this.blueLed != NO_LED || this.buttonSource == BUTTONS_MICROUI;
	}
}
