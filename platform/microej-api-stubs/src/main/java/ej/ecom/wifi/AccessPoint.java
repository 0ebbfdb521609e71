/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.wifi;

/**
 * Signature stub of {@code ej.ecom.wifi.AccessPoint} (ECOM-WIFI 2.x), compile-only, never shipped. Members from
 * MicroEJ/Example-Wi-Fi-Setup@67e7bc77 {@code AccessPointJSON.java} ({@code getSSID()}, {@code float getRSSI()}).
 */
public class AccessPoint {

	/** Only the VEE Port creates access points. */
	protected AccessPoint() {
	}

	/** @return the network name */
	public String getSSID() {
		throw new UnsupportedOperationException("stub");
	}

	/** @return received signal strength in dBm */
	public float getRSSI() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * Source: MicroEJ/Example-Wi-Fi-Setup@67e7bc77
	 * {@code com.microej.example.wifi.setup.rest/src/main/java/com/microej/example/wifi/setup/rest/internal/AccessPointJSON.java:27}.
	 *
	 * @return the access point's security mode
	 */
	public SecurityMode getSecurityMode() {
		throw new UnsupportedOperationException("stub");
	}
}
