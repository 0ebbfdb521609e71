/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import org.mqttboard.app.config.BrokerProfile;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.Keys;
import org.mqttboard.app.config.RawConfig;

/**
 * The rules several cloud profiles share: required and derived keys, TLS only, e-mail-like user names, no publishing,
 * identifier characters and a JSON shape check. Each records problems in the {@link RawConfig}; none throws.
 * Stateless.
 */
abstract class ProfileRules extends BrokerProfile {

	/** @see BrokerProfile#BrokerProfile */
	ProfileRules(String name, int maxQos, int flags, int maxRatePerSecond, String... extraKeys) {
		super(name, maxQos, flags, maxRatePerSecond, extraKeys);
	}


	/** @return true when the user wrote a value a default may be derived from (not empty, not a placeholder) */
	static boolean isValue(String v) {
		return v != null && v.length() > 0 && !RawConfig.isPlaceholder(v);
	}

	/**
	 * Records "missing" when {@code key} has no value; {@code what} says what the cloud expects there.
	 *
	 * @return true when the key holds a real value that further checks may look at
	 */
	final boolean require(RawConfig f, String key, String what) {
		if (!f.isSet(key)) {
			f.error(key, "missing; profile " + name() + " needs " + what);
			return false;
		}
		// A placeholder was already reported by the typed read; checks that depend on the value are skipped.
		return !RawConfig.isPlaceholder(f.get(key));
	}

	/** Errors when the file sets a key the profile derives itself. */
	final void derived(RawConfig f, String key, String how) {
		if (f.inFile(key)) {
			f.error(key, "profile " + name() + " derives this value (" + how + "); remove the key");
		}
	}

	final void requireTls(RawConfig f, FirmwareConfig c) {
		if (!c.endpoint.tls()) {
			f.error(Keys.BROKER_TLS, "profile " + name() + " only accepts MQTT over TLS; set broker.tls=true");
		}
	}

	/** Warns when a user name looks like an e-mail address. */
	static void warnEmail(RawConfig f, String value, String consequence) {
		if (value.indexOf('@') >= 0) {
			f.warn(Keys.BROKER_USERNAME, "looks like an e-mail address: use the account user name, not the e-mail ("
					+ consequence + ")");
		}
	}

	/** Errors for every configured publish (buttons, announce). */
	static void forbidPublish(RawConfig f, FirmwareConfig c, String reason) {
		for (int i = 0; i < c.presses.length; i++) {
			if (c.presses[i] != null) {
				f.error(Keys.button(i >> 1, i & 1, "topic"), reason);
			}
		}
		if (c.announce != null) {
			f.error(Keys.BROKER_ANNOUNCE_TOPIC, reason);
		}
	}

	/** @return true when {@code s} is non-empty and only has {@code [A-Za-z0-9_-]} plus {@code extra} */
	static boolean onlyIdChars(String s, char extra) {
		if (s.length() == 0) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
					|| c == '-' || c == extra;
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A light JSON shape check for platforms that only ingest JSON: the template must be one object or array with
	 * balanced brackets and closed strings ({@code ${...}} placeholders are not brackets).
	 *
	 * @return null when it looks like JSON, else the reason
	 */
	static String jsonProblem(String template) {
		String t = template.trim();
		if (t.length() == 0 || (t.charAt(0) != '{' && t.charAt(0) != '[')) {
			return "must be a JSON object, e.g. {\"button\":\"${button}\",\"count\":${count}}";
		}
		int depth = 0;
		boolean inString = false;
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					inString = false;
				}
				continue;
			}
			if (c == '"') {
				inString = true;
			} else if (c == '{' && !(i > 0 && t.charAt(i - 1) == '$')) {
				depth++;
			} else if (c == '[') {
				depth++;
			} else if (c == '}' || c == ']') {
				if (c == '}' && isPlaceholderEnd(t, i)) {
					continue;
				}
				depth--;
				if (depth < 0 || (depth == 0 && i != t.length() - 1)) {
					return "is not one well-formed JSON value (brackets do not balance)";
				}
			}
		}
		if (inString || depth != 0) {
			return "is not one well-formed JSON value (unclosed string or bracket)";
		}
		return null;
	}

	private static boolean isPlaceholderEnd(String t, int close) {
		// The '}' closes a placeholder when a "${" precedes it with no '}' in between.
		for (int i = close - 1; i > 0; i--) {
			char c = t.charAt(i);
			if (c == '}') {
				return false;
			}
			if (c == '{' && t.charAt(i - 1) == '$') {
				return true;
			}
		}
		return false;
	}
}
