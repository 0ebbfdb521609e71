/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import org.mqttboard.app.button.ButtonAction;
import org.mqttboard.app.display.DisplayRule;
import org.mqttboard.mqtt.codec.Utf8;

/**
 * The keys {@code ha.discovery} and {@code ha.prefix}: read, checked against the rest of the configuration (retained
 * messages allowed, one status topic for will and announce, the transmit buffer), turned into a {@link HaDiscovery}.
 * Called once from the loader. Stateless.
 */
public final class HaDiscoveryKeys {

	private HaDiscoveryKeys() {
	}

	/**
	 * Reads {@code ha.discovery} and {@code ha.prefix} and checks that discovery can work with this configuration.
	 *
	 * @param f the file's values; problems are recorded there
	 * @param profile the broker profile (retained messages must be allowed)
	 * @param c the configuration read so far (buttons, will, announce, subscriptions, buffer size)
	 * @return the discovery messages' source, or null when discovery is off
	 */
	public static HaDiscovery read(RawConfig f, BrokerProfile profile, FirmwareConfig c) {
		boolean on = f.bool(Keys.HA_DISCOVERY, false);
		String prefix = f.text(Keys.HA_PREFIX, false);
		if (!on) {
			if (f.inFile(Keys.HA_PREFIX)) {
				f.warn(Keys.HA_PREFIX, "ignored: ha.discovery is not true");
			}
			return null;
		}
		prefix = prefix.length() == 0 ? "homeassistant" : prefix;
		if (prefix.indexOf('+') >= 0 || prefix.indexOf('#') >= 0 || prefix.endsWith("/")) {
			f.error(Keys.HA_PREFIX, "a topic prefix without wildcards and without a trailing '/'");
		}
		if (profile.has(BrokerProfile.NO_RETAIN)) {
			f.error(Keys.HA_DISCOVERY, "Home Assistant discovery messages are retained, which profile " + profile.name()
					+ " does not accept");
		}
		HaDiscovery ha = new HaDiscovery(prefix, HaDiscovery.nodeId(c.deviceId), c.deviceId);
		for (int i = 0; i < 4; i++) {
			ButtonAction a = c.presses[i];
			if (a != null) {
				ha.pressTopics[i] = a.topic();
				ha.pressPayloads[i] = constantPayload(a, i);
			}
		}
		String sub = f.get(Keys.sub(1, "topic"));
		if (sub != null && sub.length() > 0 && sub.indexOf('+') < 0 && sub.indexOf('#') < 0) {
			ha.stateTopic = sub;
			DisplayRule rule = c.rules.length > 0 ? c.rules[0] : null;
			if (rule != null && rule.kind() == DisplayRule.JSON) {
				ha.valueTemplate = "{{ value_json." + rule.path() + " }}";
			}
		} else {
			f.warn(Keys.HA_DISCOVERY, "no display sensor: sub.1.topic is missing or has wildcards");
		}
		byte[] will = c.session.connect.willTopic;
		if (will == null || c.announce == null || !c.announce.topic().equals(Utf8.decode(will, 0, will.length))) {
			f.error(Keys.HA_DISCOVERY, "availability needs one status topic: set broker.will.topic and"
					+ " broker.announce.topic to the same topic (e.g. mqttboard/" + ha.node + "/status) with"
					+ " broker.will.payload=offline and broker.announce.payload=online");
		} else {
			ha.availability = c.announce.topic();
			ha.online = constantPayload(c.announce, 0);
			ha.offline = Utf8.decode(c.session.connect.willPayload, 0, c.session.connect.willPayload.length);
			if (ha.online == null) {
				f.error(Keys.BROKER_ANNOUNCE_PAYLOAD, "Home Assistant compares availability payloads exactly: use a"
						+ " fixed text such as online");
			}
		}
		StringBuilder model = new StringBuilder(HaDiscovery.MAX_MODEL_CHARS);
		for (int i = 0; i < HaDiscovery.MAX_MODEL_CHARS; i++) {
			model.append('m');
		}
		ha.prepare(model.toString());
		int largest = ha.largestPacket();
		if (largest > c.session.bufferBytes) {
			f.error(Keys.HA_DISCOVERY, "a discovery message takes " + largest + " bytes, more than the transmit"
					+ " buffer (broker.buffer.bytes=" + c.session.bufferBytes + "); raise broker.buffer.bytes to at"
					+ " least " + largest);
		}
		return ha;
	}

	/** @return the payload every press of slot {@code i} sends, or null when it changes between presses */
	private static String constantPayload(ButtonAction a, int slot) {
		byte[] one = new byte[1024];
		byte[] two = new byte[1024];
		int n1 = a.template().render(slot >> 1, (slot & 1) != 0, 1, 0, one);
		int n2 = a.template().render(slot >> 1, (slot & 1) != 0, 2, 1000, two);
		if (n1 < 0 || n1 != n2) {
			return null;
		}
		for (int i = 0; i < n1; i++) {
			if (one[i] != two[i]) {
				return null;
			}
		}
		return Utf8.decode(one, 0, n1);
	}
}
