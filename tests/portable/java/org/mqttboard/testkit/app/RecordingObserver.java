/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.app;

import java.util.ArrayList;
import java.util.List;

import org.mqttboard.app.bringup.StatusObserver;

/** Records states and errors as the simulator prints them: {@code STATE <name>}, {@code ERROR <code> <message>}. */
public final class RecordingObserver implements StatusObserver {

	/** Every event line, in order. */
	public final List<String> events = new ArrayList<String>();
	/** State names only, in order. */
	public final List<String> states = new ArrayList<String>();
	/** Error codes only, in order. */
	public final List<String> errors = new ArrayList<String>();

	@Override
	public void onState(int state, String name) {
		this.events.add("STATE " + name);
		this.states.add(name);
	}

	@Override
	public void onError(int error, String code, String message) {
		this.events.add("ERROR " + code + " " + message);
		this.errors.add(code);
	}

	/** @return the last error code, or null */
	public String lastError() {
		return this.errors.isEmpty() ? null : this.errors.get(this.errors.size() - 1);
	}
}
