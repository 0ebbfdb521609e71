/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import org.mqttboard.platform.AccessPointRadio;

/**
 * The simulated radio's access point and scan: "opening" the access point only records it (the setup page is
 * served on the loopback interface, which plays the access point's network); a scan hears a fixed list of
 * networks; the MAC address is fixed, so the access point is always {@code mqttboard-5e7a}.
 * <p>
 * Threading: the firmware thread; {@link #openedSsid()} from any thread.
 */
public final class SimAccessPointRadio implements AccessPointRadio {

	private static final byte[] MAC = { 0x02, 0x6d, 0x71, 0x74, 0x5e, 0x7a };
	private static final String[][] NETWORKS = { { "sim-home", "-48", "WPA2" }, { "sim-office", "-67", "WPA2_WPA3_MIXED" },
			{ "sim-home", "-75", "WPA2" }, { "sim-guest", "-81", "OPEN" } };

	private volatile String opened;

	@Override
	public byte[] macAddress() {
		return MAC.clone();
	}

	@Override
	public int scan(ScanListener listener) {
		for (String[] n : NETWORKS) {
			listener.onNetwork(n[0], Integer.parseInt(n[1]), n[2]);
		}
		return NETWORKS.length;
	}

	@Override
	public String startAccessPoint(String ssid, String passphrase) {
		this.opened = ssid;
		return "127.0.0.1";
	}

	@Override
	public void stopAccessPoint() {
		this.opened = null;
	}

	/** @return the name of the open access point, or null */
	public String openedSsid() {
		return this.opened;
	}
}
