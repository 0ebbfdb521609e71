/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.wifi;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped. */
public enum SecurityMode {
	OPEN, WEP64, WEP128, WPA1, WPA2, WPA3, MIXED, WPA2_WPA3_MIXED, UNKNOWN
}
