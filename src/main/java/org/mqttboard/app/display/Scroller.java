/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.display;

import org.mqttboard.platform.Display;

/**
 * Shows text on the board's display and scrolls what does not fit, driven by the main loop's time through
 * {@link #step} and {@link #nextDeadline}:
 * <ul>
 * <li>on the 5x5 LED matrix a single character stands still; longer text scrolls right to left one pixel column
 * per step, entering from the right edge and repeating after a blank gap;</li>
 * <li>on a text line (LCD, console) text that fits stands still; longer text scrolls left one character per step
 * and repeats after a gap of {@value #GAP} blanks.</li>
 * </ul>
 * Threading: main loop only. Allocation: the buffers are fixed; a text line takes one {@code String} per shown
 * step (the {@link Display} API takes a String), the matrix none.
 */
public final class Scroller {

	/** Columns and rows of the matrix. */
	private static final int WIDTH = 5;
	/** Blank characters between the end of a line's text and its next start. */
	private static final int GAP = 3;

	private final Display display;
	private final boolean matrix;
	private final int stepMillis;
	/** Matrix: pixel columns of the text, with a blank lead-in and a 1-column gap after each glyph. */
	private final byte[] strip;
	private final char[] text;
	/** Text line: what the line shows while scrolling; null when the line has no width limit. */
	private final char[] window;
	/** Used columns of {@link #strip}, or characters in {@link #text}. */
	private int length;
	/** Steps before the scroll repeats. */
	private int cycle;
	private int position;
	private boolean scrolling;
	private long nextStepAt;

	/**
	 * @param display where the text goes
	 * @param matrix true to render on the 5x5 matrix ({@link Display#showFrame}), false for a text line
	 * @param columns width of the text line in characters, 0 for no limit (never scrolls); unused on the matrix
	 * @param maxChars most characters kept of one text; the rest is cut
	 * @param stepMillis time per scroll step, ms
	 */
	public Scroller(Display display, boolean matrix, int columns, int maxChars, int stepMillis) {
		this.display = display;
		this.matrix = matrix;
		this.stepMillis = Math.max(1, stepMillis);
		// Each glyph takes at most 5 columns plus a 1-column gap; blank lead-in and gap on both sides.
		this.strip = matrix ? new byte[maxChars * (WIDTH + 1) + 2 * WIDTH] : null;
		this.text = matrix ? null : new char[maxChars];
		this.window = matrix || columns <= 0 ? null : new char[columns];
	}

	/**
	 * Shows new text from its start.
	 *
	 * @param chars the characters; copied
	 * @param len how many
	 */
	public void show(char[] chars, int len, long nowMillis) {
		this.position = 0;
		this.nextStepAt = nowMillis + this.stepMillis;
		if (!this.matrix) {
			int n = Math.min(len, this.text.length);
			System.arraycopy(chars, 0, this.text, 0, n);
			this.length = n;
			this.cycle = n + GAP;
			this.scrolling = this.window != null && n > this.window.length;
		} else if (len <= 1) {
			this.scrolling = false;
			this.display.showFrame(len == 0 ? 0 : Font5x5.glyph(chars[0]));
			return;
		} else {
			int n = WIDTH; // blank lead-in: the text enters from the right edge
			for (int i = 0; i < WIDTH; i++) {
				this.strip[i] = 0;
			}
			for (int i = 0; i < len && n + WIDTH + 1 <= this.strip.length - WIDTH; i++) {
				int glyph = Font5x5.glyph(chars[i]);
				int width = Font5x5.width(glyph);
				for (int c = 0; c < width; c++) {
					this.strip[n++] = (byte) Font5x5.column(glyph, c);
				}
				this.strip[n++] = 0;
			}
			this.length = n;
			this.cycle = n;
			this.scrolling = true;
		}
		render();
	}

	/** Advances the scroll when a step is due. */
	public void step(long nowMillis) {
		if (!this.scrolling || nowMillis < this.nextStepAt) {
			return;
		}
		this.position = (this.position + 1) % this.cycle;
		// Late wake-ups do not speed up the scroll: the next step is one period from now.
		this.nextStepAt = nowMillis + this.stepMillis;
		render();
	}

	/** @return when {@link #step} has work, or {@link Long#MAX_VALUE} when the text stands still */
	public long nextDeadline(long nowMillis) {
		return this.scrolling ? Math.max(nowMillis, this.nextStepAt) : Long.MAX_VALUE;
	}

	private void render() {
		if (this.matrix) {
			this.display.showFrame(frame());
		} else if (!this.scrolling) {
			this.display.showText(new String(this.text, 0, this.length));
		} else {
			char[] w = this.window;
			for (int i = 0; i < w.length; i++) {
				int index = (this.position + i) % this.cycle;
				w[i] = index < this.length ? this.text[index] : ' ';
			}
			this.display.showText(new String(w));
		}
	}

	/** @return the 25 pixels of the matrix window at the current position, bit {@code row * 5 + column} */
	private int frame() {
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
