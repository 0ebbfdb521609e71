/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import java.util.Vector;

/**
 * Reads the button actions ({@code button.a.short.*} ...), the announce message and the subscriptions
 * ({@code sub.N.*}), checking topics, templates, display rules and the profile's QoS/retain/publish capabilities.
 */
final class ActionReader {

	private ActionReader() {
	}

	static ButtonSettings[] readButtons(Fields f, BrokerProfile profile) {
		int longMs = f.integer(Keys.BUTTON_LONG_PRESS_MS, 800, 300, 10000);
		int debounceMs = f.integer(Keys.BUTTON_DEBOUNCE_MS, 30, 5, 500);
		if (debounceMs >= longMs) {
			f.error(Keys.BUTTON_DEBOUNCE_MS, "must be shorter than button.long.press.ms (" + longMs + ")");
		}
		ButtonSettings[] out = new ButtonSettings[Keys.BUTTONS.length];
		for (int b = 0; b < Keys.BUTTONS.length; b++) {
			PublishAction shortPress = readPress(f, profile, b, 0);
			PublishAction longPress = readPress(f, profile, b, 1);
			out[b] = new ButtonSettings(b, shortPress, longPress, longMs, debounceMs);
		}
		return out;
	}

	static PublishAction readAnnounce(Fields f, BrokerProfile profile) {
		if (!f.isSet(Keys.BROKER_ANNOUNCE_TOPIC)) {
			if (f.raw().inFile(Keys.BROKER_ANNOUNCE_PAYLOAD)) {
				f.warn(Keys.BROKER_ANNOUNCE_PAYLOAD, "ignored: no broker.announce.topic");
			}
			return null;
		}
		return readAction(f, profile, Keys.BROKER_ANNOUNCE_TOPIC, Keys.BROKER_ANNOUNCE_PAYLOAD, null, null);
	}

	private static PublishAction readPress(Fields f, BrokerProfile profile, int button, int press) {
		String topicKey = Keys.button(button, press, "topic");
		if (!f.isSet(topicKey)) {
			for (int i = 1; i < Keys.ACTION_FIELDS.length; i++) {
				String k = Keys.button(button, press, Keys.ACTION_FIELDS[i]);
				if (f.raw().inFile(k)) {
					f.warn(k, "ignored: no " + topicKey);
				}
			}
			return null;
		}
		return readAction(f, profile, topicKey, Keys.button(button, press, "payload"),
				Keys.button(button, press, "qos"), Keys.button(button, press, "retain"));
	}

	private static PublishAction readAction(Fields f, BrokerProfile profile, String topicKey, String payloadKey,
			String qosKey, String retainKey) {
		String topic = f.text(topicKey, true);
		if (!profile.canPublish()) {
			f.error(topicKey, "profile " + profile.name() + " is subscribe-only: buttons and announce are disabled;"
					+ " remove this key");
		}
		String r = Topics.checkName(topic);
		if (r != null) {
			f.error(topicKey, r);
		}
		String payload = f.raw().get(payloadKey);
		payload = payload == null ? "" : payload;
		r = Topics.checkTemplate(payload);
		if (r != null) {
			f.error(payloadKey, r);
		}
		int qos = qosKey == null ? 0 : f.integer(qosKey, 0, 0, 2);
		if (qosKey != null) {
			checkQos(f, qosKey, qos, profile);
		}
		boolean retain = retainKey != null && f.bool(retainKey, false);
		if (retainKey != null) {
			checkRetain(f, retainKey, retain, profile);
		}
		return new PublishAction(topic, payload, qos, retain);
	}

	static SubscriptionSettings[] readSubscriptions(Fields f, BrokerProfile profile) {
		Vector<SubscriptionSettings> subs = new Vector<SubscriptionSettings>();
		for (int n = 1; n <= Keys.MAX_SUBSCRIPTIONS; n++) {
			String topicKey = Keys.sub(n, "topic");
			String displayKey = Keys.sub(n, "display");
			String qosKey = Keys.sub(n, "qos");
			if (!f.isSet(topicKey)) {
				if (f.raw().inFile(displayKey) || f.raw().inFile(qosKey)) {
					f.warn(f.raw().inFile(displayKey) ? displayKey : qosKey, "ignored: no " + topicKey);
				}
				continue;
			}
			String filter = f.text(topicKey, true);
			String r = Topics.checkFilter(filter);
			if (r != null) {
				f.error(topicKey, r);
			}
			int qos = f.integer(qosKey, 0, 0, 2);
			checkQos(f, qosKey, qos, profile);
			String display = f.raw().get(displayKey);
			int rule = SubscriptionSettings.RULE_TEXT;
			String[] path = new String[0];
			if (display != null && display.length() > 0) {
				if (display.startsWith("json:")) {
					rule = SubscriptionSettings.RULE_JSON;
					path = Topics.parseJsonPath(display.substring(5));
					if (path == null) {
						f.error(displayKey, "bad JSON path: write json:field.subfield (letters, digits, _ - $;"
								+ " a number indexes an array)");
						path = new String[0];
					}
				} else if ("number".equalsIgnoreCase(display)) {
					rule = SubscriptionSettings.RULE_NUMBER;
				} else if (!"text".equalsIgnoreCase(display)) {
					f.error(displayKey, "must be text, number or json:<path> such as json:data.temperature (got '"
							+ display + "')");
				}
			}
			subs.addElement(new SubscriptionSettings(filter, rule, path, qos));
		}
		SubscriptionSettings[] out = new SubscriptionSettings[subs.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = subs.elementAt(i);
		}
		return out;
	}

	static void checkQos(Fields f, String key, int qos, BrokerProfile profile) {
		if (qos > profile.maxQos()) {
			f.error(key, "profile " + profile.name() + " accepts QoS up to " + profile.maxQos() + " (got " + qos + ")");
		}
	}

	static void checkRetain(Fields f, String key, boolean retain, BrokerProfile profile) {
		if (retain && !profile.allowsRetain()) {
			f.error(key, "profile " + profile.name() + " does not accept retained messages");
		}
	}
}
