/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.platform;

/**
 * The Wi-Fi station and its IP configuration (ECOM-WIFI + ECOM-NETWORK on MicroEJ).
 * <p>
 * Threading: called from the firmware main loop only. {@link #join} blocks up to its timeout: it is part of
 * bring-up, never of the MQTT hot path.
 */
public interface WifiRadio {

	/** {@link #join} result: joined, IP configured. */
	int JOIN_OK = 0;
	/** {@link #join} result: the access point refused the passphrase. */
	int JOIN_AUTH_FAILED = -1;
	/** {@link #join} result: no access point with that SSID was seen. */
	int JOIN_NOT_FOUND = -2;
	/** {@link #join} result: no association or no IP address within the timeout. */
	int JOIN_TIMEOUT = -3;
	/** {@link #join} result: any other radio or driver failure. */
	int JOIN_ERROR = -4;

	/**
	 * Joins an access point and waits for an IP address (DHCP).
	 *
	 * @param ssid the network name
	 * @param passphrase the passphrase, empty for OPEN; never logged
	 * @param securityMode a security mode by name ({@code OPEN}, {@code WEP}, {@code WPA}, {@code WPA2},
	 *        {@code WPA3}, {@code WPA2_WPA3_MIXED}, ...), never an ordinal
	 * @param timeoutMillis upper bound for association plus DHCP, in milliseconds
	 * @return {@link #JOIN_OK} or one of the negative {@code JOIN_*} codes
	 */
	int join(String ssid, String passphrase, String securityMode, int timeoutMillis);

	/** @return true while associated and holding an IP address */
	boolean isUp();

	/** Leaves the access point; idempotent. */
	void leave();

	/** @return received signal strength in dBm, or 0 when unknown or not joined */
	int rssi();
}
