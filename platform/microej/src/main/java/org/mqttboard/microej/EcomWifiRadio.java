/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Enumeration;

import org.mqttboard.platform.AccessPointRadio;
import org.mqttboard.platform.Clock;
import org.mqttboard.platform.Log;
import org.mqttboard.platform.WifiRadio;

import ej.ecom.network.IPConfiguration;
import ej.ecom.network.NetworkInterfaceManager;
import ej.ecom.wifi.AccessPoint;
import ej.ecom.wifi.SecurityMode;
import ej.ecom.wifi.WifiManager;

/**
 * {@link WifiRadio} on ECOM-WIFI ({@code WifiManager}) and ECOM-NETWORK ({@code NetworkInterfaceManager},
 * DHCP), following the sequence of the MicroEJ ESP32-S3 validation app: start and enable the interface, configure
 * DHCP, join, wait for an address, make the interface the default route.
 * <p>
 * Join timeout: {@code WifiManager.join} is a blocking native call with the VEE Port's own association timeout;
 * Java cannot interrupt it. The timeout given to {@link #join} therefore bounds the interface wait and the DHCP
 * wait, and a join that returns after the deadline still counts as {@link #JOIN_TIMEOUT}. On every failure the
 * station leaves the access point, so the next attempt starts clean.
 * <p>
 * Checked exceptions: no public source shows which checked exceptions {@code WifiManager} and
 * {@code NetworkInterfaceManager} declare (their callers in MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8
 * {@code …/http-download-robustness/…/manager/WifiNetworkManager.java:82-190} all sit in methods declaring
 * {@code IOException}). Every call is therefore wrapped in {@code catch (Exception e)}, which compiles and behaves the
 * same whether or not the real methods declare one (a host test compiles this class against both forms).
 * <p>
 * Threading: owned by the firmware main loop; not thread-safe.
 */
public final class EcomWifiRadio extends WifiRadio {

	/** How often the interface and its address are polled while waiting, in ms. */
	private static final int POLL_MILLIS = 200;
	/** {@link #isUp()} asks the driver at most this often, in ms: it is cheap to call from the main loop. */
	private static final int LINK_CHECK_MILLIS = 1000;

	private final String interfaceName;
	private final Clock clock;
	private final Log log;
	private WifiManager manager;
	private NetworkInterface netif;
	private boolean up;
	private long lastLinkCheck;

	/**
	 * @param interfaceName name of the Wi-Fi network interface, or null for the first interface the VEE Port lists
	 *        (the ESP32 ports list only the station)
	 * @param clock time base for the timeouts
	 * @param log serial console
	 */
	public EcomWifiRadio(String interfaceName, Clock clock, Log log) {
		this.interfaceName = interfaceName;
		this.clock = clock;
		this.log = log;
	}

	@Override
	public int join(String ssid, String passphrase, String securityMode, int timeoutMillis) {
		SecurityMode mode = securityMode(securityMode);
		if (mode == null) {
			this.log.log(Log.ERROR, "wifi: unknown security mode " + securityMode);
			return JOIN_ERROR;
		}
		long deadline = this.clock.monotonicMillis() + timeoutMillis;
		this.up = false;
		try {
			NetworkInterface ni = waitForInterface(deadline);
			if (ni == null) {
				this.log.log(Log.ERROR, "wifi: no network interface " + describeInterface());
				return JOIN_TIMEOUT;
			}
			if (!NetworkInterfaceManager.isStarted(ni)) {
				NetworkInterfaceManager.start(ni);
			}
			if (!NetworkInterfaceManager.isEnabled(ni)) {
				NetworkInterfaceManager.enable(ni);
			}
			IPConfiguration dhcp = new IPConfiguration();
			dhcp.useDHCP(true);
			dhcp.useStaticDNS(false);
			NetworkInterfaceManager.configure(ni, dhcp);

			WifiManager wifi = WifiManager.getInstance();
			this.manager = wifi;
			wifi.join(ssid, passphrase, mode);
			if (joined() == null) {
				leave();
				return JOIN_ERROR;
			}
			if (!waitForAddress(ni, deadline)) {
				this.log.log(Log.WARN, "wifi: joined but no IP address within " + timeoutMillis + " ms");
				leave();
				return JOIN_TIMEOUT;
			}
			NetworkInterfaceManager.setDefault(ni);
			this.netif = ni;
			this.up = true;
			this.lastLinkCheck = this.clock.monotonicMillis();
			return JOIN_OK;
		} catch (Exception e) {
			// Whatever the driver throws, checked or not (see the class comment). Its message names the failure
			// (never the passphrase, which is not part of it).
			this.log.log(Log.WARN, "wifi: join failed: " + e.getMessage());
			leave();
			return JOIN_ERROR;
		}
	}

	/**
	 * The same passive ECOM-WIFI scan as setup mode ({@link #scanAll}), so that bring-up tries the strongest
	 * configured network first.
	 */
	@Override
	public int scan(AccessPointRadio.ScanListener listener) {
		try {
			return scanAll(listener);
		} catch (IOException e) {
			this.log.log(Log.WARN, "wifi: scan failed (" + e.getMessage() + "); trying the networks in order");
			return JOIN_ERROR;
		}
	}

