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
import org.mqttboard.mqtt.codec.ConnectOptions;

/**
 * The cloud profiles: one instance per cloud (listed in {@link Profiles}), each cloud's defaults and rules in its own
 * section below, then the rules several clouds share. Every rule records problems in the {@link RawConfig}; none
 * throws. Stateless.
 */
final class CloudProfile extends BrokerProfile {

	static final int HIVEMQ = 0;
	static final int AMEBA = 1;
	static final int SENSORO = 2;
	static final int THINGER = 3;
	static final int IOTDA_DEVICE = 4;
	static final int IOTDA_APP = 5;

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
	/** Longest SENSORO client id suffix after {@code AppID/}. */
	static final int SENSORO_MAX_SUFFIX = 36;
	private static final int IOTDA_MAX_DEVICE_ID = 128;
	private static final int IOTDA_MAX_CUSTOM_TOPIC = 128;
	private static final int IOTDA_MAX_ACCESS_CODE = 256;
	private static final int IOTDA_MAX_PUSH_TOPIC = 128;
	private static final String[] IOTDA_SIGN_TYPES = { "0", "1" };

	private final int cloud;

	/**
	 * @param cloud which cloud: {@link #HIVEMQ} .. {@link #IOTDA_APP}
	 * @see BrokerProfile#BrokerProfile
	 */
	CloudProfile(int cloud, String name, int maxQos, int flags, int maxRatePerSecond, String... extraKeys) {
		super(name, maxQos, flags, maxRatePerSecond, extraKeys);
		this.cloud = cloud;
	}


	@Override
	public void applyDefaults(RawConfig raw) {
		switch (this.cloud) {
		case HIVEMQ:
			hiveMqDefaults(raw);
			break;
		case AMEBA:
			amebaDefaults(raw);
			break;
		case SENSORO:
			sensoroDefaults(raw);
			break;
		case THINGER:
			raw.putDefault(Keys.BROKER_HOST, "backend.thinger.io");
			raw.putDefault(Keys.BROKER_PORT, "8883");
			raw.putDefault(Keys.BROKER_TLS, "true");
			raw.putDefault(Keys.BROKER_CA_RESOURCES, USERTRUST_RSA + "," + ISRG_ROOT_X1);
			break;
		default:
			iotdaDefaults(raw);
			break;
		}
	}

	@Override
	public void check(FirmwareConfig c, RawConfig f) {
		switch (this.cloud) {
		case HIVEMQ:
			checkHiveMq(c, f);
			break;
		case AMEBA:
			checkAmeba(c, f);
			break;
		case SENSORO:
			checkSensoro(c, f);
			break;
		case THINGER:
			checkThinger(c, f);
			break;
		case IOTDA_DEVICE:
			checkIotdaDevice(c, f);
			break;
		default:
			checkIotdaApp(c, f);
			break;
		}
	}

	@Override
	public Credentials credentials(RawConfig f) {
		if (this.cloud == IOTDA_APP) {
			return IotdaCredentials.app(f.text(Keys.IOTDA_ACCESS_KEY, false), f.text(Keys.IOTDA_INSTANCE_ID, false),
					f.text(Keys.BROKER_PASSWORD, false), f.text(Keys.BROKER_CLIENT_ID, false));
		}
		if (this.cloud != IOTDA_DEVICE) {
			return super.credentials(f);
		}
		if (!IotdaCredentials.hmacAvailable()) {
			f.error(Keys.BROKER_PROFILE, "this platform has no HMAC-SHA256 (SECURITY library), needed by " + name());
		}
		int sign = "0".equals(f.get(Keys.IOTDA_SIGN_TYPE)) ? 0 : 1;
		return IotdaCredentials.device(f.text(Keys.BROKER_USERNAME, false), f.text(Keys.BROKER_PASSWORD, false),
				sign);
	}

