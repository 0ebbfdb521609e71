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
import org.mqttboard.mqtt.codec.Utf8;

/**
 * The cloud profiles other than Huawei IoTDA ({@link IotdaProfile}): one instance per cloud (listed in
 * {@link Profiles}), each cloud's defaults and rules in its own section below; the rules several clouds share are in
 * {@link ProfileRules}. Every rule records problems in the {@link RawConfig}; none throws. Stateless.
 */
final class CloudProfile extends ProfileRules {

	static final int HIVEMQ = 0;
	static final int AMEBA = 1;
	static final int SENSORO = 2;
	static final int THINGER = 3;
	static final int AWS_IOT = 4;

	/** Trust root: ISRG Root X1 (Let's Encrypt): HiveMQ Cloud, Thinger.io private instances. To 2035-06-04. */
	static final String ISRG_ROOT_X1 = "/org/mqttboard/ca/isrg-root-x1.pem";
	/** Trust root: USERTrust RSA Certification Authority (Sectigo): Thinger.io community servers. To 2038-01-18. */
	static final String USERTRUST_RSA = "/org/mqttboard/ca/usertrust-rsa.pem";
	/** Trust root: DigiCert Global Root CA: Huawei IoTDA. To 2031-11-10. */
	static final String DIGICERT_GLOBAL_ROOT_CA = "/org/mqttboard/ca/digicert-global-root-ca.pem";
	/** Trust root: GlobalSign Root CA - R3: Huawei IoTDA. To 2029-03-18. */
	static final String GLOBALSIGN_ROOT_R3 = "/org/mqttboard/ca/globalsign-root-r3.pem";
	/** Trust root: Amazon Root CA 1 (Amazon Trust Services): AWS IoT Core ATS endpoints. To 2038-01-17. */
	static final String AMAZON_ROOT_CA_1 = "/org/mqttboard/ca/amazon-root-ca-1.pem";

	/** AWS IoT Core keep-alive bounds, seconds (shorter values are raised to 30 by the broker). */
	static final int AWS_MIN_KEEPALIVE = 30;
	/** Upper AWS IoT Core keep-alive bound, seconds. */
	static final int AWS_MAX_KEEPALIVE = 1200;
	/** Most {@code /} in an AWS IoT topic name or filter. */
	static final int AWS_MAX_SLASHES = 7;
	/** Longest AWS IoT client id, UTF-8 bytes (the thing name has the same bound). */
	static final int AWS_MAX_CLIENT_ID = 128;
	/** The topic prefix AWS IoT reserves for its own services (shadows, jobs, rules, events). */
	static final String AWS_RESERVED_PREFIX = "$aws/";

	/** Longest SENSORO client id suffix after {@code AppID/}. */
	static final int SENSORO_MAX_SUFFIX = 36;

	private final int cloud;

