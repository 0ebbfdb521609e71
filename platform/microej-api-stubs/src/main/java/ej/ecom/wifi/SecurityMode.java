/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.ecom.wifi;

/**
 * Signature stub of the ECOM-WIFI enum {@code ej.ecom.wifi.SecurityMode} (ECOM-WIFI 2.x), compile-only, never
 * shipped. Constant names follow the native security mode list of the VEE Port
 * (MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4 {@code platform/inc/LLECOM_WIFI_impl.h}) and the Java
 * usages {@code SecurityMode.WPA2}, {@code SecurityMode.OPEN}, {@code SecurityMode.UNKNOWN} in MicroEJ samples.
 * The declaration order here is NOT the real one: the firmware only ever selects a constant by {@link #name()}.
 */
public enum SecurityMode {
	/** Open network. */
	OPEN,
	/** WEP, 64-bit key. */
	WEP64,
	/** WEP, 128-bit key. */
	WEP128,
	/** WPA (1) personal. */
	WPA1,
	/** WPA2 personal. */
	WPA2,
	/** WPA3 personal. */
	WPA3,
	/** WPA1/WPA2 mixed personal. */
	MIXED,
	/** WPA2/WPA3 mixed personal. */
	WPA2_WPA3_MIXED,
	/** Enterprise, no security. */
	ENTERPRISE_NO_SECURITY,
	/** Enterprise WPA1/WPA2 mixed. */
	ENTERPRISE_WPA_MIXED,
	/** Enterprise WPA1. */
	ENTERPRISE_WPA1,
	/** Enterprise WPA2. */
	ENTERPRISE_WPA2,
	/** Enterprise WEP. */
	ENTERPRISE_WEP,
	/** Enterprise WPA3. */
	ENTERPRISE_WPA3,
	/** Enterprise WPA2/WPA3 mixed. */
	ENTERPRISE_WPA2_WPA3_MIXED,
	/** Unknown. */
	UNKNOWN
}
