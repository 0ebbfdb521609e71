/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.platform;

/**
 * Time source of the board.
 * <p>
 * Threading: callable from any thread.
 */
public interface Clock {

	/**
	 * Monotonic time in milliseconds from an arbitrary origin; never goes backwards, unaffected by
	 * {@link #setWallMillis}. All timers (keep-alive, backoff, debounce) use this.
	 * On MicroEJ: {@code ej.bon.Util.platformTimeMillis()}.
	 */
	long monotonicMillis();

	/**
	 * Wall-clock time, UTC milliseconds since 1970-01-01. Meaningless (typically near 0) until the time
	 * was set by SNTP: TLS certificate checks and IoTDA credentials need it set.
	 */
	long wallMillis();

	/**
	 * Sets the wall clock (after an SNTP exchange). On MicroEJ: {@code ej.bon.Util.setCurrentTimeMillis}.
	 *
	 * @param utcMillis UTC milliseconds since 1970-01-01
	 */
	void setWallMillis(long utcMillis);
}
