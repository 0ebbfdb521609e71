/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.network;

/**
 * Signature stub of {@code ej.ecom.network.IPConfiguration} (ECOM-NETWORK 2.x), compile-only, never shipped.
 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:114
 */
public class IPConfiguration {

	/**
	 * Creates an empty configuration.
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:114
	 */
	public IPConfiguration() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param dhcp true to get the address by DHCP
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:115
	 */
	public void useDHCP(boolean dhcp) {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param staticDns true to use static DNS servers, false for the DHCP-provided ones
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:116
	 */
	public void useStaticDNS(boolean staticDns) {
		throw new UnsupportedOperationException("stub");
	}
}
