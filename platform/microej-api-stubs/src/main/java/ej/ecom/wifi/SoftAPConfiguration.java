/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.wifi;

/**
 * Signature stub of {@code ej.ecom.wifi.SoftAPConfiguration} (ECOM-WIFI 2.x), compile-only, never shipped.
 * Evidence: MicroEJ/Example-Wi-Fi-Setup@67e7bc77:com.microej.example.wifi.setup.rest/src/main/java/com/microej/example/wifi/setup/rest/Main.java:69-74
 */
public class SoftAPConfiguration {

	/**
	 * An empty configuration.
	 * Evidence: MicroEJ/Example-Wi-Fi-Setup@67e7bc77:com.microej.example.wifi.setup.rest/src/main/java/com/microej/example/wifi/setup/rest/Main.java:69
	 */
	public SoftAPConfiguration() {
	}

	/**
	 * @param ssid the access point's name
	 * Evidence: MicroEJ/Example-Wi-Fi-Setup@67e7bc77:com.microej.example.wifi.setup.rest/src/main/java/com/microej/example/wifi/setup/rest/Main.java:70
	 */
	public void setSSID(String ssid) {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param passphrase the access point's passphrase
	 * Evidence: MicroEJ/Example-Wi-Fi-Setup@67e7bc77:com.microej.example.wifi.setup.rest/src/main/java/com/microej/example/wifi/setup/rest/Main.java:72
	 */
	public void setPassphrase(String passphrase) {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param securityMode the access point's security mode
	 * Evidence: MicroEJ/Example-Wi-Fi-Setup@67e7bc77:com.microej.example.wifi.setup.rest/src/main/java/com/microej/example/wifi/setup/rest/Main.java:74
	 */
	public void setSecurityMode(SecurityMode securityMode) {
		throw new UnsupportedOperationException("stub");
	}
}
