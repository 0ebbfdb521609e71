/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import org.mqttboard.app.display.Font5x5;
import org.mqttboard.platform.Board;

/**
 * Runs the firmware on the simulated board. (Interim: org.mqttboard.app.Firmware is not merged yet.)
 */
public final class FirmwareProgram implements BoardProgram {

	@Override
	public void run(Board board, Events events) throws Exception {
		throw new IllegalStateException("the firmware entry point is not merged yet");
	}

	@Override
	public void stop() {
		// Nothing runs.
	}

	/**
	 * @param frame a 5x5 frame
	 * @return the printable character whose glyph it is, or null (blank or not a glyph)
	 */
	public static String decodeFrame(int frame) {
		if (frame == 0) {
			return null;
		}
		for (char c = Font5x5.FIRST; c <= Font5x5.LAST; c++) {
			if (Font5x5.glyph(c) == frame) {
				return String.valueOf(c);
			}
		}
		return null;
	}
}
