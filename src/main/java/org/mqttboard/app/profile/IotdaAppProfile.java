/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import org.mqttboard.app.config.BrokerProfile;
import org.mqttboard.app.config.Credentials;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.Keys;
import org.mqttboard.app.config.RawConfig;
import org.mqttboard.mqtt.codec.ConnectOptions;

/**
 * {@code iotda-app}: Huawei Cloud IoTDA application side (MQTT push of forwarded data). TLS 1.2 on 8883, MQTT
 * 3.1.1 only, QoS 0 only, no will, no retain, and the client cannot publish at all: buttons are disabled. The
 * user name is derived per connect from {@code broker.iotda.access.key} and {@code broker.iotda.instance.id}
 * (see {@link IotdaAppCredentials}); the password is the access code (at most 256 characters). Push topics are at
 * most 128 characters of {@code [A-Za-z0-9_/-]}. The CA of this endpoint is unverified; the IoTDA roots are
 * bundled by default.
 */
final class IotdaAppProfile extends BrokerProfile {

	static final String NAME = "iotda-app";
	private static final int MAX_ACCESS_CODE = 256;
	private static final int MAX_TOPIC = 128;

	IotdaAppProfile() {
		super(NAME, 0, NO_WILL | NO_RETAIN | NO_PUBLISH, 0, Keys.IOTDA_ACCESS_KEY, Keys.IOTDA_INSTANCE_ID);
	}

	@Override
	public void applyDefaults(RawConfig raw) {
		raw.putDefault(Keys.BROKER_PORT, "8883");
		raw.putDefault(Keys.BROKER_TLS, "true");
		raw.putDefault(Keys.BROKER_CA_RESOURCES,
				ProfileRules.DIGICERT_GLOBAL_ROOT_CA + "," + ProfileRules.GLOBALSIGN_ROOT_R3);
		raw.putDefault(Keys.BROKER_KEEPALIVE_SECONDS, "120");
		raw.putDefault(Keys.BROKER_MQTT_VERSION, "3.1.1");
		String ak = raw.get(Keys.IOTDA_ACCESS_KEY);
		if (ak != null && ak.length() > 0 && !RawConfig.isPlaceholder(ak)) {
			raw.putDefault(Keys.BROKER_CLIENT_ID, ak);
		}
	}

	@Override
	public void check(FirmwareConfig c, RawConfig f) {
		ProfileRules.requireTls(f, c, NAME);
		ProfileRules.derived(f, Keys.BROKER_USERNAME, NAME,
				"accessKey=<broker.iotda.access.key>|timestamp=<ms>|instanceId=<broker.iotda.instance.id>");
		if (ProfileRules.require(f, Keys.IOTDA_ACCESS_KEY, NAME, "the access key (AK) of the access credential")) {
			String ak = f.text(Keys.IOTDA_ACCESS_KEY, false);
			if (ak.length() > 0 && !ProfileRules.onlyIdChars(ak, '.')) {
				f.error(Keys.IOTDA_ACCESS_KEY, "letters, digits, '.', '_' or '-' only");
			}
		}
		String instance = f.text(Keys.IOTDA_INSTANCE_ID, false);
		if (instance.length() > 0 && !ProfileRules.onlyIdChars(instance, '.')) {
			f.error(Keys.IOTDA_INSTANCE_ID, "letters, digits, '.', '_' or '-' only");
		}
		String code = f.text(Keys.BROKER_PASSWORD, false);
		if (ProfileRules.require(f, Keys.BROKER_PASSWORD, NAME, "the access code") && code.length() > MAX_ACCESS_CODE) {
			f.error(Keys.BROKER_PASSWORD, "an IoTDA access code has at most " + MAX_ACCESS_CODE + " characters (this"
					+ " one has " + code.length() + ")");
		}
		if (c.session.connect.protocolLevel != ConnectOptions.LEVEL_3_1_1 || c.session.fallbackTo31) {
			f.error(Keys.BROKER_MQTT_VERSION, "the IoTDA application side only speaks MQTT 3.1.1");
		}
		ProfileRules.iotdaKeepAlive(f, c);
		ProfileRules.forbidPublish(f, c, "iotda-app is subscribe-only (the application side cannot publish):"
				+ " buttons are disabled; use profile iotda-device to publish");
		if (c.rules.length == 0) {
			f.error(Keys.sub(1, "topic"), "missing; iotda-app only receives, so it needs the push topic of a"
					+ " forwarding rule");
		}
		for (int n = 1; n <= Keys.MAX_SUBSCRIPTIONS; n++) {
			String key = Keys.sub(n, "topic");
			String t = f.get(key);
			if (t != null && t.length() > 0 && (t.length() > MAX_TOPIC || !ProfileRules.onlyIdChars(t, '/'))) {
				f.error(key, "an IoTDA push topic has at most " + MAX_TOPIC + " of [A-Za-z0-9_/-]");
			}
		}
	}

	@Override
	public Credentials credentials(RawConfig f) {
		return IotdaCredentials.app(f.text(Keys.IOTDA_ACCESS_KEY, false), f.text(Keys.IOTDA_INSTANCE_ID, false),
				f.text(Keys.BROKER_PASSWORD, false), f.text(Keys.BROKER_CLIENT_ID, false));
	}
}