	// HiveMQ Cloud Serverless/Starter (docs.hivemq.com; adafruit/circuitpython#7606, wolfSSL/wolfMQTT#222): MQTT over
	// TLS on 8883 only (no plain listener; 8884 is WebSocket), SNI required (the transport always sends the host name),
	// root ISRG Root X1, user name and password from Access Management. Defaults follow the HiveMQ tutorial: button A
	// publishes hello to testtopic/1, testtopic/2 is shown on the display.

	private static void hiveMqDefaults(RawConfig raw) {
		raw.putDefault(Keys.BROKER_PORT, "8883");
		raw.putDefault(Keys.BROKER_TLS, "true");
		raw.putDefault(Keys.BROKER_CA_RESOURCES, ISRG_ROOT_X1);
		raw.putDefault(Keys.button(0, 0, "topic"), "testtopic/1");
		raw.putDefault(Keys.button(0, 0, "payload"), "hello");
		raw.putDefault(Keys.sub(1, "topic"), "testtopic/2");
		raw.putDefault(Keys.sub(1, "display"), "text");
	}

	private void checkHiveMq(FirmwareConfig c, RawConfig f) {
		requireTls(f, c);
		if (c.endpoint.port() != 8883) {
			f.error(Keys.BROKER_PORT, "HiveMQ Cloud serves MQTT over TLS on 8883 only (8884 is WebSocket, not"
					+ " supported here; there is no 1883)");
		}
		String host = c.endpoint.host();
		if (host.length() > 0 && !host.endsWith(".hivemq.cloud")) {
			f.warn(Keys.BROKER_HOST, "HiveMQ Cloud cluster hosts end in .hivemq.cloud; copy the URL from the console");
		}
		require(f, Keys.BROKER_USERNAME, "an Access Management credential user name");
		require(f, Keys.BROKER_PASSWORD, "the credential's password");
	}

	// Realtek's Ameba cloud, cloud.amebaiot.com:1883 (plain TCP, no TLS documented; Ameba-AIoT/ameba-arduino-pro2
	// Arduino_package/hardware/libraries/MQTTClient/examples/MQTT_Auth/MQTT_Auth.ino). The client id is the device name
	// registered on amebaiot.com, the user name and password are the website account's. Defaults follow the Ameba
	// example: "hello world" to outTopic once connected and on button A, inTopic shown on the display. The password
	// travels in clear text, so the file itself must say broker.allow.insecure=true.

	private static void amebaDefaults(RawConfig raw) {
		raw.putDefault(Keys.BROKER_HOST, "cloud.amebaiot.com");
		raw.putDefault(Keys.BROKER_PORT, "1883");
		raw.putDefault(Keys.BROKER_TLS, "false");
		raw.putDefault(Keys.BROKER_ANNOUNCE_TOPIC, "outTopic");
		raw.putDefault(Keys.BROKER_ANNOUNCE_PAYLOAD, "hello world");
		raw.putDefault(Keys.button(0, 0, "topic"), "outTopic");
		raw.putDefault(Keys.button(0, 0, "payload"), "hello world");
		raw.putDefault(Keys.sub(1, "topic"), "inTopic");
		raw.putDefault(Keys.sub(1, "display"), "text");
	}

	private void checkAmeba(FirmwareConfig c, RawConfig f) {
		if (c.endpoint.tls()) {
			f.warn(Keys.BROKER_TLS, "Ameba cloud documents no TLS port; the connection will probably fail");
		}
		require(f, Keys.BROKER_CLIENT_ID, "the device name registered on amebaiot.com");
		if (require(f, Keys.BROKER_USERNAME, "your amebaiot.com user name")) {
			warnEmail(f, f.text(Keys.BROKER_USERNAME, false), "Ameba cloud then connects but delivers nothing");
		}
		require(f, Keys.BROKER_PASSWORD, "your amebaiot.com password");
	}

