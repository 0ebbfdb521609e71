/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.app;

import org.mqttboard.app.bringup.AppStatus;
import org.mqttboard.app.bringup.BrokerLink;
import org.mqttboard.mqtt.session.SessionState;
import org.mqttboard.mqtt.session.SessionStatus;
import org.mqttboard.mqtt.transport.TransportError;

/**
 * A scripted broker link, steered as a broker would move the real one: connects open (and are accepted at the next
 * step) unless told otherwise, and {@link #close(int)} ends the link with a session cause. Speaks the engine's
 * vocabulary: {@link SessionState}, {@link SessionStatus} causes, {@link TransportError} codes.
 */
public final class FakeLink implements BrokerLink {

	private boolean opens = true;
	private int openError = TransportError.REFUSED;
	private boolean acceptAtOnce = true;
	private int state = SessionState.DISCONNECTED;
	private int cause = SessionStatus.OK;
	private int transportError = TransportError.NONE;
	private int connects;
	private int drops;

	/**
	 * From now on a connect fails to open the transport, with this error.
	 *
	 * @param error a {@link TransportError} code
	 * @return this link
	 */
	public FakeLink failOpening(int error) {
		this.opens = false;
		this.openError = error;
		return this;
	}

	/** @return this link, whose connects open again (the default) */
	public FakeLink openNormally() {
		this.opens = true;
		return this;
	}

	/**
	 * @param atOnce true (the default): the step after a connect accepts it; false: it waits for {@link #accept()}
	 *        or {@link #close(int)}
	 * @return this link
	 */
	public FakeLink acceptConnects(boolean atOnce) {
		this.acceptAtOnce = atOnce;
		return this;
	}

	/** The broker accepts the pending connect. */
	public void accept() {
		this.state = SessionState.CONNECTED;
	}

	/**
	 * The engine closed the link.
	 *
	 * @param sessionCause why, a {@link SessionStatus} cause
	 */
	public void close(int sessionCause) {
		this.state = SessionState.DISCONNECTED;
		this.cause = sessionCause;
	}

	/** @return connect calls so far */
	public int connects() {
		return this.connects;
	}

	/** @return drop calls so far */
	public int drops() {
		return this.drops;
	}

	@Override
	public boolean connect(long nowMillis) {
		this.connects++;
		if (!this.opens) {
			this.state = SessionState.DISCONNECTED;
			this.cause = SessionStatus.TRANSPORT_OPEN_FAILED;
			this.transportError = this.openError;
			return false;
		}
		this.state = SessionState.AWAIT_CONNACK;
		this.transportError = TransportError.NONE;
		return true;
	}

	@Override
	public void step(long nowMillis) {
		if (this.state == SessionState.AWAIT_CONNACK && this.acceptAtOnce) {
			this.state = SessionState.CONNECTED;
		}
	}

	@Override
	public long nextDeadline(long nowMillis) {
		return nowMillis + 500;
	}

	@Override
	public int state() {
		return this.state;
	}

	@Override
	public int lastCause() {
		return this.cause;
	}

	@Override
	public String violation() {
		return AppStatus.violation(lastCause());
	}

	@Override
	public int lastTransportError() {
		return this.transportError;
	}

	@Override
	public void drop() {
		this.drops++;
		this.state = SessionState.DISCONNECTED;
		this.cause = SessionStatus.LOCAL_DISCONNECT;
	}
}
