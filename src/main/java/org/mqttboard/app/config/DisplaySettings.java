/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * Display settings. Immutable.
 */
public final class DisplaySettings {

	/** {@link #kind()}: use what the board reports ({@link org.mqttboard.platform.Display#kind()}). */
	public static final int KIND_AUTO = 0;

	private final int kind;
	private final int scrollStepMillis;

	/**
	 * @param kind {@link #KIND_AUTO} or one of {@code org.mqttboard.platform.Display.KIND_*}
	 * @param scrollStepMillis time per scroll step (one column on the matrix, one character on a line), ms
	 */
	public DisplaySettings(int kind, int scrollStepMillis) {
		this.kind = kind;
		this.scrollStepMillis = scrollStepMillis;
	}

	/** @return {@link #KIND_AUTO} or a {@code Display.KIND_*} override */
	public int kind() {
		return this.kind;
	}

	/** @return time per scroll step, ms */
	public int scrollStepMillis() {
		return this.scrollStepMillis;
	}

	@Override
	public String toString() {
		return "display{kind=" + this.kind + ", scrollStepMs=" + this.scrollStepMillis + "}";
	}
}
