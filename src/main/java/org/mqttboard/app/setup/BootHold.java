/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import org.mqttboard.platform.ButtonListener;

/**
 * Tells whether button A is held through boot, the user's way into setup mode on a configured board: A must be down
 * at boot (reported within {@link #WINDOW_MILLIS} of it, which covers a driver that reports the level it finds at
 * start and a press made while the board comes up) and stay down for the board's hold time. A press after the window
 * is an ordinary button press, so boot goes on without waiting when A is up.
 * <p>
 * Threading: edges from the board's input thread, {@link #decide} from the main loop.
 */
public final class BootHold implements ButtonListener {

	/** {@link #decide}: not decided yet; ask again at {@link #nextDeadline}. */
	public static final int WAIT = 0;
	/** {@link #decide}: A was held long enough: enter setup mode. */
	public static final int HELD = 1;
	/** {@link #decide}: A was not held through boot: normal mode. */
	public static final int NOT_HELD = 2;

	/** How long after boot a press of A still counts as held through boot, in ms. */
	public static final int WINDOW_MILLIS = 300;

	private final long boot;
	private final int holdMillis;
	private volatile boolean down;
	private volatile long downAt;
	private volatile boolean released;

	/**
	 * @param bootMillis monotonic time of boot, ms
	 * @param holdMillis how long A must stay down, ms (board configuration; 3000 on our boards)
	 */
	public BootHold(long bootMillis, int holdMillis) {
		this.boot = bootMillis;
		this.holdMillis = holdMillis;
	}

	@Override
	public void onEdge(int button, boolean pressed, long monotonicMillis) {
		if (button != 0) {
			return;
		}
		if (pressed && !this.down && !this.released && monotonicMillis <= this.boot + WINDOW_MILLIS) {
			this.downAt = monotonicMillis;
			this.down = true;
		} else if (!pressed && this.down) {
			this.down = false;
			this.released = true;
		}
	}

	/**
	 * @param nowMillis monotonic time, ms
	 * @return {@link #WAIT}, {@link #HELD} or {@link #NOT_HELD}
	 */
	public int decide(long nowMillis) {
		if (this.down) {
			return nowMillis - this.downAt >= this.holdMillis ? HELD : WAIT;
		}
		if (this.released || nowMillis > this.boot + WINDOW_MILLIS) {
			return NOT_HELD;
		}
		return WAIT;
	}

	/**
	 * @param nowMillis monotonic time, ms
	 * @return when {@link #decide} may change, ms
	 */
	public long nextDeadline(long nowMillis) {
		long d = this.down ? this.downAt + this.holdMillis : this.boot + WINDOW_MILLIS + 1;
		return Math.max(d, nowMillis);
	}
}
