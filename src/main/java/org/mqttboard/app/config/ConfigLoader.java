/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import org.mqttboard.platform.ConfigSource;
import org.mqttboard.platform.Display;

/**
 * Turns the properties file into the typed {@link FirmwareConfig} the runtime uses, or a {@link ConfigException}
 * listing every problem (key, line, reason). The firmware never runs half-configured: either every rule of the
 * common keys and of the selected broker profile holds, or nothing is returned. One pass, in sections: the key
 * names, Wi-Fi, the {@code broker.*} keys, buttons, announce and subscriptions, display and time, then the CONNECT
 * size; every value is parsed once into the object that uses it at run time. Each key group has its own reader
 * ({@link WifiReader}, {@link BrokerReader}, {@link ActionReader}); a new group is one more call in
 * {@link #load(RawConfig)} and its keys in {@link Keys}.
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
	/** Stands for a line's key when the key itself must not be shown. */
	static final String HIDDEN_KEY = "(line content hidden)";

	private static final String[] DISPLAY_KINDS = { "auto", "matrix", "lcd", "serial" };
	private static final int[] DISPLAY_CODES = { FirmwareConfig.DISPLAY_AUTO, Display.KIND_MATRIX_5X5,
			Display.KIND_LCD, Display.KIND_SERIAL };

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
	 * @return the validated configuration; its {@link FirmwareConfig#warnings} should be shown to the user
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
		for (int i = 0; i < raw.size(); i++) {
			if (Keys.isSecret(raw.keyAt(i))) {
				raw.addSecret(raw.get(raw.keyAt(i)));
			}
		}
		BrokerProfile profile = selectProfile(raw);
		profile.applyDefaults(raw);
		checkKeys(raw, profile);

		FirmwareConfig c = new FirmwareConfig();
		c.source = raw.source();
		c.profile = profile.name();
		if (profile.has(BrokerProfile.NO_PUBLISH)) {
			c.publishDisabled = "profile " + profile.name() + " cannot publish (subscribe-only): buttons are disabled";
		}
		WifiReader.read(raw, c);
		int queueSize = BrokerReader.read(raw, profile, c);
		ActionReader.read(raw, profile, c);
		// The queue bound is in messages; size it for that many presses with the longest topic.
		c.session.queueBytes = queueSize * ActionReader.queueEntryBytes(c);
		c.displayKind = DISPLAY_CODES[raw.choice(Keys.DISPLAY_KIND, DISPLAY_KINDS, 0)];
		c.scrollStepMillis = raw.integer(Keys.DISPLAY_SCROLL_STEP_MS, 120, 20, 2000);
		readTime(raw, c);
		c.ha = HaDiscoveryKeys.read(raw, profile, c);
		profile.check(c, raw);
		raw.throwIfErrors();
		c.credentials = profile.credentials(raw);
		raw.throwIfErrors();
		BrokerReader.checkConnect(raw, c);
		raw.throwIfErrors();
		c.warnings = raw.problems();
		return c;
	}

	private BrokerProfile selectProfile(RawConfig raw) {
		String name = raw.get(Keys.BROKER_PROFILE);
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
		raw.error(Keys.BROKER_PROFILE, "unknown profile '" + name + "'; use one of " + names);
		// Keep validating the rest of the file against the generic rules so all problems show at once.
		return fallback != null ? fallback : this.profiles[0];
	}

	private void checkKeys(RawConfig raw, BrokerProfile profile) {
		String[] known = knownKeys(profile);
		for (int i = 0; i < raw.size(); i++) {
			String key = raw.keyAt(i);
			int line = raw.line(key);
			if (line == 0 || contains(known, key)) {
				continue;
			}
			String owner = otherProfileOwning(key);
			if (owner != null) {
				raw.error(key, line, "only used by profile " + owner + " (this file uses " + profile.name() + ")");
				continue;
			}
			String value = raw.get(key);
			if (value == null || value.length() == 0) {
				// A lone word without a value is as likely a pasted password as a key: never echo it.
				raw.error(HIDDEN_KEY, line, "a word without '=' and value (not shown: it may be a secret); write"
						+ " key=value");
				continue;
			}
			String near = closest(known, key);
			raw.error(key, line, "unknown key" + (near == null ? "" : "; did you mean " + near + "?"));
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
		int wifi = Keys.MAX_WIFI * Keys.WIFI_FIELDS.length;
		String[] all = new String[Keys.COMMON.length + extra.length + buttons + subs + wifi];
		System.arraycopy(Keys.COMMON, 0, all, 0, Keys.COMMON.length);
		System.arraycopy(extra, 0, all, Keys.COMMON.length, extra.length);
		int k = Keys.COMMON.length + extra.length;
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
		for (int n = 1; n <= Keys.MAX_WIFI; n++) {
			for (String field : Keys.WIFI_FIELDS) {
				all[k++] = Keys.wifi(n, field);
			}
		}
		return all;
	}

	// Display and time.

	private static void readTime(RawConfig raw, FirmwareConfig c) {
		String[] servers = raw.list(Keys.TIME_SNTP_SERVERS);
		if (!raw.has(Keys.TIME_SNTP_SERVERS)) {
			servers = new String[] { "pool.ntp.org", "time.google.com" };
		} else if (servers.length == 0) {
			raw.error(Keys.TIME_SNTP_SERVERS, "list at least one SNTP server host name");
		}
		for (String s : servers) {
			if (!BrokerReader.isHostName(s)) {
				raw.error(Keys.TIME_SNTP_SERVERS, "'" + s + "' is not a host name");
			}
		}
		c.sntpServers = servers;
		c.sntpTimeoutMillis = raw.integer(Keys.TIME_SNTP_TIMEOUT_MS, 5000, 500, 60000);
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
