/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import org.mqttboard.platform.Clock;

/**
 * The simulated board's clock. Monotonic time comes from {@link System#nanoTime()}; the wall clock starts near 0
 * like a board after reset and is set by the firmware's SNTP client. The simulated world's UTC (what the
 * loopback SNTP responder serves) is the PC's time plus an offset that the script command
 * {@code clock offset <seconds>} changes; changing it also moves the board's wall clock by the same amount, as if
 * its RTC had jumped, so tests of wrong-time behaviour (certificate dates, IoTDA hourly credentials) need no
 * re-sync.
 * <p>
 * Threading: thread-safe.
 */
public final class SimClock implements Clock {

	private final long originNanos = System.nanoTime();
	private long wallAtSetMillis;
	private long monotonicAtSetMillis;
	private long worldOffsetMillis;

	@Override
	public long monotonicMillis() {
		return (System.nanoTime() - this.originNanos) / 1_000_000L;
	}

	@Override
	public synchronized long wallMillis() {
		return this.wallAtSetMillis + (monotonicMillis() - this.monotonicAtSetMillis);
	}

	@Override
	public synchronized void setWallMillis(long utcMillis) {
		this.wallAtSetMillis = utcMillis;
		this.monotonicAtSetMillis = monotonicMillis();
	}

	/** @return the simulated world's UTC time in milliseconds (PC time plus the offset) */
	public synchronized long worldMillis() {
		return System.currentTimeMillis() + this.worldOffsetMillis;
	}

	/**
	 * Sets the world's offset from the PC clock and moves the board's wall clock by the change.
	 *
	 * @param offsetSeconds seconds added to the PC's time (negative: the past)
	 */
	public synchronized void setWorldOffsetSeconds(long offsetSeconds) {
		long newOffset = offsetSeconds * 1000L;
		this.wallAtSetMillis += newOffset - this.worldOffsetMillis;
		this.worldOffsetMillis = newOffset;
	}
}
