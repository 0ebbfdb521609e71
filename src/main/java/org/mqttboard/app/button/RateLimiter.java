/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.button;

/**
 * A token bucket that protects the cloud from a stuck or hammered button (IoTDA allows at most 50 messages per
 * second per device). Tokens are counted in thousandths so integer arithmetic keeps sub-token refills.
 * <p>
 * Threading: main loop only. Allocation: none.
 */
public final class RateLimiter {

	private final int perSecond;
	private final long capacity;
	private long milliTokens;
	private long lastMillis;
	private boolean started;

	/**
	 * @param perSecond sustained messages per second; &lt;= 0 means unlimited
	 * @param burst messages allowed back to back (&gt;= 1)
	 */
	public RateLimiter(int perSecond, int burst) {
		this.perSecond = perSecond;
		this.capacity = Math.max(1, burst) * 1000L;
		this.milliTokens = this.capacity;
	}

	/**
	 * Takes one token when available.
	 *
	 * @return true when a message may go now
	 */
	public boolean tryAcquire(long nowMillis) {
		if (this.perSecond <= 0) {
			return true;
		}
		refill(nowMillis);
		if (this.milliTokens >= 1000) {
			this.milliTokens -= 1000;
			return true;
		}
		return false;
	}

	/** @return when the next token is available, in ms (nowMillis when one is there already) */
	public long nextTokenAt(long nowMillis) {
		if (this.perSecond <= 0) {
			return nowMillis;
		}
		refill(nowMillis);
		long missing = 1000 - this.milliTokens;
		if (missing <= 0) {
			return nowMillis;
		}
		// perSecond milli-tokens accrue per ms.
		return nowMillis + (missing + this.perSecond - 1) / this.perSecond;
	}

	private void refill(long nowMillis) {
		if (!this.started) {
			this.started = true;
			this.lastMillis = nowMillis;
			return;
		}
		long elapsed = nowMillis - this.lastMillis;
		if (elapsed > 0) {
			// Cap elapsed first: a long idle time must not overflow the product.
			long add = Math.min(elapsed, this.capacity) * this.perSecond;
			this.milliTokens = Math.min(this.capacity, this.milliTokens + add);
			this.lastMillis = nowMillis;
		}
	}
}
