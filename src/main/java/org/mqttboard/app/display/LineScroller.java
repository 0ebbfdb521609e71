/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.display;

import org.mqttboard.platform.Display;

/**
 * Shows text on one LCD line: text that fits stands still; longer text scrolls left one character per step and
 * repeats after a gap. Driven by the main loop's time through {@link #step} and {@link #nextDeadline}.
 * <p>
 * Threading: main loop only. Allocation: one line {@code String} per shown step (the {@link Display} API takes a
 * String); the text and window buffers are fixed.
 */
public final class LineScroller {

	/** Blank characters between the end of the text and its next start. */
	private static final int GAP = 3;

	private final Display display;
	private final int stepMillis;
	private final char[] text;
	private final char[] window;
	private int length;
	private int position;
	private boolean scrolling;
	private long nextStepAt;

	/**
	 * @param display the LCD
	 * @param columns characters on the line (&gt; 0)
	 * @param maxChars longest text (longer text is cut by the caller)
	 * @param stepMillis time per one-character step, in ms (&gt; 0)
	 */
	public LineScroller(Display display, int columns, int maxChars, int stepMillis) {
		this.display = display;
		this.stepMillis = Math.max(1, stepMillis);
		this.text = new char[maxChars];
		this.window = new char[columns];
	}

	/**
	 * Replaces what the line shows.
	 *
	 * @param chars printable characters
	 * @param len number of characters (at most maxChars)
	 * @param nowMillis monotonic time, in ms
	 */
	public void show(char[] chars, int len, long nowMillis) {
		int n = Math.min(len, this.text.length);
		System.arraycopy(chars, 0, this.text, 0, n);
		this.length = n;
		this.position = 0;
		this.scrolling = n > this.window.length;
		this.nextStepAt = nowMillis + this.stepMillis;
		this.display.showText(this.scrolling ? frame() : new String(this.text, 0, n));
	}

	/**
	 * Scrolls one character when due.
	 *
	 * @param nowMillis monotonic time, in ms
	 */
	public void step(long nowMillis) {
		if (!this.scrolling || nowMillis < this.nextStepAt) {
			return;
		}
		this.position = (this.position + 1) % (this.length + GAP);
		this.nextStepAt = nowMillis + this.stepMillis;
		this.display.showText(frame());
	}

	/**
	 * @param nowMillis monotonic time, in ms
	 * @return when {@link #step} has work, or {@link Long#MAX_VALUE} when nothing scrolls
	 */
	public long nextDeadline(long nowMillis) {
		return this.scrolling ? Math.max(nowMillis, this.nextStepAt) : Long.MAX_VALUE;
	}

	private String frame() {
		int cycle = this.length + GAP;
		for (int i = 0; i < this.window.length; i++) {
			int index = (this.position + i) % cycle;
			this.window[i] = index < this.length ? this.text[index] : ' ';
		}
		return new String(this.window);
	}
}
