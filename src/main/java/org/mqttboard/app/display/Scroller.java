/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.display;

import org.mqttboard.platform.Display;

/**
 * Shows text on the 5x5 LED matrix: a single character stands still; longer text scrolls right to left, one
 * column per step, entering from the right edge and repeating after a blank gap. Driven by the main loop's time
 * through {@link #step} and {@link #nextDeadline}.
 * <p>
 * Threading: main loop only. Allocation: none after construction (the column strip is fixed).
 */
public final class Scroller {

	private static final int WIDTH = 5;

	private final Display display;
	private final int stepMillis;
	private final byte[] strip;
	private int length;
	private int position;
	private boolean scrolling;
	private long nextStepAt;

	/**
	 * @param display the matrix
	 * @param maxChars longest text (longer text is cut by the caller)
	 * @param stepMillis time per one-column scroll step, in ms (&gt; 0)
	 */
	public Scroller(Display display, int maxChars, int stepMillis) {
		this.display = display;
		this.stepMillis = Math.max(1, stepMillis);
		// Each glyph takes at most 5 columns plus a 1-column gap; blank lead-in and gap on both sides.
		this.strip = new byte[maxChars * (WIDTH + 1) + 2 * WIDTH];
	}

	/**
	 * Replaces what the matrix shows.
	 *
	 * @param text characters (printable ASCII; others show as {@code ?})
	 * @param len number of characters
	 * @param nowMillis monotonic time, in ms
	 */
	public void show(char[] text, int len, long nowMillis) {
		if (len == 1) {
			this.scrolling = false;
			this.display.showFrame(Font5x5.glyph(text[0]));
			return;
		}
		if (len == 0) {
			this.scrolling = false;
			this.display.showFrame(0);
			return;
		}
		int n = WIDTH; // blank lead-in: the text enters from the right edge
		for (int i = 0; i < WIDTH; i++) {
			this.strip[i] = 0;
		}
		for (int i = 0; i < len && n + WIDTH + 1 <= this.strip.length - WIDTH; i++) {
			int glyph = Font5x5.glyph(text[i]);
			int width = Font5x5.width(glyph);
			for (int c = 0; c < width; c++) {
				this.strip[n++] = (byte) Font5x5.column(glyph, c);
			}
			this.strip[n++] = 0;
		}
		this.length = n;
		this.position = 0;
		this.scrolling = true;
		this.nextStepAt = nowMillis + this.stepMillis;
		this.display.showFrame(frame());
	}

	/**
	 * Scrolls one column when due.
	 *
	 * @param nowMillis monotonic time, in ms
	 */
	public void step(long nowMillis) {
		if (!this.scrolling || nowMillis < this.nextStepAt) {
			return;
		}
		this.position = (this.position + 1) % this.length;
		// Late wake-ups do not speed up the scroll: the next step is one period from now.
		this.nextStepAt = nowMillis + this.stepMillis;
		this.display.showFrame(frame());
	}

	/**
	 * @param nowMillis monotonic time, in ms
	 * @return when {@link #step} has work, or {@link Long#MAX_VALUE} when nothing scrolls
	 */
	public long nextDeadline(long nowMillis) {
		return this.scrolling ? Math.max(nowMillis, this.nextStepAt) : Long.MAX_VALUE;
	}

	/** @return the current 25-bit frame */
	public int frame() {
		int pixels = 0;
		for (int c = 0; c < WIDTH; c++) {
			int column = this.strip[(this.position + c) % this.length];
			for (int row = 0; row < WIDTH; row++) {
				if ((column & (1 << row)) != 0) {
					pixels |= 1 << (row * WIDTH + c);
				}
			}
		}
		return pixels;
	}
}
