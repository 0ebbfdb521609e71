/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import org.mqttboard.platform.AccessPointRadio;

/**
 * The networks of one scan, one entry per name (the strongest access point of that name), strongest first, at most
 * a fixed number: the weakest fall off. Hidden networks (empty name) are left out.
 * <p>
 * Memory: arrays allocated once. Threading: one thread.
 */
final class ScanTable implements AccessPointRadio.ScanListener {

	private final String[] ssids;
	private final int[] rssis;
	private final String[] securities;
	private int count;

	/** @param capacity most networks kept */
	ScanTable(int capacity) {
		this.ssids = new String[capacity];
		this.rssis = new int[capacity];
		this.securities = new String[capacity];
	}

	/** Empties the table. */
	void clear() {
		for (int i = 0; i < this.count; i++) {
			this.ssids[i] = null;
			this.securities[i] = null;
		}
		this.count = 0;
	}

	@Override
	public void onNetwork(String ssid, int rssiDbm, String securityMode) {
		if (ssid == null || ssid.length() == 0) {
			return;
		}
		for (int i = 0; i < this.count; i++) {
			if (this.ssids[i].equals(ssid)) {
				if (rssiDbm > this.rssis[i]) {
					remove(i);
					break;
				}
				return;
			}
		}
		int at = this.count;
		while (at > 0 && this.rssis[at - 1] < rssiDbm) {
			at--;
		}
		if (at == this.ssids.length) {
			return; // weaker than every kept network in a full table
		}
		int last = Math.min(this.count, this.ssids.length - 1);
		for (int i = last; i > at; i--) {
			this.ssids[i] = this.ssids[i - 1];
			this.rssis[i] = this.rssis[i - 1];
			this.securities[i] = this.securities[i - 1];
		}
		this.ssids[at] = ssid;
		this.rssis[at] = rssiDbm;
		this.securities[at] = securityMode;
		if (this.count < this.ssids.length) {
			this.count++;
		}
	}

	/** @return how many networks are kept */
	int size() {
		return this.count;
	}

	/** @return the name of entry {@code i} (0 = strongest) */
	String ssid(int i) {
		return this.ssids[i];
	}

	/** @return the signal of entry {@code i}, dBm */
	int rssi(int i) {
		return this.rssis[i];
	}

	/** @return the security mode name of entry {@code i} */
	String security(int i) {
		return this.securities[i];
	}

	private void remove(int i) {
		System.arraycopy(this.ssids, i + 1, this.ssids, i, this.count - i - 1);
		System.arraycopy(this.rssis, i + 1, this.rssis, i, this.count - i - 1);
		System.arraycopy(this.securities, i + 1, this.securities, i, this.count - i - 1);
		this.count--;
		this.ssids[this.count] = null;
		this.securities[this.count] = null;
	}
}
