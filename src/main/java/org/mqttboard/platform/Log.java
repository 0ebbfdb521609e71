/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.platform;

/**
 * The serial console. Never given secrets: callers mask passwords and keys before logging.
 * <p>
 * Threading: callable from any thread. Not for the MQTT hot path (callers there count events instead).
 */
public interface Log {

	/** Severity: normal progress. */
	int INFO = 1;
	/** Severity: something the user should look at. */
	int WARN = 2;
	/** Severity: a failure. */
	int ERROR = 3;

	/**
	 * @param level {@link #INFO}, {@link #WARN} or {@link #ERROR}
	 * @param line one line of text, without line terminator
	 */
	void log(int level, String line);
}
