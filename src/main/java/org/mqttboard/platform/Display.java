/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.platform;

/**
 * What the board shows: a 5x5 LED matrix, an LCD text area or a serial line, plus a short status.
 * <p>
 * Threading: called from the firmware main loop only.
 */
public interface Display {

	/** {@link #kind()}: a 5x5 LED matrix, driven frame by frame through {@link #showFrame(int)}. */
	int KIND_MATRIX_5X5 = 1;
	/** {@link #kind()}: a text LCD, driven line by line through {@link #showText(String)}. */
	int KIND_LCD = 2;
	/** {@link #kind()}: no display; text goes to the serial console. */
	int KIND_SERIAL = 3;

	/** {@link #showLed} colour bit: red. */
	int LED_RED = 1;
	/** {@link #showLed} colour bit: green. */
	int LED_GREEN = 2;
	/** {@link #showLed} colour bit: blue. */
	int LED_BLUE = 4;

	/** @return one of the {@code KIND_*} constants */
	int kind();

	/** @return characters that fit on one text line (ignored for the matrix) */
	int columns();

	/**
	 * Shows one line of text (LCD, serial). The text is already made safe (printable, cut to {@link #columns()}).
	 */
	void showText(String text);

	/**
	 * Shows one 5x5 frame (matrix only). Bit {@code row * 5 + column} (row 0 = top, column 0 = left) is LED on.
	 *
	 * @param pixels 25 significant bits
	 */
	void showFrame(int pixels);

	/**
	 * Shows the short bring-up status ({@code WIFI...}, {@code ONLINE}, {@code ERR AUTH}, ...), on the status area
	 * or LED of the board.
	 */
	void showStatus(String status);

	/**
	 * Sets the status LED. A board with one LED lights it for any colour; a board without a red LED shows red as
	 * off. Called only when the colours change, up to ten times a second while a pattern blinks.
	 *
	 * @param colors {@link #LED_RED}, {@link #LED_GREEN}, {@link #LED_BLUE} or'ed; 0 = off
	 */
	void showLed(int colors);
}