	/**
	 * One passive ECOM-WIFI scan, used by the station ({@link #scan}) and by setup mode
	 * ({@link EcomAccessPointRadio}).
	 *
	 * @param listener receives each access point heard
	 * @return how many were heard
	 * @throws IOException when the radio cannot scan now
	 */
	static int scanAll(AccessPointRadio.ScanListener listener) throws IOException {
		AccessPoint[] found;
		try {
			// Passive: the soft AP keeps its channel most of the time while the station listens for beacons.
			found = WifiManager.getInstance().scan(false);
		} catch (Exception e) {
			throw new IOException("scan failed: " + e.getMessage());
		}
		int n = 0;
		for (int i = 0; found != null && i < found.length; i++) {
			AccessPoint ap = found[i];
			SecurityMode mode = ap.getSecurityMode();
			float rssi = ap.getRSSI();
			listener.onNetwork(ap.getSSID(), (int) (rssi < 0 ? rssi - 0.5f : rssi + 0.5f),
					mode == null ? "UNKNOWN" : SecurityModeNames.configName(mode.name()));
			n++;
		}
		return n;
	}

	@Override
	public boolean isUp() {
		if (!this.up) {
			return false;
		}
		long now = this.clock.monotonicMillis();
		if (now - this.lastLinkCheck >= LINK_CHECK_MILLIS) {
			this.lastLinkCheck = now;
			this.up = joined() != null;
		}
		return this.up;
	}

	/** Leaves the access point; idempotent. */
	public void leave() {
		this.up = false;
		WifiManager wifi = this.manager;
		if (wifi != null) {
			try {
				wifi.leave();
			} catch (Exception e) {
				// Already out of the network (checked or not, see the class comment): leave is idempotent by contract.
			}
		}
	}

	/** @return received signal strength in dBm, or 0 when unknown or not joined */
	public int rssi() {
		if (!this.up) {
			return 0;
		}
		AccessPoint ap = joined();
		if (ap == null) {
			return 0;
		}
		float dbm = ap.getRSSI();
		// Rounded to the nearest dBm (RSSI is negative).
		return (int) (dbm < 0 ? dbm - 0.5f : dbm + 0.5f);
	}

	/** @return the interface this radio configured, or null before the first successful join */
	public NetworkInterface networkInterface() {
		return this.netif;
	}

	private AccessPoint joined() {
		WifiManager wifi = this.manager;
		if (wifi == null) {
			return null;
		}
		try {
			return wifi.getJoined();
		} catch (Exception e) {
			// A driver error means "not joined" (checked or not, see the class comment).
			return null;
		}
	}

	private static SecurityMode securityMode(String configName) {
		String ecomName = SecurityModeNames.ecomName(configName);
		if (ecomName == null) {
			return null;
		}
		// By name, never by ordinal; values() rather than valueOf() keeps to plain array access.
		SecurityMode[] modes = SecurityMode.values();
		for (int i = 0; i < modes.length; i++) {
			if (modes[i].name().equals(ecomName)) {
				return modes[i];
			}
		}
		return null;
	}

	private NetworkInterface waitForInterface(long deadline) throws IOException {
		while (true) {
			NetworkInterface ni = findInterface();
			if (ni != null || !sleepUntil(deadline)) {
				return ni;
			}
		}
	}

	private NetworkInterface findInterface() throws IOException {
		Enumeration<NetworkInterface> all = NetworkInterface.getNetworkInterfaces();
		while (all != null && all.hasMoreElements()) {
			NetworkInterface ni = all.nextElement();
			if (this.interfaceName == null || this.interfaceName.equals(ni.getName())) {
				return ni;
			}
		}
		return null;
	}

	private boolean waitForAddress(NetworkInterface ni, long deadline) {
		while (true) {
			if (hasAddress(ni)) {
				return true;
			}
			if (!sleepUntil(deadline)) {
				return false;
			}
		}
	}

	private static boolean hasAddress(NetworkInterface ni) {
		Enumeration<InetAddress> addresses = ni.getInetAddresses();
		while (addresses.hasMoreElements()) {
			if (isLeased(addresses.nextElement().getHostAddress())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param literal an IP literal, possibly with an IPv6 scope suffix ({@code %lo})
	 * @return true unless it is the unspecified address (no lease yet) or a loopback address
	 */
	static boolean isLeased(String literal) {
		int scope = literal.indexOf('%');
		String address = scope < 0 ? literal : literal.substring(0, scope);
		return !address.equals("0.0.0.0") && !address.startsWith("127.") && !address.equals("::1")
				&& !address.equals("0:0:0:0:0:0:0:1") && !address.equals("::") && !address.equals("0:0:0:0:0:0:0:0");
	}

	/** Sleeps one poll interval unless the deadline passed; returns false when it has. */
	private boolean sleepUntil(long deadline) {
		long left = deadline - this.clock.monotonicMillis();
		if (left <= 0) {
			return false;
		}
		try {
			Thread.sleep(left < POLL_MILLIS ? left : POLL_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		return true;
	}

	private String describeInterface() {
		return this.interfaceName == null ? "(any)" : this.interfaceName;
	}
}
