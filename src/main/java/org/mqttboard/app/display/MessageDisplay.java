/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.display;

import org.mqttboard.platform.Display;
import org.mqttboard.platform.Log;

/**
 * Shows received messages on the board's display according to the {@link DisplayRule} of their subscription:
 * scrolling (or a still glyph) on the 5x5 matrix, one line on an LCD (scrolling when longer than the line) or on
 * the serial console (cut to its width). The {@code display.kind} setting may override what the board reports:
 * {@code serial} then sends message text to the console ({@code DISPLAY <text>} lines) while the status stays on
 * the board. Payloads are made safe first ({@link SafeText}): binary or non-ASCII bytes show as {@code ?}, long text is
 * cut with {@code ...}.
 * <p>
 * Threading: main loop only (messages arrive from the session's listener inside the main loop). Allocation: the
 * payload is copied into a fixed work buffer; text displays take one String per shown message or scroll step (their
 * API takes a String); the matrix takes none.
 */
public final class MessageDisplay {

	/** True when message text goes to the console instead of the board (a {@code serial} override). */
	private final boolean toConsole;
	private final DisplayRule[] rules;
	private final Log log;
	/** Null when the text goes to the console. */
	private final Scroller scroller;
	private final byte[] work;
	private final char[] text;
	private final int[] found = new int[2];
	private int textLength;

	/** Text columns of the serial console. */
	private static final int CONSOLE_COLUMNS = 80;

	/**
	 * @param display the board's display
	 * @param kindOverride 0 to render for what the board reports, or a {@code Display.KIND_*} to render for
	 * @param rules one rule per subscription index (null entries: messages of that subscription are not shown)
	 * @param maxChars most characters kept of one message (&gt;= 4); longer text is cut with {@code ...}
	 * @param scrollStepMillis matrix scroll speed, in ms per column
	 * @param maxPayload largest payload looked at, in bytes; the rest of a longer payload is ignored
	 * @param log the console, for messages that could not be shown as asked
	 */
	public MessageDisplay(Display display, int kindOverride, DisplayRule[] rules, int maxChars, int scrollStepMillis,
			int maxPayload, Log log) {
		int kind = kindOverride > 0 ? kindOverride : display.kind();
		this.toConsole = kind == Display.KIND_SERIAL && display.kind() != Display.KIND_SERIAL;
		int columns = this.toConsole ? CONSOLE_COLUMNS : display.columns();
		this.rules = rules.clone();
		this.log = log;
		int chars = Math.max(4, maxChars);
		if (kind == Display.KIND_SERIAL && columns > 0) {
			chars = Math.max(4, Math.min(chars, columns));
		}
		this.text = new char[chars];
		this.work = new byte[maxPayload];
		// A console line is never scrolled: the text was cut to its width above.
		this.scroller = this.toConsole ? null : new Scroller(display, kind == Display.KIND_MATRIX_5X5,
				kind == Display.KIND_LCD ? columns : 0, chars, scrollStepMillis);
	}

	/**
	 * Shows one message.
	 *
	 * @param subscription subscription index (selects the rule)
	 * @param buf buffer holding the payload; only read during the call
	 * @param off payload offset
	 * @param len payload length
	 * @return true when something was shown
	 */
	public boolean show(int subscription, byte[] buf, int off, int len, long nowMillis) {
		if (subscription < 0 || subscription >= this.rules.length || this.rules[subscription] == null) {
			return false;
		}
		DisplayRule rule = this.rules[subscription];
		int n = Math.min(len, this.work.length);
		System.arraycopy(buf, off, this.work, 0, n);
		int start = 0;
		if (rule.kind() == DisplayRule.JSON) {
			if (!rule.path().find(this.work, 0, n, this.found)) {
				this.log.log(Log.WARN, "display: no field '" + rule.path() + "' in message (" + len + " bytes)");
				return false;
			}
			start = this.found[0];
			n = this.found[1];
			if (start > 0 && this.work[start - 1] == '"') {
				n = JsonPath.unescape(this.work, start, n);
			}
		}
		int chars = SafeText.toAscii(this.work, start, n, this.text, this.text.length);
		if (rule.kind() != DisplayRule.TEXT) {
			chars = SafeText.trim(this.text, chars);
		}
		if (rule.kind() == DisplayRule.NUMBER && !SafeText.isNumber(this.text, chars)) {
			this.log.log(Log.WARN, "display: message is not a number (" + len + " bytes); showing ?");
			this.text[0] = '?';
			chars = 1;
		}
		this.textLength = chars;
		if (this.scroller != null) {
			this.scroller.show(this.text, chars, nowMillis);
		} else {
			this.log.log(Log.INFO, "DISPLAY " + new String(this.text, 0, chars));
		}
		return true;
	}

	/** @return the text last shown (allocates; for logs, tests and the simulator) */
	public String lastText() {
		return new String(this.text, 0, this.textLength);
	}

	public void step(long nowMillis) {
		if (this.scroller != null) {
			this.scroller.step(nowMillis);
		}
	}

	/** @return when {@link #step} has work, or {@link Long#MAX_VALUE} */
	public long nextDeadline(long nowMillis) {
		return this.scroller == null ? Long.MAX_VALUE : this.scroller.nextDeadline(nowMillis);
	}
}
