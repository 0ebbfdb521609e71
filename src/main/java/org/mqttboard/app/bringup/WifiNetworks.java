/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

import org.mqttboard.platform.AccessPointRadio;
import org.mqttboard.platform.WifiRadio;

/**
 * The configured Wi-Fi networks ({@code wifi.ssid} or {@code wifi.1.*}, {@code wifi.2.*}, {@code wifi.3.*}) in the
 * order of one round of joins: when the radio can scan, the networks heard come first, strongest first, then the
 * others (a hidden network is not heard but may still answer) in their configured order; without a scan, the
 * configured order. Memory: the order and signal tables are allocated once, here.
 * <p>
 * Threading: main loop only (the scan listener is called during {@link #startRound}).
 */
final class WifiNetworks implements AccessPointRadio.ScanListener {

	/** Signal of a network not heard in the last scan. */
	private static final int NOT_HEARD = Integer.MIN_VALUE;

	private final String[] ssids;
	private final String[] passphrases;
	private final String[] securities;
	private final int[] order;
	private final int[] rssi;
	private int position = -1;

	/**
	 * @param ssids network names, at least one; not copied
	 * @param passphrases their passphrases (secrets); not copied
	 * @param securities their security modes by name; not copied
	 */
	WifiNetworks(String[] ssids, String[] passphrases, String[] securities) {
		this.ssids = ssids;
		this.passphrases = passphrases;
		this.securities = securities;
		this.order = new int[ssids.length];
		this.rssi = new int[ssids.length];
	}

	/** @return true when no round is under way: the next join starts one with {@link #startRound} */
	boolean betweenRounds() {
		return this.position < 0;
	}

	/**
	 * Orders the networks for a new round, scanning when there is more than one network to choose from.
	 *
	 * @param radio the station
	 */
	void startRound(WifiRadio radio) {
		for (int i = 0; i < this.order.length; i++) {
			this.order[i] = i;
			this.rssi[i] = NOT_HEARD;
		}
		if (this.order.length > 1 && radio.scan(this) > 0) {
			// Insertion sort, stable: equal signals (and networks not heard) keep their configured order.
			for (int i = 1; i < this.order.length; i++) {
				int n = this.order[i];
				int j = i - 1;
				while (j >= 0 && this.rssi[this.order[j]] < this.rssi[n]) {
					this.order[j + 1] = this.order[j];
					j--;
				}
				this.order[j + 1] = n;
			}
		}
		this.position = 0;
	}

	@Override
	public void onNetwork(String ssid, int rssiDbm, String securityMode) {
		for (int i = 0; i < this.ssids.length; i++) {
			if (this.ssids[i].equals(ssid) && rssiDbm > this.rssi[i]) {
				this.rssi[i] = rssiDbm;
			}
		}
	}

	/** @return the network to join now, its index in the configuration */
	int current() {
		return this.order[this.position];
	}

	/** @return true when another network of this round is left to try (then current), false when the round ended */
	boolean advance() {
		this.position++;
		if (this.position < this.order.length) {
			return true;
		}
		this.position = -1;
		return false;
	}

	/** Ends the round (joined): the next join, after a drop, scans again. */
	void endRound() {
		this.position = -1;
	}

	String ssid(int network) {
		return this.ssids[network];
	}

	String passphrase(int network) {
		return this.passphrases[network];
	}

	String security(int network) {
		return this.securities[network];
	}

	/** @return the configured networks' count */
	int count() {
		return this.ssids.length;
	}
}
