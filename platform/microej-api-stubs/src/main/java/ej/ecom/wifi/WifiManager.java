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

	/**
	 * Opens a soft access point. Sources: native {@code GenericWifiManagerNatives_enableSoftAP(ssid, passphrase)},
	 * MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4
	 * {@code ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:65,125}; its ESP32
	 * implementation {@code ecom-wifi/src/WIFI_ESP32_driver.c:1660-1670} (WPA2 with a passphrase, mode APSTA);
	 * the {@code SoftAPConfiguration} argument: MicroEJ/Example-Wi-Fi-Setup@67e7bc77
	 * {@code com.microej.example.wifi.setup/src/main/java/com/microej/example/wifi/setup/SoftAPConnector.java:234-239}.
	 * The Java method name follows the native binding; a public MicroEJ application calls
	 * {@code wifiManager.enableSoftAP(configuration)} (seen in the code index, repository not named there).
	 *
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:65,125 (the native; the Java name is inferred from it: NO EVIDENCE of a Java caller)
	 *
	 * @param configuration name, passphrase, security mode
	 * @throws IOException when the access point cannot be opened
	 */
	public void enableSoftAP(SoftAPConfiguration configuration) throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * Closes the soft access point. Source: native {@code GenericWifiManagerNatives_disableSoftAP},
	 * MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4
	 * {@code ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:64,103}.
	 *
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:64,103 (the native; the Java name is inferred from it: NO EVIDENCE of a Java caller)
	 *
	 * @throws IOException on driver error
	 */
	public void disableSoftAP() throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * Scans for access points. Source: natives {@code scanAPCount(active)} and {@code scanAP*At(index)},
	 * MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4
	 * {@code ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:78-85,308};
	 * scanning beside a soft AP (APSTA): {@code ecom-wifi/src/WIFI_ESP32_driver.c:1728}.
	 *
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej/platform/inc/LLECOM_WIFI_impl.h:78-85,308 (the natives; the Java name is inferred from them: NO EVIDENCE of a Java caller)
	 *
	 * @param active true for an active scan (probe requests), false for a passive one
	 * @return the access points heard
	 * @throws IOException on driver error
	 */
	public AccessPoint[] scan(boolean active) throws IOException {
		throw new UnsupportedOperationException("stub");
	}
}
