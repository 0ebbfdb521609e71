/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

import java.util.Random;

/**
 * Exponential backoff with full jitter: the n-th consecutive failure waits a uniformly random time in
 * {@code [0, min(cap, base * 2^n)]} ms, so a fleet of boards that lost the same broker does not come back in lock
 * step. Refusals that will not heal by retrying soon (bad credentials, rejected client id) use
 * {@link #nextRefusal()}: a random time in {@code [refusal, 2 * refusal)} ms.
 * <p>
 * Threading: main loop only. Allocation: none after construction.
 */
public final class Backoff {

	/** Bases above this many ms ask for spread-out reconnects: see {@link #firstRetryAtOnce()}. */
	public static final int SPREAD_BASE_MILLIS = 1000;

	private final int baseMillis;
	private final int capMillis;
	private final int refusalMillis;
	private final Random random;
	private int attempts;

	/**
	 * @param baseMillis first ceiling, in ms (&gt; 0)
	 * @param capMillis largest ceiling, in ms (&gt;= baseMillis)
	 * @param refusalMillis lower bound of the long wait after a refusal, in ms (&gt; 0)
	 * @param random the jitter source; seeded by tests, owned by this object afterwards
	 */
	public Backoff(int baseMillis, int capMillis, int refusalMillis, Random random) {
		if (baseMillis <= 0 || capMillis < baseMillis || refusalMillis <= 0) {
			throw new IllegalArgumentException("backoff: need 0 < base <= cap and refusal > 0");
		}
		this.baseMillis = baseMillis;
		this.capMillis = capMillis;
		this.refusalMillis = refusalMillis;
		this.random = random;
	}

	/** @return the ceiling of the next {@link #next()} delay, in ms */
	public long ceiling() {
		long ceiling = this.baseMillis;
		// 2^31 ms is already ~24 days: stop shifting long before overflow.
		for (int i = 0; i < this.attempts && ceiling < this.capMillis; i++) {
			ceiling <<= 1;
		}
		return Math.min(ceiling, this.capMillis);
	}

	/** @return the delay before the next retry, in ms, and counts one more failure */
	public long next() {
		long ceiling = ceiling();
		this.attempts++;
		return this.random.nextInt((int) ceiling + 1);
	}

	/** @return the long delay after a refusal, in ms, and counts one more failure */
	public long nextRefusal() {
		this.attempts++;
		return this.refusalMillis + this.random.nextInt(this.refusalMillis);
	}

	/**
	 * @return true when the first retry after a working link dropped may go at once: the base is at most
	 *         {@link #SPREAD_BASE_MILLIS}, the single-board setting. A larger base asks for spreading (a fleet
	 *         coming back after a broker restart, a cloud that wants slow reconnects), and then even the first
	 *         retry waits its full jitter.
	 */
	public boolean firstRetryAtOnce() {
		return this.baseMillis <= SPREAD_BASE_MILLIS;
	}

	/** @return consecutive failures since the last {@link #reset()} */
	public int attempts() {
		return this.attempts;
	}

	/** Forgets the failures (after a success). */
	public void reset() {
		this.attempts = 0;
	}
}
