/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import org.mqttboard.platform.Display;
import org.mqttboard.platform.Log;

/**
 * {@link Display} for boards without a screen: text and status go to the serial console as {@code DISPLAY ...} and
 * {@code STATUS ...} lines, and the status also to the status LEDs when the board has some.
 * <p>
 * Threading: called from the firmware main loop only.
 */
public final class SerialDisplay implements Display {

	private final Log log;
	private final int columns;
	private final StatusLed led;

	/**
	 * @param log the serial console
	 * @param columns characters per line
	 * @param led status LEDs, or null
	 */
	public SerialDisplay(Log log, int columns, StatusLed led) {
		this.log = log;
		this.columns = columns;
		this.led = led;
	}

	@Override
	public int kind() {
		return KIND_SERIAL;
	}

	@Override
	public int columns() {
		return this.columns;
	}

	@Override
	public void showText(String text) {
		this.log.log(Log.INFO, "DISPLAY " + text);
	}

	@Override
	public void showFrame(int pixels) {
		// No matrix on a serial display: the firmware sends text to this kind.
	}

	@Override
	public void showStatus(String status) {
		this.log.log(Log.INFO, "STATUS " + status);
	}

	@Override
	public void showLed(int colors) {
		if (this.led != null) {
			this.led.set(colors);
		}
	}
}
