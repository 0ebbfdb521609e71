/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * Clock synchronisation settings (SNTP). Immutable.
 */
public final class TimeSettings {

	private final String[] sntpServers;
	private final int sntpTimeoutMillis;

	/**
	 * @param sntpServers SNTP server host names, tried in order; copied
	 * @param sntpTimeoutMillis answer wait per server, ms
	 */
	public TimeSettings(String[] sntpServers, int sntpTimeoutMillis) {
		this.sntpServers = sntpServers.clone();
		this.sntpTimeoutMillis = sntpTimeoutMillis;
	}

	/** @return a copy of the SNTP server host names, at least one */
	public String[] sntpServers() {
		return this.sntpServers.clone();
	}

	/** @return answer wait per server, ms */
	public int sntpTimeoutMillis() {
		return this.sntpTimeoutMillis;
	}

	@Override
	public String toString() {
		StringBuilder b = new StringBuilder("time{sntp=");
		for (int i = 0; i < this.sntpServers.length; i++) {
			b.append(i == 0 ? "" : ",").append(this.sntpServers[i]);
		}
		return b.append(", timeoutMs=").append(this.sntpTimeoutMillis).append('}').toString();
	}
}
