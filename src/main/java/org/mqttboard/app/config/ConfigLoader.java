/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import org.mqttboard.platform.ConfigSource;
import org.mqttboard.platform.Display;

/**
 * Turns the properties file into a validated {@link FirmwareConfig}, or a {@link ConfigException} listing every
 * problem (key, line, reason). The firmware never runs half-configured: either every rule of the common keys and
 * of the selected broker profile holds, or nothing is returned.
 * <p>
 * Unknown keys are errors, not warnings: a mistyped key ({@code broker.pasword}) would otherwise be ignored and
 * the board would connect with a default, which is exactly the half-configured state to avoid. The message
 * suggests the closest known key.
 * <p>
 * Stateless after construction; safe to use from any thread. Runs at boot only.
 */
public final class ConfigLoader {

	/** Profile used when {@code broker.profile} is absent. */
	public static final String DEFAULT_PROFILE = "generic";

	private static final String[] DISPLAY_KINDS = { "auto", "matrix", "lcd", "serial" };
	private static final int[] DISPLAY_CODES = { DisplaySettings.KIND_AUTO, Display.KIND_MATRIX_5X5, Display.KIND_LCD,
			Display.KIND_SERIAL };
	private static final int MAX_SSID_BYTES = 32;
	/** 2286-11-20T17:46:39.999Z: the largest 13-digit millisecond time, for sizing derived credentials. */
	private static final long SAMPLE_WALL_MILLIS = 9999999999999L;

	private final BrokerProfile[] profiles;

	/**
	 * @param profiles the built-in profiles ({@code org.mqttboard.app.profile.Profiles.all()}); copied
	 */
	public ConfigLoader(BrokerProfile[] profiles) {
		this.profiles = profiles.clone();
	}

	/**
	 * Reads, parses and validates a configuration.
	 *
	 * @param source the configuration source
	 * @return the validated configuration; its {@link FirmwareConfig#warnings()} should be shown to the user
	 * @throws ConfigException with every problem found
	 */
	public FirmwareConfig load(ConfigSource source) throws ConfigException {
		return load(PropertiesParser.parse(source));
	}

	/**
	 * Validates parsed keys. Profile defaults are added to {@code raw}.
	 *
	 * @param raw the parsed file
	 * @return the validated configuration
	 * @throws ConfigException with every problem found
	 */
	public FirmwareConfig load(RawConfig raw) throws ConfigException {
		Problems problems = new Problems();
		for (int i = 0; i < raw.size(); i++) {
			if (Keys.isSecret(raw.keyAt(i))) {
				problems.addSecret(raw.get(raw.keyAt(i)));
			}
		}
		Fields f = new Fields(raw, problems);
		BrokerProfile profile = selectProfile(f);
		profile.applyDefaults(raw);
		checkKeys(f, profile);

		WifiSettings wifi = readWifi(f);
		BrokerSettings broker = BrokerReader.read(f, profile);
		ButtonSettings[] buttons = ActionReader.readButtons(f, profile);
		SubscriptionSettings[] subs = ActionReader.readSubscriptions(f, profile);
		int kind = DISPLAY_CODES[f.choice(Keys.DISPLAY_KIND, DISPLAY_KINDS, 0)];
		DisplaySettings display = new DisplaySettings(kind, f.integer(Keys.DISPLAY_SCROLL_STEP_MS, 120, 20, 2000));
		TimeSettings time = readTime(f);
		String deviceId = f.text(Keys.DEVICE_ID, false);
		if (deviceId.length() == 0) {
			deviceId = broker.clientId().length() > 0 ? broker.clientId() : "mqttboard";
		}
		FirmwareConfig draft = new FirmwareConfig(raw.source(), wifi, broker, buttons, subs, display, time, deviceId);
		profile.check(draft, f);
		problems.throwIfErrors(raw.source());
		CredentialSource credentials = profile.credentials(broker, f);
		problems.throwIfErrors(raw.source());
		checkConnectFits(f, broker, credentials);
		problems.throwIfErrors(raw.source());
		return draft.complete(credentials, problems.toArray());
	}

