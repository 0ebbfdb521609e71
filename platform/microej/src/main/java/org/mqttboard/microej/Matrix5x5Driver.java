/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

/**
 * Drives a 5x5 LED matrix, for boards that carry one (none of the three supported boards does; an add-on matrix,
 * e.g. 25 WS2812 pixels or a MAX7219-driven grid, is wired by the user). A board implements it with an SNI native or
 * a MicroUI display of 5x5 pixels.
 * <p>
 * Threading: called from the firmware main loop only; must return quickly (no blocking I/O).
 */
public interface Matrix5x5Driver {

	/**
	 * Shows one frame. Bit {@code row * 5 + column} (row 0 = top, column 0 = left) set = LED on; bits 25..31 are 0.
	 *
	 * @param pixels 25 significant bits
	 */
	void show(int pixels);
}
