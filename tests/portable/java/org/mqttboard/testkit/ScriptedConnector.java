/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit;

import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.Transport;
import org.mqttboard.mqtt.transport.TransportError;

/**
 * A {@link Connector} handing out the transport the test chose (or failing with a chosen error).
 * Threading: single test thread.
 */
public final class ScriptedConnector implements Connector {

	private Transport next;
	private int error = TransportError.REFUSED;
	private int lastError = TransportError.NONE;
	private int opens;
	private int lastTimeout;

	/** @param transport returned by the next {@link #open}; null makes it fail with {@link #failWith} */
	public void willReturn(Transport transport) {
		this.next = transport;
	}

	/** @param transportError code reported when no transport is set */
	public void failWith(int transportError) {
		this.error = transportError;
		this.next = null;
	}

	/** @return open calls so far */
	public int opens() {
		return this.opens;
	}

	/** @return the timeout given to the last open, in ms */
	public int lastTimeout() {
		return this.lastTimeout;
	}

	@Override
	public Transport open(int timeoutMillis) {
		this.opens++;
		this.lastTimeout = timeoutMillis;
		Transport t = this.next;
		this.next = null;
		this.lastError = t == null ? this.error : TransportError.NONE;
		return t;
	}

	@Override
	public int lastError() {
		return this.lastError;
	}
}