	// SENSORO IoT cloud push feed, iot.sensoro.com:1883 (docs.sensoro.com/en/cloud/mqtt.html; no TLS, its "safe mode"
	// only encrypts payloads). User name = AppID, password = AppSecret, client id matching
	// ^<AppID>(/[-_0-9a-zA-Z]{0,36})?$. Consumer only: subscribes to users/<AppID>/devices at QoS 1 and shows a JSON
	// field; publishing is undocumented and refused unless broker.sensoro.allow.publish=true. No QoS 2. Reconnect base
	// 10 s as in SENSORO's sample.

	private static void sensoroDefaults(RawConfig raw) {
		raw.putDefault(Keys.BROKER_HOST, "iot.sensoro.com");
		raw.putDefault(Keys.BROKER_PORT, "1883");
		raw.putDefault(Keys.BROKER_TLS, "false");
		raw.putDefault(Keys.BROKER_BACKOFF_BASE_MS, "10000");
		raw.putDefault(Keys.BROKER_CLEAN_SESSION, "true");
		String appId = raw.get(Keys.BROKER_USERNAME);
		if (isValue(appId)) {
			raw.putDefault(Keys.BROKER_CLIENT_ID, appId);
			raw.putDefault(Keys.sub(1, "topic"), "users/" + appId + "/devices");
			raw.putDefault(Keys.sub(1, "display"), "json:data.temperature");
			raw.putDefault(Keys.sub(1, "qos"), "1");
		}
	}

	private void checkSensoro(FirmwareConfig c, RawConfig f) {
		if (c.endpoint.tls()) {
			f.error(Keys.BROKER_TLS, "profile " + name() + " has no TLS listener; set broker.tls=false");
		}
		require(f, Keys.BROKER_PASSWORD, "the AppSecret");
		if (require(f, Keys.BROKER_USERNAME, "the AppID")) {
			String appId = f.text(Keys.BROKER_USERNAME, false);
			if (!sensoroClientIdMatches(appId, f.text(Keys.BROKER_CLIENT_ID, false))) {
				f.error(Keys.BROKER_CLIENT_ID, "SENSORO needs the AppID, optionally followed by / and up to 36 of"
						+ " [-_0-9a-zA-Z], e.g. " + appId + "/board1 (got '" + f.text(Keys.BROKER_CLIENT_ID, false)
						+ "')");
			}
		}
		if (!f.bool(Keys.SENSORO_ALLOW_PUBLISH, false)) {
			forbidPublish(f, c, "SENSORO is a consumer-only feed and publishing is undocumented; remove it or write"
					+ " broker.sensoro.allow.publish=true");
		}
	}

	/**
	 * @param appId the AppID (the user name)
	 * @param clientId the candidate client id
	 * @return true when {@code clientId} is the AppID, optionally followed by {@code /} and up to
	 *         {@value #SENSORO_MAX_SUFFIX} of {@code [-_0-9a-zA-Z]}
	 */
	static boolean sensoroClientIdMatches(String appId, String clientId) {
		if (appId.length() == 0 || !clientId.startsWith(appId)) {
			return false;
		}
		int rest = clientId.length() - appId.length();
		if (rest == 0) {
			return true;
		}
		return clientId.charAt(appId.length()) == '/' && rest - 1 <= SENSORO_MAX_SUFFIX
				&& (rest == 1 || onlyIdChars(clientId.substring(appId.length() + 1), '-'));
	}

	// Thinger.io MQTT devices (thinger-io/Docs@c077b90:devices/mqtt.md): backend.thinger.io:8883 over TLS by default
	// (1883 plain also exists); user name = account user name (not the e-mail), client id = device identifier, password
	// = device credential. Roots: USERTrust RSA (community servers) and ISRG Root X1 (private instances). Data buckets
	// only ingest JSON, so every publish payload template must be a JSON object.

	private void checkThinger(FirmwareConfig c, RawConfig f) {
		if (require(f, Keys.BROKER_USERNAME, "your Thinger.io user name")) {
			warnEmail(f, f.text(Keys.BROKER_USERNAME, false), "Thinger.io refuses e-mail logins for MQTT");
		}
		require(f, Keys.BROKER_CLIENT_ID, "the device identifier of an MQTT-type device");
		require(f, Keys.BROKER_PASSWORD, "the device credentials");
		for (int i = 0; i < c.presses.length; i++) {
			requireJson(f, c.presses[i], Keys.button(i >> 1, i & 1, "payload"));
		}
		requireJson(f, c.announce, Keys.BROKER_ANNOUNCE_PAYLOAD);
	}

