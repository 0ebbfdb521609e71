/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.app;

import org.mqttboard.platform.WifiRadio;

/** A scripted Wi-Fi radio: joins succeed unless told otherwise; the link can be lost at any time. */
public final class FakeWifi extends WifiRadio {

	private int joinResult = JOIN_OK;
	private boolean up;
	private int joins;
	private String lastPassphrase;

	/**
	 * @param result what the next joins return, a {@link WifiRadio} {@code JOIN_*} code ({@link #JOIN_OK} joins)
	 * @return this radio
	 */
	public FakeWifi answerJoins(int result) {
		this.joinResult = result;
		return this;
	}

	/** The access point went away: the station is down until the next successful join. */
	public void loseLink() {
		this.up = false;
	}

	/** @return join calls so far */
	public int joins() {
		return this.joins;
	}

	/** @return the passphrase given to the last join */
	public String lastPassphrase() {
		return this.lastPassphrase;
	}

	@Override
	public int join(String ssid, String passphrase, String securityMode, int timeoutMillis) {
		this.joins++;
		this.lastPassphrase = passphrase;
		if (this.joinResult == JOIN_OK) {
			this.up = true;
		}
		return this.joinResult;
	}

	@Override
	public boolean isUp() {
		return this.up;
	}
}
