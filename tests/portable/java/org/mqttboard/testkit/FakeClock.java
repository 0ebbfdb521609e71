/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit;

import org.mqttboard.platform.Clock;

/**
 * A clock that moves only when told to; big jumps are allowed. Threading: single test thread.
 */
public final class FakeClock implements Clock {

	private long monotonic;
	private long wall;

	/** @param startMillis initial monotonic time in ms */
	public FakeClock(long startMillis) {
		this.monotonic = startMillis;
	}

	/**
	 * @param millis ms to move forward
	 * @return the new monotonic time
	 */
	public long advance(long millis) {
		this.monotonic += millis;
		return this.monotonic;
	}

	@Override
	public long monotonicMillis() {
		return this.monotonic;
	}

	@Override
	public long wallMillis() {
		return this.wall;
	}

	@Override
	public void setWallMillis(long utcMillis) {
		this.wall = utcMillis;
	}
}
