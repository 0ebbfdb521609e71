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
 * shipped. Members from MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8
 * {@code …/manager/WifiNetworkManager.java}: {@code isStarted}, {@code start}, {@code isEnabled}, {@code enable},
 * {@code configure}, {@code setDefault}.
 */
public final class NetworkInterfaceManager {

	private NetworkInterfaceManager() {
	}

	/**
	 * @param netif the interface
	 * @return true when started
	 * @throws IOException on driver error
	 */
	public static boolean isStarted(NetworkInterface netif) throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param netif the interface
	 * @throws IOException on driver error
	 */
	public static void start(NetworkInterface netif) throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param netif the interface
	 * @return true when enabled
	 * @throws IOException on driver error
	 */
	public static boolean isEnabled(NetworkInterface netif) throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param netif the interface
	 * @throws IOException on driver error
	 */
	public static void enable(NetworkInterface netif) throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param netif the interface
	 * @param configuration the IP configuration to apply
	 * @throws IOException on driver error
	 */
	public static void configure(NetworkInterface netif, IPConfiguration configuration) throws IOException {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param netif the interface to use for outgoing connections
	 * @throws IOException on driver error
	 */
	public static void setDefault(NetworkInterface netif) throws IOException {
		throw new UnsupportedOperationException("stub");
	}
}
