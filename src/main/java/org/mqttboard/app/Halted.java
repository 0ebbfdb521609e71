/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import org.mqttboard.app.bringup.AppStatus;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.app.bringup.Reporter;
import org.mqttboard.app.display.Scroller;
import org.mqttboard.mqtt.session.SessionCounters;
import org.mqttboard.platform.Display;

/**
 * The firmware with an unusable configuration: it never runs half-configured. It walks BOOT and CONFIG like a
 * healthy boot, reports every problem as a {@link AppStatus#CONFIG} error (key, line, reason) and stops in
 * {@link BringUpState#HALTED}, with the short summary ({@code CFG 3 ERR L12 broker.port}) on the display,
 * scrolling on a matrix; {@link Firmware#run()} then returns and {@link BoardLife} opens setup mode.
 * <p>
 * Threading: main loop only.
 */
final class Halted implements Program {

	/** Scroll speed of the summary on a matrix, in ms per column. */
	private static final int SCROLL_STEP_MILLIS = 120;
	/** Nothing changes without a new configuration and a reboot: the loop only wakes this often, in ms. */
	private static final int IDLE_MILLIS = 60000;

	private final Reporter reporter;
	private final String[] problems;
	private final Scroller scroller;
	private int state = -1;

	/**
	 * Shows the summary at once.
	 *
	 * @param display the board's display
	 * @param summary the short summary for the display
	 * @param problems one secret-free line per problem (key, line, reason)
	 */
	Halted(Display display, Reporter reporter, String summary, String[] problems, long nowMillis) {
		this.reporter = reporter;
		this.problems = problems;
		// Scrolls on a matrix; a text line shows what fits.
		char[] text = summary.toCharArray();
		boolean matrix = display.kind() == Display.KIND_MATRIX_5X5;
		int columns = display.columns();
		this.scroller = new Scroller(display, matrix, 0, matrix || columns <= 0 ? text.length : columns,
				SCROLL_STEP_MILLIS);
		this.scroller.show(text, text.length, nowMillis);
	}

	@Override
	public void step(long nowMillis) {
		if (this.state < BringUpState.CONFIG) {
			this.state++;
			this.reporter.state(this.state);
		} else if (this.state == BringUpState.CONFIG) {
			for (int i = 0; i < this.problems.length; i++) {
				this.reporter.error(AppStatus.CONFIG, this.problems[i]);
			}
			this.state = BringUpState.HALTED;
			this.reporter.state(this.state);
			this.reporter.status(AppStatus.status(AppStatus.CONFIG));
		} else {
			this.scroller.step(nowMillis);
		}
	}

	@Override
	public long nextDeadline(long nowMillis) {
		if (this.state != BringUpState.HALTED) {
			return nowMillis;
		}
		return Math.min(nowMillis + IDLE_MILLIS, this.scroller.nextDeadline(nowMillis));
	}

	@Override
	public int state() {
		return this.state < 0 ? BringUpState.BOOT : this.state;
	}

	@Override
	public SessionCounters counters() {
		return null;
	}

	@Override
	public void shutdown(long nowMillis) {
		// Nothing was opened.
	}
}
