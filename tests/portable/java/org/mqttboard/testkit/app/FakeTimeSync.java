/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.app;

import org.mqttboard.app.time.TimeSync;

/** A time source that answers as told (the clock is not touched); counts the calls. */
public final class FakeTimeSync extends TimeSync {

	private int result = OK;
	private int calls;

	/**
	 * @param next what the next syncs return, a {@link TimeSync} code
	 * @return this source
	 */
	public FakeTimeSync answer(int next) {
		this.result = next;
		return this;
	}

	/** @return sync calls so far */
	public int calls() {
		return this.calls;
	}

	@Override
	public int sync() {
		this.calls++;
		return this.result;
	}
}
