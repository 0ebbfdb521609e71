/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

/**
 * What the bring-up machine needs from the MQTT engine, reduced to link management. The firmware adapts the MQTT
 * session to it; tests script it.
 * <p>
 * Threading: main loop only.
 */
public interface BrokerLink {

	/** {@link #status()}: no link (never connected, or closed: see {@link #closeClass()}). */
	int CLOSED = 0;
	/** {@link #status()}: transport open, CONNECT sent, CONNACK not yet received. */
	int CONNECTING = 1;
	/** {@link #status()}: CONNACK accepted. */
	int ONLINE = 2;

	/** {@link #closeClass()}: nothing closed yet. */
	int CLOSE_NONE = 0;
	/** {@link #closeClass()}: the transport could not be opened or broke; detail = TransportError code. */
	int CLOSE_TRANSPORT = 1;
	/** {@link #closeClass()}: CONNACK refused; detail = CONNACK return code (1..5). */
	int CLOSE_REFUSED = 2;
	/** {@link #closeClass()}: keep-alive expired, or CONNACK did not come in time. */
	int CLOSE_TIMEOUT = 3;
	/** {@link #closeClass()}: the broker sent something malformed or out of protocol. */
	int CLOSE_PROTOCOL = 4;
	/** {@link #closeClass()}: the broker closed a healthy link (e.g. another client took the session over). */
	int CLOSE_PEER = 5;
	/** {@link #closeClass()}: the engine saw its connections taken over right after CONNACK again and again. */
	int CLOSE_TAKEOVER = 6;

	/**
	 * Starts a connection: refreshes credentials, opens the transport (blocking up to the connect timeout) and
	 * sends CONNECT. Never throws.
	 *
	 * @param nowMillis monotonic time, in ms
	 * @return true when CONNECT is on its way ({@link #status()} is then {@link #CONNECTING}), false when the
	 *         transport could not be opened ({@link #closeClass()} says why)
	 */
	boolean connect(long nowMillis);

	/**
	 * Runs one bounded, non-blocking step of the engine.
	 *
	 * @param nowMillis monotonic time, in ms
	 */
	void step(long nowMillis);

	/**
	 * @param nowMillis monotonic time, in ms
	 * @return the time by which {@link #step} must run again, in ms
	 */
	long nextDeadline(long nowMillis);

	/** @return {@link #CLOSED}, {@link #CONNECTING} or {@link #ONLINE} */
	int status();

	/** @return why the link last closed: a {@code CLOSE_*} constant */
	int closeClass();

	/** @return detail of {@link #closeClass()}: a TransportError code or a CONNACK return code */
	int closeDetail();

	/** Drops the link without ceremony (Wi-Fi is gone); idempotent. */
	void drop();
}
