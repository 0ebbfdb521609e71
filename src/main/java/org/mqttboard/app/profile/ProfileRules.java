/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import org.mqttboard.app.button.ButtonAction;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.Keys;
import org.mqttboard.app.config.RawConfig;

/**
 * Checks and facts several profiles share: the bundled trust roots (resources of this jar) and rules that record
 * problems in the {@link RawConfig} (none throws).
 */
final class ProfileRules {

	/** Trust root: ISRG Root X1 (Let's Encrypt): HiveMQ Cloud, Thinger.io private instances. To 2035-06-04. */
	static final String ISRG_ROOT_X1 = "/org/mqttboard/ca/isrg-root-x1.pem";
	/** Trust root: USERTrust RSA Certification Authority (Sectigo): Thinger.io community servers. To 2038-01-18. */
	static final String USERTRUST_RSA = "/org/mqttboard/ca/usertrust-rsa.pem";
	/** Trust root: DigiCert Global Root CA: Huawei IoTDA. To 2031-11-10. */
	static final String DIGICERT_GLOBAL_ROOT_CA = "/org/mqttboard/ca/digicert-global-root-ca.pem";
	/** Trust root: GlobalSign Root CA - R3: Huawei IoTDA. To 2029-03-18. */
	static final String GLOBALSIGN_ROOT_R3 = "/org/mqttboard/ca/globalsign-root-r3.pem";

	/** IoTDA (both sides) keep-alive bounds, seconds; outside them the broker answers CONNACK 2. */
	static final int IOTDA_MIN_KEEPALIVE = 30;
	/** Upper IoTDA keep-alive bound, seconds. */
	static final int IOTDA_MAX_KEEPALIVE = 1200;

	private ProfileRules() {
	}

	/**
	 * Records "missing" when {@code key} has no value; {@code what} says what the cloud expects there.
	 *
	 * @return true when the key holds a real value that further checks may look at
	 */
	static boolean require(RawConfig f, String key, String profile, String what) {
		if (!f.isSet(key)) {
			f.error(key, "missing; profile " + profile + " needs " + what);
			return false;
		}
		// A placeholder was already reported by the typed read; checks that depend on the value are skipped.
		return !RawConfig.isPlaceholder(f.get(key));
	}

	/** Warns when a user name looks like an e-mail address. */
	static void warnEmail(RawConfig f, String value, String consequence) {
		if (value.indexOf('@') >= 0) {
			f.warn(Keys.BROKER_USERNAME, "looks like an e-mail address: use the account user name, not the e-mail ("
					+ consequence + ")");
		}
	}

	/** Errors when the file sets a key the profile derives itself. */
	static void derived(RawConfig f, String key, String profile, String how) {
		if (f.inFile(key)) {
			f.error(key, "profile " + profile + " derives this value (" + how + "); remove the key");
		}
	}

	/** Errors when TLS is off. */
	static void requireTls(RawConfig f, FirmwareConfig c, String profile) {
		if (!c.endpoint.tls()) {
			f.error(Keys.BROKER_TLS, "profile " + profile + " only accepts MQTT over TLS; set broker.tls=true");
		}
	}

	/** Errors when TLS is on. */
	static void forbidTls(RawConfig f, FirmwareConfig c, String profile) {
		if (c.endpoint.tls()) {
			f.error(Keys.BROKER_TLS, "profile " + profile + " has no TLS listener; set broker.tls=false");
		}
	}

	/** Enforces the IoTDA keep-alive range. */
	static void iotdaKeepAlive(RawConfig f, FirmwareConfig c) {
		int k = c.session.connect.keepAliveSeconds;
		if (k < IOTDA_MIN_KEEPALIVE || k > IOTDA_MAX_KEEPALIVE) {
			f.error(Keys.BROKER_KEEPALIVE_SECONDS, "IoTDA accepts " + IOTDA_MIN_KEEPALIVE + ".." + IOTDA_MAX_KEEPALIVE
					+ " seconds (it answers CONNACK 2 otherwise); 120 is recommended (got " + k + ")");
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

	/** Errors for every publish payload template that is not JSON. */
	static void requireJsonPayloads(RawConfig f, FirmwareConfig c, String why) {
		for (int i = 0; i < c.presses.length; i++) {
			checkJson(f, c.presses[i], Keys.button(i >> 1, i & 1, "payload"), why);
		}
		checkJson(f, c.announce, Keys.BROKER_ANNOUNCE_PAYLOAD, why);
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

	private static void checkJson(RawConfig f, ButtonAction a, String key, String why) {
		if (a == null) {
			return;
		}
		String r = jsonProblem(a.template().toString());
		if (r != null) {
			f.error(key, r + " (" + why + ")");
		}
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