	/**
	 * @param cloud which cloud: {@link #HIVEMQ} .. {@link #AWS_IOT}
	 * @see org.mqttboard.app.config.BrokerProfile#BrokerProfile
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
		case AWS_IOT:
			awsDefaults(raw);
			break;
		default:
			raw.putDefault(Keys.BROKER_HOST, "backend.thinger.io");
			raw.putDefault(Keys.BROKER_PORT, "8883");
			raw.putDefault(Keys.BROKER_TLS, "true");
			raw.putDefault(Keys.BROKER_CA_RESOURCES, USERTRUST_RSA + "," + ISRG_ROOT_X1);
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
		case AWS_IOT:
			checkAws(c, f);
			break;
		default:
			checkThinger(c, f);
			break;
		}
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

	// AWS IoT Core over MQTT with X.509 client certificates (docs.aws.amazon.com/iot/latest/developerguide/
	// protocols.html: port 8883, MQTT over TLS, client certificate; mqtt.html: SNI required, QoS 0 and 1 only;
	// server-authentication.html: ATS endpoints chain to Amazon Root CA 1). The client id is the thing name
	// (device.id), which policies usually match with iot:Connection.Thing.ThingName. Quotas
	// (docs.aws.amazon.com/general/latest/gr/iot-core.html#message-broker-limits): client id at most 128 bytes,
	// keep-alive 30..1200 s (shorter is raised to 30), at most 7 slashes in a topic or filter, 100 publishes per second
	// per connection. Topics under $aws/ belong to AWS services (shadow, jobs, rules) and are refused unless
	// broker.aws.allow.reserved=true says the user chose them.

	private static void awsDefaults(RawConfig raw) {
		raw.putDefault(Keys.BROKER_PORT, "8883");
		raw.putDefault(Keys.BROKER_TLS, "true");
		raw.putDefault(Keys.BROKER_CA_RESOURCES, AMAZON_ROOT_CA_1);
		String thing = raw.get(Keys.DEVICE_ID);
		if (isValue(thing)) {
			raw.putDefault(Keys.BROKER_CLIENT_ID, thing);
		}
	}

	private void checkAws(FirmwareConfig c, RawConfig f) {
		requireTls(f, c);
		if (c.endpoint.port() != 8883) {
			f.error(Keys.BROKER_PORT, "AWS IoT Core takes MQTT with a client certificate on 8883 (443 needs ALPN,"
					+ " which this firmware does not send)");
		}
		String host = c.endpoint.host();
		if (host.length() > 0 && !host.endsWith(".amazonaws.com")) {
			f.warn(Keys.BROKER_HOST, "AWS IoT data endpoints look like <prefix>-ats.iot.<region>.amazonaws.com (aws"
					+ " iot describe-endpoint --endpoint-type iot:Data-ATS)");
		}
		require(f, Keys.BROKER_CLIENT_CERT, "the thing's certificate (PEM)");
		require(f, Keys.BROKER_CLIENT_KEY, "the certificate's private key (PEM)");
		if (f.isSet(Keys.BROKER_PASSWORD)) {
			f.error(Keys.BROKER_PASSWORD, "AWS IoT authenticates this connection by the client certificate; remove"
					+ " the password");
		}
		if (require(f, Keys.DEVICE_ID, "the thing name (it becomes the client id)")) {
			String id = f.text(Keys.BROKER_CLIENT_ID, false);
			if (!id.equals(c.deviceId)) {
				f.warn(Keys.BROKER_CLIENT_ID, "differs from device.id: AWS policies usually only let a thing connect"
						+ " with its own name as client id");
			}
			if (Utf8.encode(id).length > AWS_MAX_CLIENT_ID) {
				f.error(Keys.BROKER_CLIENT_ID, "AWS IoT client ids are at most " + AWS_MAX_CLIENT_ID + " bytes");
			}
		}
		int k = c.session.connect.keepAliveSeconds;
		if (k < AWS_MIN_KEEPALIVE || k > AWS_MAX_KEEPALIVE) {
			f.error(Keys.BROKER_KEEPALIVE_SECONDS, "AWS IoT Core keeps connections alive for " + AWS_MIN_KEEPALIVE
					+ ".." + AWS_MAX_KEEPALIVE + " seconds (got " + k + ")");
		}
		boolean reserved = f.bool(Keys.AWS_ALLOW_RESERVED, false);
		for (int i = 0; i < c.presses.length; i++) {
			if (c.presses[i] != null) {
				checkAwsTopic(f, Keys.button(i >> 1, i & 1, "topic"), c.presses[i].topic(), reserved);
			}
		}
		if (c.announce != null) {
			checkAwsTopic(f, Keys.BROKER_ANNOUNCE_TOPIC, c.announce.topic(), reserved);
		}
		for (int n = 0; n <= Keys.MAX_SUBSCRIPTIONS; n++) {
			String key = n == 0 ? Keys.BROKER_WILL_TOPIC : Keys.sub(n, "topic");
			if (f.isSet(key)) {
				checkAwsTopic(f, key, f.get(key), reserved);
			}
		}
	}

	private static void checkAwsTopic(RawConfig f, String key, String topic, boolean reservedChosen) {
		if (topic.startsWith(AWS_RESERVED_PREFIX) && !reservedChosen) {
			f.error(key, "topics under $aws/ are reserved for AWS services (shadow, jobs, rules); write"
					+ " broker.aws.allow.reserved=true if you mean to use one");
		}
		int slashes = 0;
		for (int i = 0; i < topic.length(); i++) {
			slashes += topic.charAt(i) == '/' ? 1 : 0;
		}
		if (slashes > AWS_MAX_SLASHES && !topic.startsWith("$aws/rules/")) {
			f.error(key, "AWS IoT allows at most " + AWS_MAX_SLASHES + " '/' in a topic (this one has " + slashes + ")");
		}
	}
}
