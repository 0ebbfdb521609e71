/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

/**
 * Turns the security mode name of the configuration file into the name of an ECOM-WIFI
 * {@code ej.ecom.wifi.SecurityMode} constant. The file uses the firmware's portable names ({@code OPEN},
 * {@code WEP}, {@code WPA}, {@code WPA2}, {@code WPA3}, {@code WPA2_WPA3_MIXED}, {@code WPA_WPA2_MIXED}); any exact
 * ECOM-WIFI constant name ({@code WEP64}, {@code MIXED}, ...) passes through unchanged. Never an ordinal: the
 * ordinals of {@code SecurityMode} do not match the native constants (LLECOM_WIFI_impl.h of MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4).
 * <p>
 * Pure static function; callable from any thread.
 */
public final class SecurityModeNames {

	private SecurityModeNames() {
	}

	/**
	 * @param configName the name from the configuration (case-sensitive, upper case), may be null
	 * @return the ECOM-WIFI constant name to look up, or null when {@code configName} is null or empty
	 */
	public static String ecomName(String configName) {
		if (configName == null || configName.length() == 0) {
			return null;
		}
		if (configName.equals("WEP")) {
			// The ESP32 ports scan every WEP network as WEP128 (VEE Port RELEASE_NOTES "WEP always scanned as WEP128").
			return "WEP128";
		}
		if (configName.equals("WPA")) {
			return "WPA1";
		}
		if (configName.equals("WPA_WPA2_MIXED")) {
			return "MIXED";
		}
		return configName;
	}

	/**
	 * The reverse of {@link #ecomName}: how a scanned network's security mode is written in the configuration.
	 *
	 * @param ecomName an ECOM-WIFI {@code SecurityMode} constant name
	 * @return the configuration name ({@code WEP64}/{@code WEP128} give {@code WEP}, {@code WPA1} gives {@code WPA},
	 *         {@code MIXED} gives {@code WPA_WPA2_MIXED}); other names unchanged
	 */
	public static String configName(String ecomName) {
		if (ecomName.startsWith("WEP")) {
			return "WEP";
		}
		if (ecomName.equals("WPA1")) {
			return "WPA";
		}
		if (ecomName.equals("MIXED")) {
			return "WPA_WPA2_MIXED";
		}
		return ecomName;
	}
}
