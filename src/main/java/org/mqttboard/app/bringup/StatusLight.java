/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

import org.mqttboard.platform.Display;

/**
 * Plays the current {@link LedPattern} on the board's status LED: the main loop calls {@link #step} on every pass
 * and wakes up by {@link #nextChange}; the LED is written only when its colours change. No thread, no timer, no
 * allocation.
 * <p>
 * Threading: main loop only.
 */
public final class StatusLight {

	private final Display display;
	private int pattern;
	private int shown;

	/** @param display where the LED is */
	public StatusLight(Display display) {
		this.display = display;
		this.pattern = LedPattern.OFF;
		this.shown = -1;
	}

	/** @param pattern the {@link LedPattern} to play from now on; negative = keep the current one */
	public void show(int pattern) {
		if (pattern >= 0) {
			this.pattern = pattern;
		}
	}

	/** @return the pattern being played */
	public int pattern() {
		return this.pattern;
	}

	/**
	 * Sets the LED to what the pattern shows at {@code nowMillis}.
	 *
	 * @param nowMillis monotonic time, ms
	 */
	public void step(long nowMillis) {
		int colors = LedPattern.colorsAt(this.pattern, nowMillis);
		if (colors != this.shown) {
			this.shown = colors;
			this.display.showLed(colors);
		}
	}

	/**
	 * @param nowMillis monotonic time, ms
	 * @return when the LED may change next, ms: the next slot boundary, or {@code Long.MAX_VALUE} for a steady
	 *         pattern already shown
	 */
	public long nextChange(long nowMillis) {
		if (LedPattern.isSteady(this.pattern) && this.shown == LedPattern.colorsAt(this.pattern, nowMillis)) {
			return Long.MAX_VALUE;
		}
		return (nowMillis / LedPattern.SLOT_MILLIS + 1) * LedPattern.SLOT_MILLIS;
	}
}
