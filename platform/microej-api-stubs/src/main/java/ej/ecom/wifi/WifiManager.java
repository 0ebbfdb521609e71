/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.wifi;

import java.io.IOException;

/**
 * Signature stub of {@code ej.ecom.wifi.WifiManager} (ECOM-WIFI 2.x), compile-only, never shipped. Members from
 * MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8
 * {@code …/http-download-robustness/…/manager/WifiNetworkManager.java}: {@code getInstance()},
 * {@code join(String, String, SecurityMode)}, {@code getJoined()}, {@code leave()}.
 */
public class WifiManager {

	/** Only {@link #getInstance()} creates the manager. */
	protected WifiManager() {
	}

	/** @return the Wi-Fi manager of the VEE Port */
	public static WifiManager getInstance() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * Joins an access point; blocks until joined or the native join fails.
	 *
	 * @param ssid network name
	 * @param passphrase passphrase
	 * @param securityMode security mode
	 * @throws IOException when the join fails
	 */
	public void join(String ssid, String passphrase, SecurityMode securityMode) throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @return the joined access point, or null
	 * @throws IOException on driver error
	 */
	public AccessPoint getJoined() throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/** @throws IOException on driver error */
	public void leave() throws IOException {
		throw new UnsupportedOperationException("stub");
	}
}
