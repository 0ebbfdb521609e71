/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.mqttboard.platform.AccessPointRadio;
import org.mqttboard.platform.WifiRadio;

/**
 * The simulated Wi-Fi station. A switch (key {@code w}, script {@code wifi down|up}, GUI toggle) says whether the
 * access point is in range. Any SSID and passphrase are accepted while it is, unless named networks were placed
 * ({@link #place}): then only those join, and a scan hears them with their signal levels; joining takes a few tens of
 * milliseconds like a real association. Switching it off drops the station at once and tells the listeners
 * ({@link SimNetwork} cuts every open link).
 * <p>
 * Threading: {@link #join} runs on the firmware thread; the switch may be flipped from any thread.
 */
public final class SimWifi extends WifiRadio {

	private static final int JOIN_MILLIS = 40;
	private static final int NOT_FOUND_MILLIS = 300;

	private final List<Runnable> dropListeners = new ArrayList<>();
	private volatile Runnable changeListener = () -> { };
	/** Named networks in range and their signal, dBm; empty: one access point that takes any name. */
	private final Map<String, Integer> placed = new ConcurrentHashMap<>();
	private volatile boolean scans = true;
	private volatile String joinedSsid;
	private volatile boolean inRange = true;
	private volatile boolean joined;

	@Override
	public int join(String ssid, String passphrase, String securityMode, int timeoutMillis) {
		if (!this.inRange || ssid == null || ssid.isEmpty() || (!this.placed.isEmpty() && !this.placed.containsKey(ssid))) {
			// A scan that sees nothing takes a while on a real radio; keep that shape, bounded by the timeout.
			pause(Math.min(NOT_FOUND_MILLIS, Math.max(timeoutMillis, 0)));
			return JOIN_NOT_FOUND;
		}
		if (!pause(Math.min(JOIN_MILLIS, Math.max(timeoutMillis, 0)))) {
			return JOIN_ERROR;
		}
		if (!this.inRange) {
			return JOIN_NOT_FOUND;
		}
		this.joined = true;
		this.joinedSsid = ssid;
		this.changeListener.run();
		return JOIN_OK;
	}

	/**
	 * Puts a named network in range, or takes it out of range.
	 *
	 * @param ssid the network name
	 * @param rssiDbm its signal, dBm; null: out of range
	 */
	public void place(String ssid, Integer rssiDbm) {
		if (rssiDbm == null) {
			this.placed.remove(ssid);
		} else {
			this.placed.put(ssid, rssiDbm);
		}
	}

	/** @return the network of the last successful join, or null */
	public String joinedSsid() {
		return this.joinedSsid;
	}

	/** @param on false: behave like a driver without scan (networks are then tried in configured order) */
	public void scans(boolean on) {
		this.scans = on;
	}

	@Override
	public int scan(AccessPointRadio.ScanListener listener) {
		if (this.placed.isEmpty() || !this.scans) {
			return SCAN_UNSUPPORTED;
		}
		int n = 0;
		for (Map.Entry<String, Integer> e : new TreeMap<>(this.placed).entrySet()) {
			listener.onNetwork(e.getKey(), e.getValue(), "WPA2");
			n++;
		}
		return n;
	}

	@Override
	public boolean isUp() {
		return this.joined && this.inRange;
	}

	/** @return true while the access point is in range (the switch) */
	public boolean inRange() {
		return this.inRange;
	}

	/**
	 * Flips the switch. Going out of range drops the station and runs the drop listeners on the caller's thread.
	 *
	 * @param on true: access point in range
	 */
	public void setInRange(boolean on) {
		this.inRange = on;
		this.changeListener.run();
		if (!on) {
			this.joined = false;
			List<Runnable> copy;
			synchronized (this.dropListeners) {
				copy = new ArrayList<>(this.dropListeners);
			}
			for (Runnable listener : copy) {
				listener.run();
			}
		}
	}

	/** @param listener run after every change of {@link #inRange()} or {@link #isUp()} (one listener) */
	public void onChange(Runnable listener) {
		this.changeListener = listener;
	}

	/** @param listener run each time the access point goes out of range */
	public void onDrop(Runnable listener) {
		synchronized (this.dropListeners) {
			this.dropListeners.add(listener);
		}
	}

	private static boolean pause(int millis) {
		try {
			Thread.sleep(millis);
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
