/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.setup;

import java.io.IOException;

import org.mqttboard.platform.AccessPointRadio;

/**
 * An {@link AccessPointRadio} with a scripted scan list and MAC; records the access point it was asked to open.
 * <p>
 * Threading: single test thread.
 */
public final class FakeAccessPoint implements AccessPointRadio {

	private final byte[] mac;
	private final String[] networks;
	private final String address;
	/** Record: the last access point opened, or null. */
	public String openedSsid;
	/** Record: its passphrase. */
	public String openedPassphrase;
	/** Record: stop calls. */
	public int stops;
	/** Script: when set, scans and {@link #startAccessPoint} fail with it. */
	public IOException failure;

	/**
	 * @param mac the MAC address reported
	 * @param address the board's address on its access point
	 * @param networks scan results as {@code ssid, rssi, security} triples
	 */
	public FakeAccessPoint(byte[] mac, String address, String... networks) {
		this.mac = mac;
		this.address = address;
		this.networks = networks;
	}

	@Override
	public byte[] macAddress() {
		return this.mac;
	}

	@Override
	public int scan(ScanListener listener) throws IOException {
		if (this.failure != null) {
			throw this.failure;
		}
		for (int i = 0; i + 2 < this.networks.length; i += 3) {
			listener.onNetwork(this.networks[i], Integer.parseInt(this.networks[i + 1]), this.networks[i + 2]);
		}
		return this.networks.length / 3;
	}

	@Override
	public String startAccessPoint(String ssid, String passphrase) throws IOException {
		if (this.failure != null) {
			throw this.failure;
		}
		this.openedSsid = ssid;
		this.openedPassphrase = passphrase;
		return this.address;
	}

	@Override
	public void stopAccessPoint() {
		this.stops++;
		this.openedSsid = null;
	}
}
