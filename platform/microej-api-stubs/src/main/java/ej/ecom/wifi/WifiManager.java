/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.wifi;

import java.io.IOException;

/**
 * Signature stub of {@code ej.ecom.wifi.WifiManager} (ECOM-WIFI 2.x), compile-only, never shipped.
 * Throws clauses: NO EVIDENCE. Every public caller sits in a method that itself declares IOException
 * (MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:68,105,177,189),
 * so none shows whether these methods declare it. Kept, so callers must handle it; the device layer catches Exception
 * around each call, which compiles either way (DeviceLayerCompilesEitherWayTest).
 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:82
 */
public class WifiManager {

	/** Only {@link #getInstance()} creates the manager. */
	protected WifiManager() {
	}

	/**
	 * @return the Wi-Fi manager of the VEE Port
	 * @throws IOException see below
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:82
	 * Throws clause: NO EVIDENCE (see the class comment).
	 */
	public static WifiManager getInstance() throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * Joins an access point; blocks until joined or the native join fails.
	 *
	 * @param ssid network name
	 * @param passphrase passphrase
	 * @param securityMode security mode
	 * @throws IOException when the join fails
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:130
	 * Throws clause: NO EVIDENCE (see the class comment).
	 */
	public void join(String ssid, String passphrase, SecurityMode securityMode) throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @return the joined access point, or null
	 * @throws IOException on driver error
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:160
	 * Throws clause: NO EVIDENCE (see the class comment).
	 */
	public AccessPoint getJoined() throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @throws IOException on driver error
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:179
	 * Throws clause: NO EVIDENCE (see the class comment).
	 */
	public void leave() throws IOException {
		throw new UnsupportedOperationException("stub");
	}
}
