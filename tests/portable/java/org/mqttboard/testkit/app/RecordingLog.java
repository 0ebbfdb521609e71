/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.app;

import java.util.ArrayList;
import java.util.List;

import org.mqttboard.platform.Log;

/** A console that records every line. */
public final class RecordingLog implements Log {

	/** Every line, prefixed with its level number and a space. */
	public final List<String> lines = new ArrayList<String>();

	@Override
	public synchronized void log(int level, String line) {
		this.lines.add(level + " " + line);
	}

	/**
	 * @param part text to look for
	 * @return true when some line contains it
	 */
	public synchronized boolean contains(String part) {
		for (String line : this.lines) {
			if (line.indexOf(part) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** @return all lines joined by newlines */
	public synchronized String all() {
		StringBuilder b = new StringBuilder();
		for (String line : this.lines) {
			b.append(line).append('\n');
		}
		return b.toString();
	}
}
