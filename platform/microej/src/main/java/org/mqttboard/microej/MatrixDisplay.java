/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import org.mqttboard.platform.Display;
import org.mqttboard.platform.Log;

/**
 * {@link Display} on a 5x5 LED matrix: the firmware scrolls text itself and sends frames; text and status are also
 * written to the serial console.
 * <p>
 * Threading: called from the firmware main loop only.
 */
public final class MatrixDisplay implements Display {

	private static final int PIXELS_MASK = (1 << 25) - 1;

	private final Matrix5x5Driver driver;
	private final Log log;
	private final StatusLed led;

	/**
	 * @param driver the matrix driver
	 * @param log the serial console
	 * @param led status LEDs, or null
	 */
	public MatrixDisplay(Matrix5x5Driver driver, Log log, StatusLed led) {
		this.driver = driver;
		this.log = log;
		this.led = led;
	}

	@Override
	public int kind() {
		return KIND_MATRIX_5X5;
	}

	@Override
	public int columns() {
		return 5;
	}

	@Override
	public void showText(String text) {
		this.log.log(Log.INFO, "DISPLAY " + text);
	}

	@Override
	public void showFrame(int pixels) {
		this.driver.show(pixels & PIXELS_MASK);
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