	private BrokerProfile selectProfile(Fields f) {
		String name = f.raw().get(Keys.BROKER_PROFILE);
		if (name == null || name.length() == 0) {
			name = DEFAULT_PROFILE;
		}
		BrokerProfile fallback = null;
		StringBuilder names = new StringBuilder();
		for (BrokerProfile p : this.profiles) {
			if (p.name().equals(name)) {
				return p;
			}
			if (p.name().equals(DEFAULT_PROFILE)) {
				fallback = p;
			}
			names.append(names.length() == 0 ? "" : ", ").append(p.name());
		}
		f.error(Keys.BROKER_PROFILE, "unknown profile '" + name + "'; use one of " + names);
		// Keep validating the rest of the file against the generic rules so all problems show at once.
		return fallback != null ? fallback : this.profiles[0];
	}

	/** Stands for a line's key when the key itself must not be shown. */
	static final String HIDDEN_KEY = "(line content hidden)";

	private void checkKeys(Fields f, BrokerProfile profile) {
		String[] known = knownKeys(profile);
		RawConfig raw = f.raw();
		for (int i = 0; i < raw.size(); i++) {
			String key = raw.keyAt(i);
			int line = raw.line(key);
			if (line == 0 || contains(known, key)) {
				continue;
			}
			String owner = otherProfileOwning(key);
			if (owner != null) {
				f.problems().error(key, line, "only used by profile " + owner + " (this file uses " + profile.name()
						+ ")");
				continue;
			}
			String value = raw.get(key);
			if (value == null || value.length() == 0) {
				// A lone word without a value is as likely a pasted password as a key: never echo it.
				f.problems().error(HIDDEN_KEY, line, "a word without '=' and value (not shown: it may be a "
						+ "secret); write key=value");
				continue;
			}
			String near = closest(known, key);
			f.problems().error(key, line, "unknown key" + (near == null ? "" : "; did you mean " + near + "?"));
		}
	}

	private String otherProfileOwning(String key) {
		for (BrokerProfile p : this.profiles) {
			if (contains(p.extraKeys(), key)) {
				return p.name();
			}
		}
		return null;
	}

	static String[] knownKeys(BrokerProfile profile) {
		String[] extra = profile.extraKeys();
		int buttons = Keys.BUTTONS.length * Keys.PRESSES.length * Keys.ACTION_FIELDS.length;
		int subs = Keys.MAX_SUBSCRIPTIONS * Keys.SUB_FIELDS.length;
		String[] all = new String[Keys.COMMON.length + extra.length + buttons + subs];
		int k = 0;
		for (String s : Keys.COMMON) {
			all[k++] = s;
		}
		for (String s : extra) {
			all[k++] = s;
		}
		for (int b = 0; b < Keys.BUTTONS.length; b++) {
			for (int p = 0; p < Keys.PRESSES.length; p++) {
				for (String field : Keys.ACTION_FIELDS) {
					all[k++] = Keys.button(b, p, field);
				}
			}
		}
		for (int n = 1; n <= Keys.MAX_SUBSCRIPTIONS; n++) {
			for (String field : Keys.SUB_FIELDS) {
				all[k++] = Keys.sub(n, field);
			}
		}
		return all;
	}

