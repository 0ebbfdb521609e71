/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import java.io.PrintStream;

import org.mqttboard.platform.Log;

/**
 * {@link Log} on the serial console ({@code System.out}, which every VEE Port routes to its UART).
 * Lines are prefixed with the severity so a terminal user can grep them.
 * <p>
 * Threading: callable from any thread; one {@code println} per line keeps lines whole.
 */
public final class SerialLog implements Log {

	private final PrintStream out;

	/** @param out the serial stream, normally {@code System.out}; not closed by this class */
	public SerialLog(PrintStream out) {
		this.out = out;
	}

	@Override
	public void log(int level, String line) {
		this.out.println(prefix(level) + line);
	}

	private static String prefix(int level) {
		switch (level) {
		case ERROR: return "[E] ";
		case WARN: return "[W] ";
		default: return "[I] ";
		}
	}
}
