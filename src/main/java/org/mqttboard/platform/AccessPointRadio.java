/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.platform;

import java.io.IOException;

/**
 * The Wi-Fi radio's roles besides the station of {@link WifiRadio}: listing nearby access points, acting as an
 * access point itself (setup mode), and its MAC address. On MicroEJ: ECOM-WIFI {@code WifiManager} soft-AP and scan;
 * in the simulator a fake access point on the loopback interface and a fixed list of networks.
 * <p>
 * Threading: called from the firmware main loop only. {@link #scan} and {@link #startAccessPoint} block for seconds
 * (the radio's own timing); they are never on the MQTT hot path.
 */
public interface AccessPointRadio {

	/** Receives the networks of one {@link #scan}. */
	interface ScanListener {

		/**
		 * @param ssid the network name (may repeat: one call per access point heard)
		 * @param rssiDbm received signal strength, in dBm (negative; closer to 0 is stronger)
		 * @param securityMode the security mode by name, as in {@code wifi.security} ({@code OPEN}, {@code WPA2},
		 *        ...), or {@code UNKNOWN}
		 */
		void onNetwork(String ssid, int rssiDbm, String securityMode);
	}

	/**
	 * @return the radio's 6-byte MAC address (the station's), or null when the driver does not tell
	 */
	byte[] macAddress();

	/**
	 * Scans for access points; works while {@link #startAccessPoint} is active (the soft AP runs beside the station).
	 *
	 * @param listener called once per access point heard, on the calling thread, before this returns
	 * @return how many access points were reported
	 * @throws IOException when the radio cannot scan now
	 */
	int scan(ScanListener listener) throws IOException;

	/**
	 * Opens an access point with WPA2 and starts its DHCP server.
	 *
	 * @param ssid the network name, 1..32 bytes
	 * @param passphrase the WPA2 passphrase, 8..63 printable ASCII characters
	 * @return the board's own IP address on that network (what a phone opens), never null
	 * @throws IOException when the access point cannot be opened
	 */
	String startAccessPoint(String ssid, String passphrase) throws IOException;

	/** Closes the access point opened by {@link #startAccessPoint}; idempotent. */
	void stopAccessPoint();
}
