/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.network;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped. */
public class IPConfiguration {

	public boolean dhcp;

	public void useDHCP(boolean dhcp) {
		this.dhcp = dhcp;
	}

	public void useStaticDNS(boolean staticDns) {
		// recorded nowhere: the device layer always asks for DHCP DNS
	}
}
