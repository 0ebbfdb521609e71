/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

/**
 * Opens transports to one fixed broker endpoint; the session calls it on every (re)connect.
 * <p>
 * Threading: owned by the firmware main loop. {@link #open} blocks up to its timeout (DNS, TCP connect and TLS
 * handshake all count in it): connecting is bring-up, not the MQTT hot path.
 */
public interface Connector {

	/**
	 * Opens a new transport. Buffers of the implementation are reused across calls.
	 *
	 * @param timeoutMillis upper bound for name resolution, TCP connect and TLS handshake together, in ms
	 * @return the open transport, or null on failure (then {@link #lastError()} tells why)
	 */
	Transport open(int timeoutMillis);

	/** @return {@link TransportError#NONE} after a successful {@link #open}, else the failure's code */
	int lastError();
}
