/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.wifi;

/**
 * Signature stub of {@code ej.ecom.wifi.SoftAPConfiguration} (ECOM-WIFI 2.x), compile-only, never shipped. Members
 * from MicroEJ/Example-Wi-Fi-Setup@67e7bc77
 * {@code com.microej.example.wifi.setup.rest/src/main/java/com/microej/example/wifi/setup/rest/Main.java:69-74}
 * ({@code new SoftAPConfiguration()}, {@code setSSID}, {@code setPassphrase}, {@code setSecurityMode}).
 */
public class SoftAPConfiguration {

	/** An empty configuration. */
	public SoftAPConfiguration() {
	}

	/** @param ssid the access point's name */
	public void setSSID(String ssid) {
		throw new UnsupportedOperationException("stub");
	}

	/** @param passphrase the access point's passphrase */
	public void setPassphrase(String passphrase) {
		throw new UnsupportedOperationException("stub");
	}

	/** @param securityMode the access point's security mode */
	public void setSecurityMode(SecurityMode securityMode) {
		throw new UnsupportedOperationException("stub");
	}
}
