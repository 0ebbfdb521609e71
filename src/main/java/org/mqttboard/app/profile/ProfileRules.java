/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import org.mqttboard.app.config.ButtonSettings;
import org.mqttboard.app.config.Fields;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.Keys;
import org.mqttboard.app.config.PublishAction;
import org.mqttboard.app.config.Topics;

/**
 * Checks several profiles share. Each records problems through {@link Fields}; none throws.
 */
final class ProfileRules {

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
	static boolean require(Fields f, String key, String profile, String what) {
		if (!f.isSet(key)) {
			f.problems().error(key, f.line(key), "missing; profile " + profile + " needs " + what);
			return false;
		}
		// A placeholder was already reported by the typed read; checks that depend on the value are skipped.
		return !Fields.isPlaceholder(f.raw().get(key));
	}

	/** Warns when a user name looks like an e-mail address. */
	static void warnEmail(Fields f, String value, String consequence) {
		if (value.indexOf('@') >= 0) {
			f.warn(Keys.BROKER_USERNAME, "looks like an e-mail address: use the account user name, not the e-mail ("
					+ consequence + ")");
		}
	}

	/** Errors when the file sets a key the profile derives itself. */
	static void derived(Fields f, String key, String profile, String how) {
		if (f.raw().inFile(key)) {
			f.error(key, "profile " + profile + " derives this value (" + how + "); remove the key");
		}
	}

	/** Errors when TLS is off. */
	static void requireTls(Fields f, FirmwareConfig c, String profile) {
		if (!c.broker().tls()) {
			f.error(Keys.BROKER_TLS, "profile " + profile + " only accepts MQTT over TLS; set broker.tls=true");
		}
	}

	/** Errors when TLS is on. */
	static void forbidTls(Fields f, FirmwareConfig c, String profile) {
		if (c.broker().tls()) {
			f.error(Keys.BROKER_TLS, "profile " + profile + " has no TLS listener; set broker.tls=false");
		}
	}

	/** Enforces the IoTDA keep-alive range. */
	static void iotdaKeepAlive(Fields f, FirmwareConfig c) {
		int k = c.broker().keepAliveSeconds();
		if (k < IOTDA_MIN_KEEPALIVE || k > IOTDA_MAX_KEEPALIVE) {
			f.error(Keys.BROKER_KEEPALIVE_SECONDS, "IoTDA accepts " + IOTDA_MIN_KEEPALIVE + ".." + IOTDA_MAX_KEEPALIVE
					+ " seconds (it answers CONNACK 2 otherwise); 120 is recommended (got " + k + ")");
		}
	}

	/** Errors for every configured publish (buttons, announce). */
	static void forbidPublish(Fields f, FirmwareConfig c, String reason) {
		ButtonSettings[] buttons = c.buttons();
		for (int b = 0; b < buttons.length; b++) {
			if (buttons[b].shortPress() != null) {
				f.error(Keys.button(b, 0, "topic"), reason);
			}
			if (buttons[b].longPress() != null) {
				f.error(Keys.button(b, 1, "topic"), reason);
			}
		}
		if (c.broker().announce() != null) {
			f.error(Keys.BROKER_ANNOUNCE_TOPIC, reason);
		}
	}

	/** Errors for every publish payload template that is not JSON. */
	static void requireJsonPayloads(Fields f, FirmwareConfig c, String why) {
		ButtonSettings[] buttons = c.buttons();
		for (int b = 0; b < buttons.length; b++) {
			checkJson(f, buttons[b].shortPress(), Keys.button(b, 0, "payload"), why);
			checkJson(f, buttons[b].longPress(), Keys.button(b, 1, "payload"), why);
		}
		checkJson(f, c.broker().announce(), Keys.BROKER_ANNOUNCE_PAYLOAD, why);
	}

	private static void checkJson(Fields f, PublishAction a, String key, String why) {
		if (a == null) {
			return;
		}
		String r = Topics.checkJsonTemplate(a.payloadTemplate());
		if (r != null) {
			f.error(key, r + " (" + why + ")");
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
}
