/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.io.PrintStream;

import org.mqttboard.platform.Log;

/**
 * The simulated serial console: each line goes to the panel's short log and, when a stream is given, to it as
 * {@code LOG INFO|WARN|ERROR <line>} (standard error in script mode, so standard output stays the event stream).
 * <p>
 * Threading: thread-safe.
 */
public final class SimLog implements Log {

	private final BoardModel model;
	private final PrintStream echo;

	/**
	 * @param model the panel model
	 * @param echo where to copy lines, or null
	 */
	public SimLog(BoardModel model, PrintStream echo) {
		this.model = model;
		this.echo = echo;
	}

	@Override
	public void log(int level, String line) {
		String safe = Escape.text(line);
		this.model.log(levelName(level).charAt(0) + " " + safe);
		if (this.echo != null) {
			this.echo.println("LOG " + levelName(level) + ' ' + safe);
		}
	}

	private static String levelName(int level) {
		switch (level) {
		case WARN: return "WARN";
		case ERROR: return "ERROR";
		default: return "INFO";
		}
	}
}
