/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.button;

/**
 * Debounces raw edges and tells short from long presses, for buttons A and B. This is the only debounce in the
 * firmware (boards deliver raw edges).
 * <p>
 * Debounce: the first edge that changes the level is accepted at once (no added latency); the following
 * {@code debounceMillis} ignore contact bounce; when that window ends, the level is reconciled with the last raw
 * edge, so a real release hidden inside bounce is never lost.
 * <p>
 * Classification: a long press fires as soon as the button has been held {@code longMillis} (the user gets feedback
 * while still holding); a release before that is a short press.
 * <p>
 * Threading: main loop only. Allocation: none after construction.
 */
public final class PressDetector {

	private static final int BUTTONS = 2;

	private final int debounceMillis;
	private final int longMillis;
	private final PressSink sink;
	private final boolean[] stable = new boolean[BUTTONS];
	private final boolean[] raw = new boolean[BUTTONS];
	private final long[] rawAt = new long[BUTTONS];
	private final long[] acceptedAt = new long[BUTTONS];
	private final long[] downAt = new long[BUTTONS];
	private final boolean[] longFired = new boolean[BUTTONS];
	private final boolean[] seen = new boolean[BUTTONS];

	/**
	 * @param debounceMillis bounce window after an accepted edge, in ms (&gt;= 0)
	 * @param longMillis hold time that makes a long press, in ms (&gt; debounceMillis)
	 * @param sink receives presses
	 */
	public PressDetector(int debounceMillis, int longMillis, PressSink sink) {
		if (debounceMillis < 0 || longMillis <= debounceMillis) {
			throw new IllegalArgumentException("buttons: need 0 <= debounce.ms < long.press.ms");
		}
		this.debounceMillis = debounceMillis;
		this.longMillis = longMillis;
		this.sink = sink;
	}

	/**
	 * Feeds one raw edge (in time order).
	 *
	 * @param button 0 or 1
	 * @param pressed the new raw level
	 * @param monotonicMillis edge time, in ms
	 */
	public void edge(int button, boolean pressed, long monotonicMillis) {
		if (button < 0 || button >= BUTTONS) {
			return;
		}
		poll(monotonicMillis);
		this.raw[button] = pressed;
		this.rawAt[button] = monotonicMillis;
		if (pressed != this.stable[button]
				&& (!this.seen[button] || monotonicMillis - this.acceptedAt[button] >= this.debounceMillis)) {
			accept(button, pressed, monotonicMillis);
		}
	}

	/** Finishes debounce windows and fires long presses that are due. */
	public void poll(long nowMillis) {
		for (int b = 0; b < BUTTONS; b++) {
			long settled = this.acceptedAt[b] + this.debounceMillis;
			if (this.raw[b] != this.stable[b] && nowMillis >= settled) {
				accept(b, this.raw[b], Math.max(settled, this.rawAt[b]));
			}
			if (this.stable[b] && !this.longFired[b] && nowMillis - this.downAt[b] >= this.longMillis) {
				this.longFired[b] = true;
				this.sink.onPress(b, true, this.downAt[b] + this.longMillis);
			}
		}
	}

	/**
	 * @return when {@link #poll} must run next (end of a debounce window or a due long press), or
	 *         {@link Long#MAX_VALUE} when nothing is pending
	 */
	public long nextDeadline(long nowMillis) {
		long next = Long.MAX_VALUE;
		for (int b = 0; b < BUTTONS; b++) {
			if (this.raw[b] != this.stable[b]) {
				next = Math.min(next, this.acceptedAt[b] + this.debounceMillis);
			}
			if (this.stable[b] && !this.longFired[b]) {
				next = Math.min(next, this.downAt[b] + this.longMillis);
			}
		}
		return next == Long.MAX_VALUE ? next : Math.max(next, nowMillis);
	}

	private void accept(int button, boolean pressed, long at) {
		this.seen[button] = true;
		this.stable[button] = pressed;
		this.acceptedAt[button] = at;
		if (pressed) {
			this.downAt[button] = at;
			this.longFired[button] = false;
		} else if (!this.longFired[button]) {
			this.longFired[button] = true;
			this.sink.onPress(button, false, at);
		}
	}
}
