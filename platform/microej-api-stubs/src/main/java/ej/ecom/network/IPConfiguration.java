/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.network;

/**
 * Signature stub of {@code ej.ecom.network.IPConfiguration} (ECOM-NETWORK 2.x), compile-only, never shipped.
 * Members from MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8 {@code …/manager/WifiNetworkManager.java}
 * ({@code new IPConfiguration()}, {@code useDHCP(boolean)}, {@code useStaticDNS(boolean)}).
 */
public class IPConfiguration {

	/** Creates an empty configuration. */
	public IPConfiguration() {
		throw new UnsupportedOperationException("stub");
	}

	/** @param dhcp true to get the address by DHCP */
	public void useDHCP(boolean dhcp) {
		throw new UnsupportedOperationException("stub");
	}

	/** @param staticDns true to use static DNS servers, false for the DHCP-provided ones */
	public void useStaticDNS(boolean staticDns) {
		throw new UnsupportedOperationException("stub");
	}
}
