/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import org.mqttboard.app.button.ButtonAction;
import org.mqttboard.app.config.Credentials;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.Keys;
import org.mqttboard.app.config.RawConfig;
import org.mqttboard.mqtt.codec.ConnectOptions;

/**
 * Huawei Cloud IoTDA, device side ({@code iotda-device}) and application side ({@code iotda-app}).
 * <p>
 * Both sides: TLS on 8883, roots DigiCert Global Root CA and GlobalSign Root R3, keep-alive
 * 30..1200 s (120 recommended). Device side (support.huaweicloud.com/devg-iothub/iot_02_0203.html): user name =
 * device id ([A-Za-z0-9_-], at most 128), password = device secret from which the real password is derived per
 * connect (IotdaCredentials); the client id is derived too and must not be written. QoS 0/1 only, no will, no
 * retain, at most 50 messages per second, only the device's own {@code $oc/devices/<id>/} topics or custom topics (at most
 * 128 bytes). Application side (support.huaweicloud.com/intl/en-us/usermanual-iothub/iot_01_00113.html,
 * iot_01_00111.html): MQTT push of forwarded data, TLS 1.2, MQTT 3.1.1 only, QoS 0 only, no will, no retain, and
 * the client cannot publish at all. The user name is derived per connect from broker.iotda.access.key and
 * broker.iotda.instance.id; the password is the access code (at most 256 characters). Push topics are at most 128
 * characters of {@code [A-Za-z0-9_/-]}. The CA of the application endpoint is unverified; the IoTDA roots are used.
 * <p>
 * Every rule records problems in the {@link RawConfig}; none throws. Stateless.
 */
final class IotdaProfile extends ProfileRules {

	/** IoTDA (both sides) keep-alive bounds, seconds; outside them the broker answers CONNACK 2. */
	static final int IOTDA_MIN_KEEPALIVE = 30;
	/** Upper IoTDA keep-alive bound, seconds. */
	static final int IOTDA_MAX_KEEPALIVE = 1200;
	private static final int IOTDA_MAX_DEVICE_ID = 128;
	private static final int IOTDA_MAX_CUSTOM_TOPIC = 128;
	private static final int IOTDA_MAX_ACCESS_CODE = 256;
	private static final int IOTDA_MAX_PUSH_TOPIC = 128;
	private static final String[] IOTDA_SIGN_TYPES = { "0", "1" };

	/** True for the application side ({@code iotda-app}), false for the device side. */
	private final boolean app;

	/**
	 * @param app true for the application side, false for the device side
	 * @see org.mqttboard.app.config.BrokerProfile#BrokerProfile
	 */
	IotdaProfile(boolean app, String name, int maxQos, int flags, int maxRatePerSecond, String... extraKeys) {
		super(name, maxQos, flags, maxRatePerSecond, extraKeys);
		this.app = app;
	}

	@Override
	public void applyDefaults(RawConfig raw) {
		iotdaDefaults(raw);
	}

	@Override
	public void check(FirmwareConfig c, RawConfig f) {
		if (this.app) {
			checkIotdaApp(c, f);
		} else {
			checkIotdaDevice(c, f);
		}
	}

	@Override
	public Credentials credentials(RawConfig f) {
		if (this.app) {
			return IotdaCredentials.app(f.text(Keys.IOTDA_ACCESS_KEY, false), f.text(Keys.IOTDA_INSTANCE_ID, false),
					f.text(Keys.BROKER_PASSWORD, false), f.text(Keys.BROKER_CLIENT_ID, false));
		}
		if (!IotdaCredentials.hmacAvailable()) {
			f.error(Keys.BROKER_PROFILE, "this platform has no HMAC-SHA256 (SECURITY library), needed by " + name());
		}
		int sign = "0".equals(f.get(Keys.IOTDA_SIGN_TYPE)) ? 0 : 1;
		return IotdaCredentials.device(f.text(Keys.BROKER_USERNAME, false), f.text(Keys.BROKER_PASSWORD, false),
				sign);
	}

