/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import org.mqttboard.mqtt.codec.Utf8;

/**
 * The {@code wifi.*} keys of {@link ConfigLoader}: up to {@link Keys#MAX_WIFI} networks (name, security mode,
 * passphrase rules of IEEE 802.11i) and the join budget. Stateless; runs at boot only.
 */
final class WifiReader {

	/** {@code wifi.security} names, as passed to {@link org.mqttboard.platform.WifiRadio#join}. */
	static final String[] SECURITY_MODES = { "OPEN", "WEP", "WPA", "WPA2", "WPA3", "WPA_WPA2_MIXED",
			"WPA2_WPA3_MIXED" };
	private static final int MAX_SSID_BYTES = 32;

	private WifiReader() {
	}

	/**
	 * Reads every configured network: the first one from {@code wifi.ssid} ... or {@code wifi.1.ssid} ... (one
	 * spelling, not both), then {@code wifi.2.*} and {@code wifi.3.*} when their SSID is set.
	 */
	static void read(RawConfig raw, FirmwareConfig c) {
		boolean plain = raw.inFile(Keys.WIFI_SSID) || raw.inFile(Keys.WIFI_PASSPHRASE) || raw.inFile(Keys.WIFI_SECURITY);
		boolean numbered = inFile(raw, 1);
		if (plain && numbered) {
			raw.error(raw.inFile(Keys.wifi(1, "ssid")) ? Keys.wifi(1, "ssid") : Keys.wifi(1, "passphrase"),
					"wifi.1.* and wifi.ssid/wifi.passphrase/wifi.security both describe the first network; keep one");
		}
		String[] ssids = new String[Keys.MAX_WIFI];
		String[] passes = new String[Keys.MAX_WIFI];
		String[] modes = new String[Keys.MAX_WIFI];
		int count = 0;
		for (int n = 1; n <= Keys.MAX_WIFI; n++) {
			String ssidKey = n == 1 && !numbered ? Keys.WIFI_SSID : Keys.wifi(n, "ssid");
			String passKey = n == 1 && !numbered ? Keys.WIFI_PASSPHRASE : Keys.wifi(n, "passphrase");
			String modeKey = n == 1 && !numbered ? Keys.WIFI_SECURITY : Keys.wifi(n, "security");
			if (n > 1 && !raw.isSet(ssidKey)) {
				String stray = raw.inFile(passKey) ? passKey : raw.inFile(modeKey) ? modeKey : null;
				if (stray != null) {
					raw.error(stray, "no " + ssidKey + ": name the network this belongs to, or remove it");
				}
				continue;
			}
			ssids[count] = readSsid(raw, ssidKey);
			modes[count] = SECURITY_MODES[raw.choice(modeKey, SECURITY_MODES, 3)];
			passes[count] = readPassphrase(raw, passKey, modes[count]);
			count++;
		}
		c.wifiSsids = trim(ssids, count);
		c.wifiPassphrases = trim(passes, count);
		c.wifiSecurities = trim(modes, count);
		c.wifiJoinTimeoutMillis = raw.integer(Keys.WIFI_JOIN_TIMEOUT_MS, 20000, 1000, 300000);
	}

	private static boolean inFile(RawConfig raw, int n) {
		for (String field : Keys.WIFI_FIELDS) {
			if (raw.inFile(Keys.wifi(n, field))) {
				return true;
			}
		}
		return false;
	}

	private static String readSsid(RawConfig raw, String key) {
		String ssid = raw.text(key, true);
		if (Utf8.encode(ssid).length > MAX_SSID_BYTES) {
			raw.error(key, "longer than " + MAX_SSID_BYTES + " bytes (802.11 limit)");
		}
		return ssid;
	}

	/** The passphrase rules of the security mode {@code name}. */
	private static String readPassphrase(RawConfig raw, String key, String name) {
		String pass = raw.text(key, false);
		int len = pass.length();
		if (name.equals("OPEN")) {
			if (len > 0) {
				raw.error(key, "an OPEN network takes no passphrase; remove it or set its security");
			}
		} else if (len == 0) {
			if (!raw.hasErrorOn(key)) {
				raw.error(key, "missing; " + name + " needs a passphrase");
			}
		} else if (name.equals("WEP")) {
			if (!(len == 5 || len == 13 || ((len == 10 || len == 26) && isHex(pass)))) {
				raw.error(key, "a WEP key is 5 or 13 characters, or 10 or 26 hex digits (this one has " + len
						+ " characters)");
			}
		} else if (!((len >= 8 && len <= 63 && isPrintableAscii(pass)) || (len == 64 && isHex(pass)))) {
			// IEEE 802.11i: a passphrase is 8..63 printable ASCII characters, or a raw 64-hex-digit key.
			raw.error(key, "a " + name + " passphrase is 8..63 printable ASCII characters or 64 hex digits (this one"
					+ " has " + len + " characters)");
		}
		return pass;
	}

	private static String[] trim(String[] a, int count) {
		String[] out = new String[count];
		System.arraycopy(a, 0, out, 0, count);
		return out;
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
