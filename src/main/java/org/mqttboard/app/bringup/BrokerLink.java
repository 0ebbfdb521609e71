/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

/**
 * What the bring-up machine needs from the MQTT engine, reduced to link management, in the engine's own
 * vocabulary: states are {@code SessionState} constants, causes {@code SessionStatus} constants, open failures
 * {@code TransportError} constants. The firmware adapts the MQTT session to it; tests script it.
 * <p>
 * Threading: main loop only.
 */
public interface BrokerLink {

	/**
	 * Starts a connection: refreshes credentials, opens the transport (blocking up to the connect timeout) and
	 * sends CONNECT. Never throws.
	 *
	 * @return true when CONNECT is on its way, false when the link could not start ({@link #lastCause()} says why)
	 */
	boolean connect(long nowMillis);

	/** Runs one bounded, non-blocking step of the engine. */
	void step(long nowMillis);

	/** @return the time by which {@link #step} must run again, in ms */
	long nextDeadline(long nowMillis);

	/** @return the engine's {@code SessionState} */
	int state();

	/** @return why the link last closed or failed to start: a {@code SessionStatus} cause */
	int lastCause();

	/**
	 * @return for a protocol-violation cause ({@code SessionStatus.isViolation}): what the broker did wrong with its
	 *         MQTT 3.1.1 clause, and the sizes for an oversize announcement; one line, no packet bytes. Built only
	 *         after the link closed, never on the hot path
	 */
	String violation();

	/** @return the {@code TransportError} of the last failed transport open */
	int lastTransportError();

	/** Drops the link without ceremony (Wi-Fi is gone); idempotent. */
	void drop();
}
