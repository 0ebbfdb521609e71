/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.wifi;

/**
 * Signature stub of {@code ej.ecom.wifi.AccessPoint} (ECOM-WIFI 2.x), compile-only, never shipped.
 * Evidence: MicroEJ/Example-Wi-Fi-Setup@67e7bc77:com.microej.example.wifi.setup.rest/src/main/java/com/microej/example/wifi/setup/rest/internal/AccessPointJSON.java:27
 */
public class AccessPoint {

	/** Only the VEE Port creates access points. */
	protected AccessPoint() {
	}

	/**
	 * @return the network name (SSID)
	 * Evidence: MicroEJ/Example-Wi-Fi-Setup@67e7bc77:com.microej.example.wifi.setup.rest/src/main/java/com/microej/example/wifi/setup/rest/internal/AccessPointJSON.java:27
	 */
	public String getSSID() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @return received signal strength in dBm, a float (passed to a float parameter in the caller; the native returns
	 *         it through a float array, MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:203)
	 * Evidence: MicroEJ/Example-Wi-Fi-Setup@67e7bc77:com.microej.example.wifi.setup.rest/src/main/java/com/microej/example/wifi/setup/rest/internal/AccessPointJSON.java:27,47
	 */
	public float getRSSI() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * Evidence: MicroEJ/Example-Wi-Fi-Setup@67e7bc77:com.microej.example.wifi.setup.rest/src/main/java/com/microej/example/wifi/setup/rest/internal/AccessPointJSON.java:27
	 *
	 * @return the access point's security mode
	 */
	public SecurityMode getSecurityMode() {
		throw new UnsupportedOperationException("stub");
	}
}
