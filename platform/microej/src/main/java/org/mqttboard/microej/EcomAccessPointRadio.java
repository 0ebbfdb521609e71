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

import ej.ecom.wifi.SecurityMode;
import ej.ecom.wifi.SoftAPConfiguration;
import ej.ecom.wifi.WifiManager;

/**
 * {@link AccessPointRadio} on ECOM-WIFI and NET. Sources (full citations beside each stub member in
 * {@code platform/microej-api-stubs}):
 * <ul>
 * <li>soft AP: {@code WifiManager.enableSoftAP(SoftAPConfiguration)} / {@code disableSoftAP()}, natives
 * {@code GenericWifiManagerNatives_enableSoftAP/disableSoftAP} of the ESP32 VEE Ports; the ESP32 native opens
 * WPA2 when a passphrase is given and runs the AP beside the station (APSTA), so a scan still works;</li>
 * <li>scan: {@code WifiManager.scan(boolean active)} and {@code AccessPoint.getSSID/getRSSI/getSecurityMode}, called
 * through {@code EcomWifiRadio.scanAll}, which the station shares;</li>
 * <li>MAC: {@code java.net.NetworkInterface.getHardwareAddress()} (native
 * {@code NetworkInterfaceNatives_getHardwareAddress}).</li>
 * </ul>
 * Whether these ECOM-WIFI members declare {@code IOException} is not shown by the sources, so the calls are made
 * where any exception is caught: the code compiles either way.
 * <p>
 * Threading: main loop only.
 */
public final class EcomAccessPointRadio implements AccessPointRadio {

	/** The ESP-IDF soft-AP default address, shown when the interface list does not give one (not verified here). */
	static final String DEFAULT_ADDRESS = "192.168.4.1";

	private final String interfaceName;

	/**
	 * @param interfaceName name of the Wi-Fi network interface, or null for the first one listed (whose hardware
	 *        address is the radio's MAC)
	 */
	public EcomAccessPointRadio(String interfaceName) {
		this.interfaceName = interfaceName;
	}

	@Override
	public byte[] macAddress() {
		try {
			Enumeration<NetworkInterface> all = NetworkInterface.getNetworkInterfaces();
			while (all != null && all.hasMoreElements()) {
				NetworkInterface ni = all.nextElement();
				if (this.interfaceName == null || this.interfaceName.equals(ni.getName())) {
					byte[] mac = ni.getHardwareAddress();
					if (mac != null && mac.length == 6) {
						return mac;
					}
				}
			}
		} catch (Exception e) {
			// No MAC from this driver: the access point gets the generic name.
		}
		return null;
	}

	@Override
	public int scan(ScanListener listener) throws IOException {
		return EcomWifiRadio.scanAll(listener);
	}

	@Override
	public String startAccessPoint(String ssid, String passphrase) throws IOException {
		SoftAPConfiguration config = new SoftAPConfiguration();
		config.setSSID(ssid);
		config.setPassphrase(passphrase);
		config.setSecurityMode(SecurityMode.WPA2);
		try {
			WifiManager.getInstance().enableSoftAP(config);
		} catch (Exception e) {
			throw new IOException("soft AP refused: " + e.getMessage());
		}
		String address = leasedAddress();
		return address != null ? address : DEFAULT_ADDRESS;
	}

	@Override
	public void stopAccessPoint() {
		try {
			WifiManager.getInstance().disableSoftAP();
		} catch (Exception e) {
			// Already down: idempotent by contract.
		}
	}

	/** @return the first address of an interface that is neither unspecified nor loopback, or null */
	private static String leasedAddress() {
		try {
			Enumeration<NetworkInterface> all = NetworkInterface.getNetworkInterfaces();
			while (all != null && all.hasMoreElements()) {
				Enumeration<InetAddress> addresses = all.nextElement().getInetAddresses();
				while (addresses.hasMoreElements()) {
					String a = addresses.nextElement().getHostAddress();
					if (a.indexOf(':') < 0 && EcomWifiRadio.isLeased(a)) {
						return a;
					}
				}
			}
		} catch (Exception e) {
			// no list: the caller shows the default
		}
		return null;
	}
}
