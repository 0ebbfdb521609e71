/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.wifi;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs): records
 * what the device layer set. Test scope only; never shipped. */
public class SoftAPConfiguration {

	public String ssid;
	public String passphrase;
	public SecurityMode securityMode;

	public void setSSID(String ssid) {
		this.ssid = ssid;
	}

	public void setPassphrase(String passphrase) {
		this.passphrase = passphrase;
	}

	public void setSecurityMode(SecurityMode securityMode) {
		this.securityMode = securityMode;
	}
}