	private void iotdaDefaults(RawConfig raw) {
		raw.putDefault(Keys.BROKER_PORT, "8883");
		raw.putDefault(Keys.BROKER_TLS, "true");
		raw.putDefault(Keys.BROKER_CA_RESOURCES, CloudProfile.DIGICERT_GLOBAL_ROOT_CA + "," + CloudProfile.GLOBALSIGN_ROOT_R3);
		raw.putDefault(Keys.BROKER_KEEPALIVE_SECONDS, "120");
		if (this.app) {
			raw.putDefault(Keys.BROKER_MQTT_VERSION, "3.1.1");
			String ak = raw.get(Keys.IOTDA_ACCESS_KEY);
			if (isValue(ak)) {
				raw.putDefault(Keys.BROKER_CLIENT_ID, ak);
			}
			return;
		}
		raw.putDefault(Keys.IOTDA_SIGN_TYPE, "1");
		String id = raw.get(Keys.BROKER_USERNAME);
		if (isValue(id)) {
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

	private void checkIotdaDevice(FirmwareConfig c, RawConfig f) {
		derived(f, Keys.BROKER_CLIENT_ID, "<device id>_0_<sign type>_<UTC hour YYYYMMDDHH>");
		require(f, Keys.BROKER_PASSWORD, "the device secret");
		if (require(f, Keys.BROKER_USERNAME, "the device id")) {
			String id = f.text(Keys.BROKER_USERNAME, false);
			if (id.length() > IOTDA_MAX_DEVICE_ID || !onlyIdChars(id, '_')) {
				f.error(Keys.BROKER_USERNAME, "an IoTDA device id has at most " + IOTDA_MAX_DEVICE_ID
						+ " letters, digits, '_' or '-' (got '" + id + "')");
			}
			if (id.length() > 0) {
				String own = "$oc/devices/" + id + "/";
				for (int i = 0; i < c.presses.length; i++) {
					checkDeviceTopic(f, Keys.button(i >> 1, i & 1, "topic"), c.presses[i], own);
				}
				checkDeviceTopic(f, Keys.BROKER_ANNOUNCE_TOPIC, c.announce, own);
				for (int n = 1; n <= Keys.MAX_SUBSCRIPTIONS; n++) {
					String key = Keys.sub(n, "topic");
					if (f.isSet(key)) {
						checkDeviceTopic(f, key, f.get(key), own);
					}
				}
			}
		}
		f.choice(Keys.IOTDA_SIGN_TYPE, IOTDA_SIGN_TYPES, 1);
		iotdaKeepAlive(f, c);
	}

	private static void checkDeviceTopic(RawConfig f, String key, ButtonAction a, String own) {
		if (a != null) {
			checkDeviceTopic(f, key, a.topic(), own);
		}
	}

	private static void checkDeviceTopic(RawConfig f, String key, String topic, String own) {
		if (topic.startsWith("$oc/")) {
			if (!topic.startsWith(own)) {
				f.error(key, "a device may only use its own topics, " + own + "...");
			}
		} else if (topic.length() > IOTDA_MAX_CUSTOM_TOPIC) {
			f.error(key, "IoTDA custom topics are at most " + IOTDA_MAX_CUSTOM_TOPIC + " characters");
		}
	}

	private void checkIotdaApp(FirmwareConfig c, RawConfig f) {
		requireTls(f, c);
		derived(f, Keys.BROKER_USERNAME,
				"accessKey=<broker.iotda.access.key>|timestamp=<ms>|instanceId=<broker.iotda.instance.id>");
		if (require(f, Keys.IOTDA_ACCESS_KEY, "the access key (AK) of the access credential")) {
			String ak = f.text(Keys.IOTDA_ACCESS_KEY, false);
			if (ak.length() > 0 && !onlyIdChars(ak, '.')) {
				f.error(Keys.IOTDA_ACCESS_KEY, "letters, digits, '.', '_' or '-' only");
			}
		}
		String instance = f.text(Keys.IOTDA_INSTANCE_ID, false);
		if (instance.length() > 0 && !onlyIdChars(instance, '.')) {
			f.error(Keys.IOTDA_INSTANCE_ID, "letters, digits, '.', '_' or '-' only");
		}
		String code = f.text(Keys.BROKER_PASSWORD, false);
		if (require(f, Keys.BROKER_PASSWORD, "the access code") && code.length() > IOTDA_MAX_ACCESS_CODE) {
			f.error(Keys.BROKER_PASSWORD, "an IoTDA access code has at most " + IOTDA_MAX_ACCESS_CODE
					+ " characters (this one has " + code.length() + ")");
		}
		if (c.session.connect.protocolLevel != ConnectOptions.LEVEL_3_1_1 || c.session.fallbackTo31) {
			f.error(Keys.BROKER_MQTT_VERSION, "the IoTDA application side only speaks MQTT 3.1.1");
		}
		iotdaKeepAlive(f, c);
		forbidPublish(f, c, "iotda-app is subscribe-only (the application side cannot publish): buttons are"
				+ " disabled; use profile iotda-device to publish");
		if (c.rules.length == 0) {
			f.error(Keys.sub(1, "topic"), "missing; iotda-app only receives, so it needs the push topic of a"
					+ " forwarding rule");
		}
		for (int n = 1; n <= Keys.MAX_SUBSCRIPTIONS; n++) {
			String key = Keys.sub(n, "topic");
			String t = f.get(key);
			if (t != null && t.length() > 0 && (t.length() > IOTDA_MAX_PUSH_TOPIC || !onlyIdChars(t, '/'))) {
				f.error(key, "an IoTDA push topic has at most " + IOTDA_MAX_PUSH_TOPIC + " of [A-Za-z0-9_/-]");
			}
		}
	}

	private static void iotdaKeepAlive(RawConfig f, FirmwareConfig c) {
		int k = c.session.connect.keepAliveSeconds;
		if (k < IOTDA_MIN_KEEPALIVE || k > IOTDA_MAX_KEEPALIVE) {
			f.error(Keys.BROKER_KEEPALIVE_SECONDS, "IoTDA accepts " + IOTDA_MIN_KEEPALIVE + ".." + IOTDA_MAX_KEEPALIVE
					+ " seconds (it answers CONNACK 2 otherwise); 120 is recommended (got " + k + ")");
		}
	}
}
