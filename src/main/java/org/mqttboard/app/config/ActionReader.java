/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import java.util.Vector;

import org.mqttboard.app.button.ButtonAction;
import org.mqttboard.app.button.ButtonPublisher;
import org.mqttboard.app.button.PayloadTemplate;
import org.mqttboard.app.display.DisplayRule;
import org.mqttboard.mqtt.codec.Status;
import org.mqttboard.mqtt.codec.Topics;
import org.mqttboard.mqtt.codec.Utf8;

/**
 * The buttons, announce and subscription keys of {@link ConfigLoader}, and the topic and QoS rules they share with
 * the will message. Stateless; runs at boot only.
 */
final class ActionReader {

	/** Longest MQTT string, UTF-8 bytes. */
	static final int MAX_STRING_BYTES = 65535;
	/** Upper bound of the offline queue's bookkeeping per message, bytes (the engine's entry header is smaller). */
	private static final int QUEUE_ENTRY_OVERHEAD = 32;

	private ActionReader() {
	}

	/**
	 * The buttons ({@code button.a.short.*} ...) and the announce message as {@link ButtonAction}s with compiled
	 * payload templates, and the subscriptions ({@code sub.N.*}) as engine subscriptions plus one {@link DisplayRule}
	 * each.
	 */
	static void read(RawConfig f, BrokerProfile profile, FirmwareConfig c) {
		String deviceId = f.text(Keys.DEVICE_ID, false);
		if (deviceId.length() == 0) {
			String clientId = f.text(Keys.BROKER_CLIENT_ID, false);
			deviceId = clientId.length() > 0 ? clientId : "mqttboard";
		}
		c.deviceId = deviceId;
		c.longPressMillis = f.integer(Keys.BUTTON_LONG_PRESS_MS, 800, 300, 10000);
		c.debounceMillis = f.integer(Keys.BUTTON_DEBOUNCE_MS, 30, 5, 500);
		if (c.debounceMillis >= c.longPressMillis) {
			f.error(Keys.BUTTON_DEBOUNCE_MS, "must be shorter than button.long.press.ms (" + c.longPressMillis + ")");
		}
		for (int b = 0; b < Keys.BUTTONS.length; b++) {
			for (int p = 0; p < Keys.PRESSES.length; p++) {
				c.presses[b * 2 + p] = readPress(f, profile, b, p, deviceId);
			}
		}
		if (f.isSet(Keys.BROKER_ANNOUNCE_TOPIC)) {
			c.announce = readAction(f, profile, Keys.BROKER_ANNOUNCE_TOPIC, Keys.BROKER_ANNOUNCE_PAYLOAD, null, null,
					deviceId);
		} else if (f.inFile(Keys.BROKER_ANNOUNCE_PAYLOAD)) {
			f.warn(Keys.BROKER_ANNOUNCE_PAYLOAD, "ignored: no broker.announce.topic");
		}
		readSubscriptions(f, profile, c);
	}

	/** @return bytes one queued press can take: bookkeeping, the longest topic published, the largest payload */
	static int queueEntryBytes(FirmwareConfig c) {
		int longest = c.announce == null ? 0 : c.announce.topicBytes().length;
		for (int i = 0; i < c.presses.length; i++) {
			longest = c.presses[i] == null ? longest : Math.max(longest, c.presses[i].topicBytes().length);
		}
		return QUEUE_ENTRY_OVERHEAD + longest + ButtonPublisher.PAYLOAD_BYTES;
	}

	/**
	 * The topic rules of {@link Topics}, in words for the user.
	 *
	 * @param topic a topic name or filter
	 * @param filter true for a filter (wildcards allowed as whole levels)
	 * @return null when valid, else the reason
	 */
	static String topicProblem(String topic, boolean filter) {
		if (topic.length() == 0) {
			// [MQTT-4.7.3-1]: topic names and filters are at least one character long.
			return "must not be empty";
		}
		if (topic.indexOf(0) >= 0) {
			// [MQTT-4.7.3-2]: no U+0000 in topics.
			return "must not contain the NUL character";
		}
		byte[] b = Utf8.encode(topic);
		if (b.length > MAX_STRING_BYTES) {
			return "longer than " + MAX_STRING_BYTES + " UTF-8 bytes";
		}
		if (!filter) {
			// [MQTT-3.3.2-2]: the topic name in a PUBLISH must not contain wildcards.
			return Topics.checkName(b, 0, b.length) == Status.OK ? null
					: "a topic to publish to cannot contain the wildcards + or #";
		}
		int at = Topics.misplacedWildcard(b, 0, b.length);
		if (at < 0) {
			return null;
		}
		// [MQTT-4.7.1-2]: '#' stands alone as the last level; [MQTT-4.7.1-3]: '+' occupies a whole level.
		return b[at] == Topics.MULTI_LEVEL ? "# must be the whole last level of the filter, e.g. sensors/#"
				: "+ must be a whole level of the filter, e.g. sensors/+/temp";
	}

