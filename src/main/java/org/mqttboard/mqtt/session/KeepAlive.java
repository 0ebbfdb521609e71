/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

/**
 * Keep-alive bookkeeping: a PINGREQ is due when nothing was sent OR nothing was received for the interval
 * [MQTT-3.1.2-23] (the second rule detects a dead link even while publishing); the link is dead when the
 * PINGRESP does not come within the ping timeout, so within interval + ping timeout of the last sign of life.
 * Time differences are computed by subtraction, so big jumps are fine and going backwards counts as no time.
 * <p>
 * Threading: owned by the session's caller thread.
 */
final class KeepAlive {

	private final long intervalMillis;
	private final long pingTimeoutMillis;
	/** Last time the transport accepted bytes, ms. */
	private long lastTxAt;
	/** Last time bytes arrived, ms. */
	private long lastRxAt;
	/** When the outstanding PINGREQ was queued, -1 when none is outstanding. */
	private long pingSentAt = -1;

	/**
	 * @param intervalMillis keep-alive in ms, 0 = off
	 * @param pingTimeoutMillis PINGRESP wait in ms
	 */
	KeepAlive(long intervalMillis, long pingTimeoutMillis) {
		this.intervalMillis = intervalMillis;
		this.pingTimeoutMillis = pingTimeoutMillis;
	}

	/** A new connection starts at {@code nowMillis}. */
	void reset(long nowMillis) {
		this.lastTxAt = nowMillis;
		this.lastRxAt = nowMillis;
		this.pingSentAt = -1;
	}

	/** Bytes left. */
	void sent(long nowMillis) {
		this.lastTxAt = nowMillis;
	}

	/** Bytes arrived. */
	void received(long nowMillis) {
		this.lastRxAt = nowMillis;
	}

	/** @return true when a PINGREQ must be queued now */
	boolean pingDue(long nowMillis) {
		return this.pingSentAt < 0 && this.intervalMillis > 0 && (nowMillis - this.lastTxAt >= this.intervalMillis
				|| nowMillis - this.lastRxAt >= this.intervalMillis);
	}

	/** A PINGREQ was queued. */
	void pingSent(long nowMillis) {
		this.pingSentAt = nowMillis;
	}

	/** @return true when the outstanding PINGREQ got no answer in time */
	boolean timedOut(long nowMillis) {
		return this.pingSentAt >= 0 && nowMillis - this.pingSentAt >= this.pingTimeoutMillis;
	}

	/**
	 * A PINGRESP arrived.
	 *
	 * @return the round trip in ms, or -1 when no PINGREQ was outstanding
	 */
	long pingResponse(long nowMillis) {
		if (this.pingSentAt < 0) {
			return -1;
		}
		long rtt = nowMillis - this.pingSentAt;
		this.pingSentAt = -1;
		return rtt;
	}

	/** @return when the next keep-alive decision is due, ms; {@link Long#MAX_VALUE} when off */
	long deadline() {
		if (this.pingSentAt >= 0) {
			return this.pingSentAt + this.pingTimeoutMillis;
		}
		return this.intervalMillis > 0 ? Math.min(this.lastTxAt, this.lastRxAt) + this.intervalMillis
				: Long.MAX_VALUE;
	}
}
