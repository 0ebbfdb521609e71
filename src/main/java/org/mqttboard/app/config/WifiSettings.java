/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * Wi-Fi station settings. Immutable; {@link #toString()} masks the passphrase.
 */
public final class WifiSettings {

	/** Accepted security mode names, as passed to {@link org.mqttboard.platform.WifiRadio#join}. */
	public static final String[] SECURITY_MODES = { "OPEN", "WEP", "WPA", "WPA2", "WPA3", "WPA_WPA2_MIXED",
			"WPA2_WPA3_MIXED" };

	private final String ssid;
	private final String passphrase;
	private final String securityMode;
	private final int joinTimeoutMillis;

	/**
	 * @param ssid network name, 1..32 bytes
	 * @param passphrase passphrase, empty for OPEN
	 * @param securityMode one of {@link #SECURITY_MODES}
	 * @param joinTimeoutMillis association plus DHCP budget, ms
	 */
	public WifiSettings(String ssid, String passphrase, String securityMode, int joinTimeoutMillis) {
		this.ssid = ssid;
		this.passphrase = passphrase;
		this.securityMode = securityMode;
		this.joinTimeoutMillis = joinTimeoutMillis;
	}

	/** @return the network name */
	public String ssid() {
		return this.ssid;
	}

	/** @return the passphrase (secret: never log it), empty for OPEN */
	public String passphrase() {
		return this.passphrase;
	}

	/** @return the security mode name, one of {@link #SECURITY_MODES} */
	public String securityMode() {
		return this.securityMode;
	}

	/** @return association plus DHCP budget, ms */
	public int joinTimeoutMillis() {
		return this.joinTimeoutMillis;
	}

	@Override
	public String toString() {
		return "wifi{ssid=" + this.ssid + ", security=" + this.securityMode + ", passphrase="
				+ Secrets.mask(this.passphrase) + ", joinTimeoutMs=" + this.joinTimeoutMillis + "}";
	}
}
