/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.platform;

/**
 * The Wi-Fi station and its IP configuration (ECOM-WIFI + ECOM-NETWORK on MicroEJ). An abstract class rather than
 * an interface only so that its result vocabulary ({@code JOIN_*}, range {@code -400..-409}) has its naming
 * function here: Java 7 interfaces have no static methods.
 * <p>
 * Threading: called from the firmware main loop only. {@link #join} blocks up to its timeout: it is part of
 * bring-up, never of the MQTT hot path.
 */
public abstract class WifiRadio {

	/** {@link #join} result: joined, IP configured. */
	public static final int JOIN_OK = 0;
	/** {@link #join} result: the access point refused the passphrase. */
	public static final int JOIN_AUTH_FAILED = -401;
	/** {@link #join} result: no access point with that SSID was seen. */
	public static final int JOIN_NOT_FOUND = -402;
	/** {@link #join} result: no association or no IP address within the timeout. */
	public static final int JOIN_TIMEOUT = -403;
	/** {@link #join} result: any other radio or driver failure. */
	public static final int JOIN_ERROR = -404;
	/** {@link #scan} result: this radio does not scan; configured networks are tried in their order. */
	public static final int SCAN_UNSUPPORTED = -405;

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
	public abstract int join(String ssid, String passphrase, String securityMode, int timeoutMillis);

	/** @return true while associated and holding an IP address */
	public abstract boolean isUp();

	/**
	 * Lists the access points in range, so that the strongest configured network is tried first. Blocks for the
	 * scan (seconds on a real radio); called once per round of joins, never while online.
	 *
	 * @param listener receives each access point heard
	 * @return how many were reported, {@link #SCAN_UNSUPPORTED} (this default), or {@link #JOIN_ERROR} when the scan
	 *         failed
	 */
	public int scan(AccessPointRadio.ScanListener listener) {
		return SCAN_UNSUPPORTED;
	}

	/**
	 * @param result a {@link #join} result
	 * @return its name for logs, e.g. {@code JOIN_TIMEOUT}; {@code UNKNOWN} for other values
	 */
	public static String name(int result) {
		switch (result) {
		case JOIN_OK: return "JOIN_OK";
		case JOIN_AUTH_FAILED: return "JOIN_AUTH_FAILED";
		case JOIN_NOT_FOUND: return "JOIN_NOT_FOUND";
		case JOIN_TIMEOUT: return "JOIN_TIMEOUT";
		case JOIN_ERROR: return "JOIN_ERROR";
		case SCAN_UNSUPPORTED: return "SCAN_UNSUPPORTED";
		default: return "UNKNOWN";
		}
	}
}
