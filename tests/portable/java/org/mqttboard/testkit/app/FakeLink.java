/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.app;

import org.mqttboard.app.bringup.BrokerLink;
import org.mqttboard.mqtt.transport.TransportError;

/**
 * A scripted broker link: {@link #connectOk} decides connect(); {@link #accept()} / {@link #close} move it, as a
 * broker would, between steps.
 */
public final class FakeLink implements BrokerLink {

	/** Whether connect() opens the transport. */
	public boolean connectOk = true;
	/** Close class reported when connect() fails. */
	public int failClass = CLOSE_TRANSPORT;
	/** Close detail reported when connect() fails. */
	public int failDetail = TransportError.REFUSED;
	/** When true, the next step after connect() brings the link ONLINE. */
	public boolean autoAccept = true;
	/** Number of connect calls. */
	public int connects;
	/** Number of drop calls. */
	public int drops;
	/** Number of step calls. */
	public int steps;

	private int status = CLOSED;
	private int closeClass = CLOSE_NONE;
	private int closeDetail;

	@Override
	public boolean connect(long nowMillis) {
		this.connects++;
		if (!this.connectOk) {
			this.closeClass = this.failClass;
			this.closeDetail = this.failDetail;
			this.status = CLOSED;
			return false;
		}
		this.status = CONNECTING;
		return true;
	}

	@Override
	public void step(long nowMillis) {
		this.steps++;
		if (this.status == CONNECTING && this.autoAccept) {
			this.status = ONLINE;
		}
	}

	/** Makes a pending connect ONLINE. */
	public void accept() {
		this.status = ONLINE;
	}

	/**
	 * Closes the link as the engine would report it.
	 *
	 * @param cls close class
	 * @param detail close detail
	 */
	public void close(int cls, int detail) {
		this.status = CLOSED;
		this.closeClass = cls;
		this.closeDetail = detail;
	}

	@Override
	public long nextDeadline(long nowMillis) {
		return nowMillis + 500;
	}

	@Override
	public int status() {
		return this.status;
	}

	@Override
	public int closeClass() {
		return this.closeClass;
	}

	@Override
	public int closeDetail() {
		return this.closeDetail;
	}

	@Override
	public void drop() {
		this.drops++;
		this.status = CLOSED;
		this.closeClass = CLOSE_TRANSPORT;
		this.closeDetail = TransportError.NO_NETWORK;
	}
}