	private static void requireJson(RawConfig f, ButtonAction a, String key) {
		String r = a == null ? null : jsonProblem(a.template().toString());
		if (r != null) {
			f.error(key, r + " (Thinger.io data buckets only store JSON)");
		}
	}

	// Huawei Cloud IoTDA, both sides: TLS on 8883, roots DigiCert Global Root CA and GlobalSign Root R3, keep-alive
	// 30..1200 s (120 recommended). Device side (support.huaweicloud.com/devg-iothub/iot_02_0203.html): user name =
	// device id ([A-Za-z0-9_-], at most 128), password = device secret from which the real password is derived per
	// connect (IotdaCredentials); the client id is derived too and must not be written. QoS 0/1 only, no will, no
	// retain, at most 50 messages per second, only the device's own $oc/devices/<id>/ topics or custom topics (at most
	// 128 bytes). Application side (support.huaweicloud.com/intl/en-us/usermanual-iothub/iot_01_00113.html,
	// iot_01_00111.html): MQTT push of forwarded data, TLS 1.2, MQTT 3.1.1 only, QoS 0 only, no will, no retain, and
	// the client cannot publish at all. The user name is derived per connect from broker.iotda.access.key and
	// broker.iotda.instance.id; the password is the access code (at most 256 characters). Push topics are at most 128
	// characters of [A-Za-z0-9_/-]. The CA of the application endpoint is unverified; the IoTDA roots are used.

	private void iotdaDefaults(RawConfig raw) {
		raw.putDefault(Keys.BROKER_PORT, "8883");
		raw.putDefault(Keys.BROKER_TLS, "true");
		raw.putDefault(Keys.BROKER_CA_RESOURCES, DIGICERT_GLOBAL_ROOT_CA + "," + GLOBALSIGN_ROOT_R3);
		raw.putDefault(Keys.BROKER_KEEPALIVE_SECONDS, "120");
		if (this.cloud == IOTDA_APP) {
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

	// Rules several clouds share.

	/** @return true when the user wrote a value a default may be derived from (not empty, not a placeholder) */
	private static boolean isValue(String v) {
		return v != null && v.length() > 0 && !RawConfig.isPlaceholder(v);
	}

	/**
	 * Records "missing" when {@code key} has no value; {@code what} says what the cloud expects there.
	 *
	 * @return true when the key holds a real value that further checks may look at
	 */
	private boolean require(RawConfig f, String key, String what) {
		if (!f.isSet(key)) {
			f.error(key, "missing; profile " + name() + " needs " + what);
			return false;
		}
		// A placeholder was already reported by the typed read; checks that depend on the value are skipped.
		return !RawConfig.isPlaceholder(f.get(key));
	}

	/** Errors when the file sets a key the profile derives itself. */
	private void derived(RawConfig f, String key, String how) {
		if (f.inFile(key)) {
			f.error(key, "profile " + name() + " derives this value (" + how + "); remove the key");
		}
	}

	private void requireTls(RawConfig f, FirmwareConfig c) {
		if (!c.endpoint.tls()) {
			f.error(Keys.BROKER_TLS, "profile " + name() + " only accepts MQTT over TLS; set broker.tls=true");
		}
	}

	/** Warns when a user name looks like an e-mail address. */
	private static void warnEmail(RawConfig f, String value, String consequence) {
		if (value.indexOf('@') >= 0) {
			f.warn(Keys.BROKER_USERNAME, "looks like an e-mail address: use the account user name, not the e-mail ("
					+ consequence + ")");
		}
	}

	/** Errors for every configured publish (buttons, announce). */
	private static void forbidPublish(RawConfig f, FirmwareConfig c, String reason) {
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
