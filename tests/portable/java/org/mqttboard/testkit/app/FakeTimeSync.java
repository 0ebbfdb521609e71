/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.app;

import org.mqttboard.app.time.TimeSync;

/** A time sync that returns {@link #result}. */
public final class FakeTimeSync implements TimeSync {

	/** Result of the next calls. */
	public int result = OK;
	/** Number of calls. */
	public int calls;

	@Override
	public int sync() {
		this.calls++;
		return this.result;
	}
}
