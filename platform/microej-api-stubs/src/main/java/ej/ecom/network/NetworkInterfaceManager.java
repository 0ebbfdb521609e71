/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.network;

import java.io.IOException;
import java.net.NetworkInterface;

/**
 * Signature stub of {@code ej.ecom.network.NetworkInterfaceManager} (ECOM-NETWORK 2.x), compile-only, never
 * shipped.
 * Throws clauses: NO EVIDENCE. Every public caller sits in a method that itself declares IOException
 * (MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:68,105,189),
 * so none shows whether these methods declare it. Kept, so callers must handle it; the device layer catches Exception
 * around each call, which compiles either way (DeviceLayerCompilesEitherWayTest).
 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:87
 */
public final class NetworkInterfaceManager {

	private NetworkInterfaceManager() {
	}

	/**
	 * @param netif the interface
	 * @return true when started
	 * @throws IOException on driver error
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:87
	 * Throws clause: NO EVIDENCE (see the class comment).
	 */
	public static boolean isStarted(NetworkInterface netif) throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param netif the interface
	 * @throws IOException on driver error
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:88
	 * Throws clause: NO EVIDENCE (see the class comment).
	 */
	public static void start(NetworkInterface netif) throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param netif the interface
	 * @return true when enabled
	 * @throws IOException on driver error
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:94
	 * Throws clause: NO EVIDENCE (see the class comment).
	 */
	public static boolean isEnabled(NetworkInterface netif) throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param netif the interface
	 * @throws IOException on driver error
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:95
	 * Throws clause: NO EVIDENCE (see the class comment).
	 */
	public static void enable(NetworkInterface netif) throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param netif the interface
	 * @param configuration the IP configuration to apply
	 * @throws IOException on driver error
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:117
	 * Throws clause: NO EVIDENCE (see the class comment).
	 */
	public static void configure(NetworkInterface netif, IPConfiguration configuration) throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param netif the interface to use for outgoing connections
	 * @throws IOException on driver error
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8:ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.testsuite.application.http-download-robustness/src/main/java/net/http/download/manager/WifiNetworkManager.java:190
	 * Throws clause: NO EVIDENCE (see the class comment).
	 */
	public static void setDefault(NetworkInterface netif) throws IOException {
		throw new UnsupportedOperationException("stub");
	}
}
