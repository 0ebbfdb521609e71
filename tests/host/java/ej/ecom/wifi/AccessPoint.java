/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.wifi;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped. */
public class AccessPoint {

	private final String ssid;
	private final float rssi;

	private SecurityMode securityMode;

	public AccessPoint(String ssid, float rssi) {
		this.ssid = ssid;
		this.rssi = rssi;
	}

	public AccessPoint(String ssid, float rssi, SecurityMode securityMode) {
		this(ssid, rssi);
		this.securityMode = securityMode;
	}

	public SecurityMode getSecurityMode() {
		return this.securityMode;
	}

	public String getSSID() {
		return this.ssid;
	}

	public float getRSSI() {
		return this.rssi;
	}
}
