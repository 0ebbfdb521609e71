/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import org.mqttboard.platform.ButtonInput;
import org.mqttboard.platform.ButtonListener;
import org.mqttboard.platform.Clock;

/**
 * Buttons A and B of the simulated board. A press is a real pair of edges with real time between them (the
 * firmware debounces and classifies short/long itself), so {@link #press} and {@link #hold} block the caller for
 * the press duration.
 * <p>
 * Threading: presses may come from any thread (keys, GUI, script); edges are delivered on the caller's thread,
 * which plays the board's input thread. Presses are serialized so edges never interleave.
 */
public final class SimButtons implements ButtonInput {

	/** How long a short press holds the button, in ms: above any sane debounce, below any long-press threshold. */
	public static final int SHORT_PRESS_MILLIS = 80;
	/** How long the long-press key holds the button, in ms: above the firmware's default long-press threshold. */
	public static final int LONG_PRESS_MILLIS = 1500;

	private final Clock clock;
	private volatile ButtonListener listener;

	/** @param clock the board clock whose monotonic time stamps the edges */
	public SimButtons(Clock clock) {
		this.clock = clock;
	}

	@Override
	public int count() {
		return 2;
	}

	@Override
	public void setListener(ButtonListener listener) {
		this.listener = listener;
	}

	/**
	 * A short press.
	 *
	 * @param button 0 = A, 1 = B
	 * @throws InterruptedException when interrupted while holding (the release edge is still sent)
	 */
	public void press(int button) throws InterruptedException {
		hold(button, SHORT_PRESS_MILLIS);
	}

	/**
	 * Presses, holds for {@code millis}, releases.
	 *
	 * @param button 0 = A, 1 = B
	 * @param millis hold time in milliseconds
	 * @throws InterruptedException when interrupted while holding (the release edge is still sent)
	 */
	public synchronized void hold(int button, long millis) throws InterruptedException {
		edge(button, true);
		try {
			Thread.sleep(Math.max(0, millis));
		} finally {
			edge(button, false);
		}
	}

	/**
	 * One raw edge (the GUI sends press on mouse down and release on mouse up).
	 *
	 * @param button 0 = A, 1 = B
	 * @param pressed true on press, false on release
	 */
	public void edge(int button, boolean pressed) {
		ButtonListener current = this.listener;
		if (current != null) {
			current.onEdge(button, pressed, this.clock.monotonicMillis());
		}
	}

	/**
	 * @param name {@code A} or {@code B}, any case
	 * @return the button index, or -1 for anything else
	 */
	public static int index(String name) {
		if ("A".equalsIgnoreCase(name)) {
			return 0;
		}
		return "B".equalsIgnoreCase(name) ? 1 : -1;
	}
}
