/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import org.mqttboard.platform.Display;
import org.mqttboard.platform.Log;

/**
 * Applies the configuration's {@code display.kind} override to the board's display: messages are then rendered
 * for the chosen kind. {@code serial} sends message text to the console ({@code DISPLAY <text>} lines) while the
 * status still goes to the board's status area. Immutable.
 * <p>
 * Threading: main loop only, like {@link Display}.
 */
final class KindOverride implements Display {

	/** Text columns of the serial console. */
	private static final int SERIAL_COLUMNS = 80;

	private final Display board;
	private final int kind;
	private final Log log;

	/**
	 * @param board the board's display
	 * @param kind the {@code Display.KIND_*} to present
	 * @param log the console, for {@link #KIND_SERIAL}
	 */
	KindOverride(Display board, int kind, Log log) {
		this.board = board;
		this.kind = kind;
		this.log = log;
	}

	/**
	 * @param board the board's display
	 * @param kind {@code 0} (automatic) or a {@code Display.KIND_*} override
	 * @param log the console
	 * @return the display the firmware should render messages on
	 */
	static Display apply(Display board, int kind, Log log) {
		return kind <= 0 || kind == board.kind() ? board : new KindOverride(board, kind, log);
	}

	@Override
	public int kind() {
		return this.kind;
	}

	@Override
	public int columns() {
		return this.kind == KIND_SERIAL ? SERIAL_COLUMNS : this.board.columns();
	}

	@Override
	public void showText(String text) {
		if (this.kind == KIND_SERIAL) {
			this.log.log(Log.INFO, "DISPLAY " + text);
		} else {
			this.board.showText(text);
		}
	}

	@Override
	public void showFrame(int pixels) {
		this.board.showFrame(pixels);
	}

	@Override
	public void showStatus(String status) {
		this.board.showStatus(status);
	}
}
