/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

import org.mqttboard.platform.Display;
import org.mqttboard.platform.Log;

/**
 * Makes states and errors visible in the three places the user looks: the display status, the console and the
 * {@link StatusObserver} (the simulator's event lines). One place, so every component reports the same way.
 * <p>
 * Threading: main loop only. Not for the MQTT hot path: each report builds a log line.
 */
public final class Reporter {

	private final Display display;
	private final Log log;
	private final StatusObserver observer;
	private final StatusLight light;

	/**
	 * @param display the board's display (status area)
	 * @param log the console
	 * @param observer receives states and errors, or null for none
	 */
	public Reporter(Display display, Log log, StatusObserver observer) {
		this.display = display;
		this.log = log;
		this.observer = observer;
		this.light = new StatusLight(display);
	}

	/** @return the status LED the reported states and errors drive; the main loop steps it */
	public StatusLight light() {
		return this.light;
	}

	/**
	 * Reports a new bring-up state.
	 *
	 * @param state a {@link BringUpState} constant
	 */
	public void state(int state) {
		String name = BringUpState.name(state);
		this.log.log(Log.INFO, "STATE " + name);
		this.display.showStatus(BringUpState.status(state));
		this.light.show(LedPattern.forState(state));
		if (this.observer != null) {
			this.observer.onState(state, name);
		}
	}

	/**
	 * Reports an error and shows its short status.
	 *
	 * @param error an {@link AppStatus} error (or {@code SessionStatus.QUEUE_FULL}, {@code INFLIGHT_FULL})
	 * @param message secret-free reason
	 */
	public void error(int error, String message) {
		String code = AppStatus.name(error);
		this.log.log(Log.ERROR, "ERROR " + code + " " + message);
		this.display.showStatus(AppStatus.status(error));
		this.light.show(LedPattern.forError(error));
		if (this.observer != null) {
			this.observer.onError(error, code, message);
		}
	}

	/**
	 * Shows a status without a state change (e.g. the bring-up step being retried).
	 *
	 * @param status short ASCII text
	 */
	public void status(String status) {
		this.display.showStatus(status);
	}

	/**
	 * Logs a line.
	 *
	 * @param level a {@link Log} level
	 * @param line secret-free text
	 */
	public void log(int level, String line) {
		this.log.log(level, line);
	}
}
