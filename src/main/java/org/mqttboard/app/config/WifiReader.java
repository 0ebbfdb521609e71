/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import org.mqttboard.mqtt.codec.Utf8;

/**
 * The {@code wifi.*} keys of {@link ConfigLoader}: network name, security mode, passphrase rules of IEEE 802.11i
 * and the join budget. Stateless; runs at boot only.
 */
final class WifiReader {

	/** {@code wifi.security} names, as passed to {@link org.mqttboard.platform.WifiRadio#join}. */
	static final String[] SECURITY_MODES = { "OPEN", "WEP", "WPA", "WPA2", "WPA3", "WPA_WPA2_MIXED",
			"WPA2_WPA3_MIXED" };
	private static final int MAX_SSID_BYTES = 32;

	private WifiReader() {
	}

	static void read(RawConfig raw, FirmwareConfig c) {
		String ssid = raw.text(Keys.WIFI_SSID, true);
		if (Utf8.encode(ssid).length > MAX_SSID_BYTES) {
			raw.error(Keys.WIFI_SSID, "longer than " + MAX_SSID_BYTES + " bytes (802.11 limit)");
		}
		int mode = raw.choice(Keys.WIFI_SECURITY, SECURITY_MODES, 3);
		String name = SECURITY_MODES[mode];
		String pass = raw.text(Keys.WIFI_PASSPHRASE, false);
		int len = pass.length();
		if (mode == 0) {
			if (len > 0) {
				raw.error(Keys.WIFI_PASSPHRASE, "an OPEN network takes no passphrase; remove it or set wifi.security");
			}
		} else if (len == 0) {
			if (!raw.hasErrorOn(Keys.WIFI_PASSPHRASE)) {
				raw.error(Keys.WIFI_PASSPHRASE, "missing; " + name + " needs a passphrase");
			}
		} else if (mode == 1) {
			if (!(len == 5 || len == 13 || ((len == 10 || len == 26) && isHex(pass)))) {
				raw.error(Keys.WIFI_PASSPHRASE, "a WEP key is 5 or 13 characters, or 10 or 26 hex digits (this one has "
						+ len + " characters)");
			}
		} else if (!((len >= 8 && len <= 63 && isPrintableAscii(pass)) || (len == 64 && isHex(pass)))) {
			// IEEE 802.11i: a passphrase is 8..63 printable ASCII characters, or a raw 64-hex-digit key.
			raw.error(Keys.WIFI_PASSPHRASE, "a " + name + " passphrase is 8..63 printable ASCII characters or 64 hex"
					+ " digits (this one has " + len + " characters)");
		}
		c.wifiSsid = ssid;
		c.wifiPassphrase = pass;
		c.wifiSecurity = name;
		c.wifiJoinTimeoutMillis = raw.integer(Keys.WIFI_JOIN_TIMEOUT_MS, 20000, 1000, 300000);
	}

	private static boolean isHex(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Utf8.hexDigit(s.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean isPrintableAscii(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x20 || c > 0x7E) {
				return false;
			}
		}
		return true;
	}
}
