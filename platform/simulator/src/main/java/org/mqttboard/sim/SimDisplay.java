/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import org.mqttboard.platform.Display;

/**
 * The simulated display: a 5x5 LED matrix, a text LCD or a serial line (chosen with {@code --display}). Frames,
 * text and status go to the {@link BoardModel} the panels draw. (The text of a message being shown reaches the
 * event stream through the firmware's observer, see {@link FirmwareProgram}.)
 * <p>
 * Threading: called from the firmware thread only (the {@link Display} contract).
 */
public final class SimDisplay implements Display {

	/** Text columns of the simulated LCD. */
	public static final int LCD_COLUMNS = 20;
	/** Text columns of the simulated serial line. */
	public static final int SERIAL_COLUMNS = 80;

	private final int kind;
	private final BoardModel model;

	/**
	 * @param kind a {@code KIND_*} constant
	 * @param model the panel model
	 */
	public SimDisplay(int kind, BoardModel model) {
		this.kind = kind;
		this.model = model;
	}

	@Override
	public int kind() {
		return this.kind;
	}

	@Override
	public int columns() {
		return this.kind == KIND_LCD ? LCD_COLUMNS : SERIAL_COLUMNS;
	}

	@Override
	public void showText(String text) {
		this.model.text(text);
	}

	@Override
	public void showFrame(int pixels) {
		this.model.frame(pixels);
	}

	@Override
	public void showStatus(String status) {
		this.model.status(status);
	}

	@Override
	public void showLed(int colors) {
		this.model.led(colors);
	}
}