	private static WifiSettings readWifi(Fields f) {
		String ssid = f.text(Keys.WIFI_SSID, true);
		if (Utf8.length(ssid) > MAX_SSID_BYTES) {
			f.error(Keys.WIFI_SSID, "longer than " + MAX_SSID_BYTES + " bytes (802.11 limit)");
		}
		int mode = f.choice(Keys.WIFI_SECURITY, WifiSettings.SECURITY_MODES, 3);
		String name = WifiSettings.SECURITY_MODES[mode];
		String pass = f.text(Keys.WIFI_PASSPHRASE, false);
		int len = pass.length();
		if (mode == 0) {
			if (len > 0) {
				f.error(Keys.WIFI_PASSPHRASE, "an OPEN network takes no passphrase; remove it or set wifi.security");
			}
		} else if (len == 0) {
			if (!f.problems().hasErrorOn(Keys.WIFI_PASSPHRASE)) {
				f.error(Keys.WIFI_PASSPHRASE, "missing; " + name + " needs a passphrase");
			}
		} else if (mode == 1) {
			if (!(len == 5 || len == 13 || ((len == 10 || len == 26) && isHex(pass)))) {
				f.error(Keys.WIFI_PASSPHRASE, "a WEP key is 5 or 13 characters, or 10 or 26 hex digits (this one has "
						+ len + " characters)");
			}
		} else if (!((len >= 8 && len <= 63 && isPrintableAscii(pass)) || (len == 64 && isHex(pass)))) {
			// IEEE 802.11i: a passphrase is 8..63 printable ASCII characters, or a raw 64-hex-digit key.
			f.error(Keys.WIFI_PASSPHRASE, "a " + name + " passphrase is 8..63 printable ASCII characters or 64 hex"
					+ " digits (this one has " + len + " characters)");
		}
		int timeout = f.integer(Keys.WIFI_JOIN_TIMEOUT_MS, 20000, 1000, 300000);
		return new WifiSettings(ssid, pass, name, timeout);
	}

	/**
	 * The CONNECT identity must be encodable ([MQTT-3.1.2-22]) and fit the transmit buffer: IoTDA credentials
	 * alone can take ~450 bytes (platforms.md 5.B13). Sized with a 13-digit timestamp, the longest any derived
	 * credential gets.
	 */
	private static void checkConnectFits(Fields f, BrokerSettings b, CredentialSource credentials) {
		Credentials c = credentials.refresh(SAMPLE_WALL_MILLIS);
		if (c.hasPassword() && c.username() == null) {
			// [MQTT-3.1.2-22]: without the User Name flag the Password flag must be 0.
			f.error(Keys.BROKER_PASSWORD, "MQTT sends a password only together with a user name; set"
					+ " broker.username");
		}
		// [MQTT-3.1.2]: fixed header (at most 5) + protocol name (2 + 4 or 6) + level + flags + keep-alive (4).
		int size = 5 + 2 + (b.mqttVersion() == BrokerSettings.MQTT_3_1_1 ? 4 : 6) + 4;
		size += 2 + Utf8.length(c.clientId());
		size += c.username() == null ? 0 : 2 + Utf8.length(c.username());
		size += c.hasPassword() ? 2 + c.passwordBytes().length : 0;
		if (b.will() != null) {
			size += 2 + Utf8.length(b.will().topic()) + 2 + Utf8.length(b.will().payloadTemplate());
		}
		if (size > b.bufferBytes()) {
			f.error(Keys.BROKER_BUFFER_BYTES, "too small for the CONNECT packet (" + size + " bytes with these"
					+ " credentials and will); use at least " + size);
		}
	}

	private static TimeSettings readTime(Fields f) {
		String[] servers = f.list(Keys.TIME_SNTP_SERVERS);
		if (!f.raw().has(Keys.TIME_SNTP_SERVERS)) {
			servers = new String[] { "pool.ntp.org", "time.google.com" };
		} else if (servers.length == 0) {
			f.error(Keys.TIME_SNTP_SERVERS, "list at least one SNTP server host name");
		}
		for (String s : servers) {
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				if (!(Topics.isAlnum(c) || c == '.' || c == '-' || c == ':')) {
					f.error(Keys.TIME_SNTP_SERVERS, "'" + s + "' is not a host name");
					break;
				}
			}
		}
		return new TimeSettings(servers, f.integer(Keys.TIME_SNTP_TIMEOUT_MS, 5000, 500, 60000));
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

	private static boolean contains(String[] a, String s) {
		for (String x : a) {
			if (x.equals(s)) {
				return true;
			}
		}
		return false;
	}

	/** @return the known key within edit distance 2 of {@code key}, or null */
	private static String closest(String[] known, String key) {
		String best = null;
		int bestD = 3;
		for (String k : known) {
			int d = distance(k, key, bestD);
			if (d < bestD) {
				bestD = d;
				best = k;
			}
		}
		return best;
	}

	/** Levenshtein distance, cut off at {@code limit} (returns limit when at least that far). */
	private static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) >= limit) {
			return limit;
		}
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return Math.min(prev[b.length()], limit);
	}
}
