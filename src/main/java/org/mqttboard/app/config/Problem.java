/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * One finding about the configuration file: a key, the line it is on and why it is wrong. Immutable.
 * <p>
 * The reason never contains a secret value: validators describe secrets by length or rule only.
 */
public final class Problem {

	/** {@link #severity()}: the firmware refuses to start. */
	public static final int ERROR = 1;
	/** {@link #severity()}: the firmware starts, but the user should look at it. */
	public static final int WARNING = 2;

	private final int severity;
	private final String key;
	private final int line;
	private final String reason;

	/**
	 * @param severity {@link #ERROR} or {@link #WARNING}
	 * @param key the key concerned, or an empty string for a problem that belongs to a line only
	 * @param line the 1-based line number, or 0 when the key is absent from the file
	 * @param reason what is wrong and, where useful, how to fix it; never a secret value
	 */
	public Problem(int severity, String key, int line, String reason) {
		this.severity = severity;
		this.key = key;
		this.line = line;
		this.reason = reason;
	}

	/** @return {@link #ERROR} or {@link #WARNING} */
	public int severity() {
		return this.severity;
	}

	public boolean isError() {
		return this.severity == ERROR;
	}

	/** @return the key concerned, empty when the problem belongs to a line only */
	public String key() {
		return this.key;
	}

	/** @return the 1-based line number, 0 when the key is not in the file (missing key, profile default) */
	public int line() {
		return this.line;
	}

	/** @return the reason, free of secrets */
	public String reason() {
		return this.reason;
	}

	/**
	 * @return a short form for small displays, e.g. {@code L12 broker.port} or {@code broker.host}
	 */
	public String shortText() {
		StringBuilder b = new StringBuilder();
		if (this.line > 0) {
			b.append('L').append(this.line);
			if (this.key.length() > 0) {
				b.append(' ');
			}
		}
		b.append(this.key);
		return b.toString();
	}

	/** @return one console line, e.g. {@code ERROR line 12: broker.port: out of range 1..65535 (got 0)} */
	@Override
	public String toString() {
		StringBuilder b = new StringBuilder();
		b.append(this.severity == ERROR ? "ERROR " : "WARNING ");
		if (this.line > 0) {
			b.append("line ").append(this.line).append(": ");
		}
		if (this.key.length() > 0) {
			b.append(this.key).append(": ");
		}
		b.append(this.reason);
		return b.toString();
	}
}
