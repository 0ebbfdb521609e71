/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.app;

import org.mqttboard.platform.WifiRadio;

/** A scripted Wi-Fi radio: {@link #joinResult} decides the next joins; {@link #up} can be flipped by a test. */
public final class FakeWifi implements WifiRadio {

	/** Result of the next {@link #join} calls. */
	public int joinResult = JOIN_OK;
	/** Whether the link is up (set true by a successful join). */
	public boolean up;
	/** Number of join calls. */
	public int joins;
	/** Last passphrase given to join. */
	public String lastPassphrase;

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

	@Override
	public void leave() {
		this.up = false;
	}

	@Override
	public int rssi() {
		return this.up ? -55 : 0;
	}
}