	static void checkQos(RawConfig f, String key, int qos, BrokerProfile profile) {
		if (qos > profile.maxQos()) {
			f.error(key, "profile " + profile.name() + " accepts QoS up to " + profile.maxQos() + " (got " + qos + ")");
		}
	}

	static void checkRetain(RawConfig f, String key, boolean retain, BrokerProfile profile) {
		if (retain && profile.has(BrokerProfile.NO_RETAIN)) {
			f.error(key, "profile " + profile.name() + " does not accept retained messages");
		}
	}

	private static ButtonAction readPress(RawConfig f, BrokerProfile profile, int button, int press,
			String deviceId) {
		String topicKey = Keys.button(button, press, "topic");
		if (!f.isSet(topicKey)) {
			for (int i = 1; i < Keys.ACTION_FIELDS.length; i++) {
				String k = Keys.button(button, press, Keys.ACTION_FIELDS[i]);
				if (f.inFile(k)) {
					f.warn(k, "ignored: no " + topicKey);
				}
			}
			return null;
		}
		return readAction(f, profile, topicKey, Keys.button(button, press, "payload"),
				Keys.button(button, press, "qos"), Keys.button(button, press, "retain"), deviceId);
	}

	private static ButtonAction readAction(RawConfig f, BrokerProfile profile, String topicKey, String payloadKey,
			String qosKey, String retainKey, String deviceId) {
		String topic = f.text(topicKey, true);
		if (profile.has(BrokerProfile.NO_PUBLISH)) {
			f.error(topicKey, "profile " + profile.name() + " is subscribe-only: buttons and announce are disabled;"
					+ " remove this key");
		}
		String r = topicProblem(topic, false);
		if (r != null) {
			f.error(topicKey, r);
		}
		String payload = f.get(payloadKey);
		PayloadTemplate template = null;
		try {
			template = new PayloadTemplate(payload == null ? "" : payload, deviceId);
		} catch (IllegalArgumentException e) {
			f.error(payloadKey, e.getMessage());
		}
		int qos = qosKey == null ? 0 : f.integer(qosKey, 0, 0, 2);
		boolean retain = retainKey != null && f.bool(retainKey, false);
		if (qosKey != null) {
			checkQos(f, qosKey, qos, profile);
			checkRetain(f, retainKey, retain, profile);
		}
		return template == null ? null : new ButtonAction(topic, template, qos, retain);
	}

	private static void readSubscriptions(RawConfig f, BrokerProfile profile, FirmwareConfig c) {
		Vector<DisplayRule> rules = new Vector<DisplayRule>();
		for (int n = 1; n <= Keys.MAX_SUBSCRIPTIONS; n++) {
			String topicKey = Keys.sub(n, "topic");
			String displayKey = Keys.sub(n, "display");
			String qosKey = Keys.sub(n, "qos");
			if (!f.isSet(topicKey)) {
				if (f.inFile(displayKey) || f.inFile(qosKey)) {
					f.warn(f.inFile(displayKey) ? displayKey : qosKey, "ignored: no " + topicKey);
				}
				continue;
			}
			String filter = f.text(topicKey, true);
			String r = topicProblem(filter, true);
			if (r != null) {
				f.error(topicKey, r);
			}
			int qos = f.integer(qosKey, 0, 0, 2);
			checkQos(f, qosKey, qos, profile);
			String display = f.get(displayKey);
			DisplayRule rule = null;
			try {
				rule = DisplayRule.parse(display == null || display.length() == 0 ? "text" : display);
			} catch (IllegalArgumentException e) {
				f.error(displayKey, e.getMessage());
			}
			c.session.subscribe(filter, qos);
			rules.addElement(rule);
		}
		c.rules = new DisplayRule[rules.size()];
		rules.copyInto(c.rules);
	}
}
