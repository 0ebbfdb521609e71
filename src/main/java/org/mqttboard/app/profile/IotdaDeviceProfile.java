/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import org.mqttboard.app.button.ButtonAction;
import org.mqttboard.app.config.BrokerProfile;
import org.mqttboard.app.config.Credentials;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.Keys;
import org.mqttboard.app.config.RawConfig;

/**
 * {@code iotda-device}: Huawei Cloud IoTDA, device side. User name = device id ({@code [A-Za-z0-9_-]}, at most
 * 128), password = device secret from which the real password is derived per connect (see
 * {@link IotdaDeviceCredentials}); the client id is derived too and must not be written. Keep-alive 30..1200 s,
 * QoS 0/1 only, no will, no retain, at most 50 messages per second, only the device's own {@code /devices/<id>/}
 * topics or custom topics (at most 128 bytes). Roots: DigiCert Global Root CA and GlobalSign Root R3.
 */
final class IotdaDeviceProfile extends BrokerProfile {

	static final String NAME = "iotda-device";
	private static final int MAX_DEVICE_ID = 128;
	private static final int MAX_CUSTOM_TOPIC = 128;
	private static final String[] SIGN_TYPES = { "0", "1" };

	IotdaDeviceProfile() {
		super(NAME, 1, NO_WILL | NO_RETAIN, 50, Keys.IOTDA_SIGN_TYPE);
	}

	@Override
	public void applyDefaults(RawConfig raw) {
		raw.putDefault(Keys.BROKER_PORT, "8883");
		raw.putDefault(Keys.BROKER_TLS, "true");
		raw.putDefault(Keys.BROKER_CA_RESOURCES,
				ProfileRules.DIGICERT_GLOBAL_ROOT_CA + "," + ProfileRules.GLOBALSIGN_ROOT_R3);
		raw.putDefault(Keys.BROKER_KEEPALIVE_SECONDS, "120");
		raw.putDefault(Keys.IOTDA_SIGN_TYPE, "1");
		String id = raw.get(Keys.BROKER_USERNAME);
		if (id != null && id.length() > 0 && !RawConfig.isPlaceholder(id)) {
			String sign = raw.get(Keys.IOTDA_SIGN_TYPE);
			// A stand-in of the right length, so the common MQTT 3.1 client id length rule sees the real size;
			// the runtime replaces it through credentials() on every connect.
			raw.putDefault(Keys.BROKER_CLIENT_ID, id + "_0_" + sign + "_YYYYMMDDHH");
			raw.putDefault(Keys.DEVICE_ID, id);
			raw.putDefault(Keys.button(0, 0, "topic"), "$oc/devices/" + id + "/sys/messages/up");
			raw.putDefault(Keys.button(0, 0, "payload"),
					"{\"button\":\"${button}\",\"press\":\"${press}\",\"count\":${count}}");
			raw.putDefault(Keys.sub(1, "topic"), "$oc/devices/" + id + "/sys/messages/down");
			raw.putDefault(Keys.sub(1, "display"), "json:content");
		}
	}

	@Override
	public void check(FirmwareConfig c, RawConfig f) {
		ProfileRules.derived(f, Keys.BROKER_CLIENT_ID, NAME, "<device id>_0_<sign type>_<UTC hour YYYYMMDDHH>");
		ProfileRules.require(f, Keys.BROKER_PASSWORD, NAME, "the device secret");
		if (ProfileRules.require(f, Keys.BROKER_USERNAME, NAME, "the device id")) {
			String id = f.text(Keys.BROKER_USERNAME, false);
			if (id.length() > MAX_DEVICE_ID || !ProfileRules.onlyIdChars(id, '_')) {
				f.error(Keys.BROKER_USERNAME, "an IoTDA device id has at most " + MAX_DEVICE_ID
						+ " letters, digits, '_' or '-' (got '" + id + "')");
			}
			if (id.length() > 0) {
				checkTopics(f, c, id);
			}
		}
		f.choice(Keys.IOTDA_SIGN_TYPE, SIGN_TYPES, 1);
		ProfileRules.iotdaKeepAlive(f, c);
	}

	@Override
	public Credentials credentials(RawConfig f) {
		if (!IotdaCredentials.hmacAvailable()) {
			f.error(Keys.BROKER_PROFILE, "this platform has no HMAC-SHA256 (SECURITY library), needed by " + NAME);
		}
		int sign = "0".equals(f.get(Keys.IOTDA_SIGN_TYPE)) ? 0 : 1;
		return IotdaCredentials.device(f.text(Keys.BROKER_USERNAME, false), f.text(Keys.BROKER_PASSWORD, false),
				sign);
	}

	private static void checkTopics(RawConfig f, FirmwareConfig c, String id) {
		String own = "$oc/devices/" + id + "/";
		for (int i = 0; i < c.presses.length; i++) {
			checkTopic(f, Keys.button(i >> 1, i & 1, "topic"), c.presses[i], own);
		}
		checkTopic(f, Keys.BROKER_ANNOUNCE_TOPIC, c.announce, own);
		for (int n = 1; n <= Keys.MAX_SUBSCRIPTIONS; n++) {
			String key = Keys.sub(n, "topic");
			if (f.isSet(key)) {
				checkTopicText(f, key, f.get(key), own);
			}
		}
	}

	private static void checkTopic(RawConfig f, String key, ButtonAction a, String own) {
		if (a != null) {
			checkTopicText(f, key, a.topic(), own);
		}
	}

	private static void checkTopicText(RawConfig f, String key, String topic, String own) {
		if (topic.startsWith("$oc/")) {
			if (!topic.startsWith(own)) {
				f.error(key, "a device may only use its own topics, " + own + "...");
			}
		} else if (topic.length() > MAX_CUSTOM_TOPIC) {
			f.error(key, "IoTDA custom topics are at most " + MAX_CUSTOM_TOPIC + " characters");
		}
	}
}
