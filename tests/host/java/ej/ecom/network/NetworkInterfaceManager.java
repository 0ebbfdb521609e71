/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.network;

import java.io.IOException;
import java.net.NetworkInterface;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped. */
public final class NetworkInterfaceManager {

	/** Record: the last configuration applied, and the interface made default. */
	public static IPConfiguration lastConfiguration;
	public static NetworkInterface defaultInterface;

	private NetworkInterfaceManager() {
	}

	public static boolean isStarted(NetworkInterface netif) throws IOException {
		return true;
	}

	public static void start(NetworkInterface netif) throws IOException {
		// already started in the fake
	}

	public static boolean isEnabled(NetworkInterface netif) throws IOException {
		return true;
	}

	public static void enable(NetworkInterface netif) throws IOException {
		// already enabled in the fake
	}

	public static void configure(NetworkInterface netif, IPConfiguration configuration) throws IOException {
		lastConfiguration = configuration;
	}

	public static void setDefault(NetworkInterface netif) throws IOException {
		defaultInterface = netif;
	}
}
