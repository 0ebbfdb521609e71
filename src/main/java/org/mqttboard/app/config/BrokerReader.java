/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * Reads the {@code broker.*} keys into {@link BrokerSettings} and applies the rules every profile shares:
 * ranges, TLS and CA consistency, the plain-TCP password refusal, client id limits per MQTT version, and the
 * profile's capabilities for the will.
 */
final class BrokerReader {

	private static final String[] VERSIONS = { "3.1.1", "3.1", "auto" };
	private static final int[] VERSION_CODES = { BrokerSettings.MQTT_3_1_1, BrokerSettings.MQTT_3_1,
			BrokerSettings.MQTT_AUTO };
	private static final String[] OVERFLOW = { "DROP_OLDEST", "DROP_NEWEST" };
	/** [MQTT-3.1.3-5]: servers must accept 1..23 character ids; MQTT 3.1 servers reject longer ones. */
	private static final int MQTT31_MAX_CLIENT_ID = 23;
	private static final int MAX_HOST_CHARS = 253;

	private BrokerReader() {
	}

	static BrokerSettings read(Fields f, BrokerProfile profile) {
		BrokerDraft d = new BrokerDraft();
		d.profile = profile;
		d.host = f.text(Keys.BROKER_HOST, true);
		checkHost(f, d.host);
		d.tls = f.bool(Keys.BROKER_TLS, true);
		d.port = f.integer(Keys.BROKER_PORT, d.tls ? 8883 : 1883, 1, 65535);
		d.tlsVerify = f.bool(Keys.BROKER_TLS_VERIFY, true);
		d.caResources = f.list(Keys.BROKER_CA_RESOURCES);
		checkTls(f, profile, d.tls, d.port, d.tlsVerify, d.caResources);

		d.clientId = f.text(Keys.BROKER_CLIENT_ID, false);
		d.username = f.text(Keys.BROKER_USERNAME, false);
		d.password = f.text(Keys.BROKER_PASSWORD, false);
		d.allowInsecure = f.bool(Keys.BROKER_ALLOW_INSECURE, false);
		if (!d.tls && d.password.length() > 0) {
			if (!d.allowInsecure) {
				f.error(Keys.BROKER_PASSWORD, "refusing to send a password over plain TCP (broker.tls=false); use"
						+ " TLS, or write broker.allow.insecure=true if this broker has no TLS");
			} else {
				f.warn(Keys.BROKER_ALLOW_INSECURE, "the password is sent unencrypted over plain TCP");
			}
		}
		if (d.tls && !d.tlsVerify) {
			f.warn(Keys.BROKER_TLS_VERIFY, "TLS certificate verification is OFF: anyone on the path can impersonate"
					+ " the broker");
		}
		d.cleanSession = f.bool(Keys.BROKER_CLEAN_SESSION, true);
		d.keepAliveSeconds = f.integer(Keys.BROKER_KEEPALIVE_SECONDS, 60, 0, 65535);
		d.mqttVersion = VERSION_CODES[f.choice(Keys.BROKER_MQTT_VERSION, VERSIONS, 0)];
		checkClientId(f, d.clientId, d.cleanSession, d.mqttVersion);
		d.connectTimeoutMillis = f.integer(Keys.BROKER_CONNECT_TIMEOUT_MS, 15000, 1000, 120000);
		d.ackTimeoutMillis = f.integer(Keys.BROKER_ACK_TIMEOUT_MS, 10000, 500, 120000);
		d.backoffBaseMillis = f.integer(Keys.BROKER_BACKOFF_BASE_MS, 1000, 100, 600000);
		d.backoffCapMillis = f.integer(Keys.BROKER_BACKOFF_CAP_MS, 60000, 100, 3600000);
		if (d.backoffCapMillis < d.backoffBaseMillis) {
			f.error(Keys.BROKER_BACKOFF_CAP_MS, "smaller than broker.backoff.base.ms (" + d.backoffBaseMillis + ")");
		}
		int cap = profile.maxRatePerSecond();
		d.rateLimitPerSecond = f.integer(Keys.BROKER_RATE_LIMIT_PER_SECOND, cap > 0 ? cap : 10, 0, 1000);
		if (cap > 0 && (d.rateLimitPerSecond == 0 || d.rateLimitPerSecond > cap)) {
			f.error(Keys.BROKER_RATE_LIMIT_PER_SECOND, "profile " + profile.name() + " allows at most " + cap
					+ " messages per second");
		}
		d.bufferBytes = f.integer(Keys.BROKER_BUFFER_BYTES, 2048, 256, 65536);
		d.queueSize = f.integer(Keys.BROKER_QUEUE_SIZE, 16, 0, 256);
		d.queueTtlSeconds = f.integer(Keys.BROKER_QUEUE_TTL_SECONDS, 3600, 0, 86400);
		d.queueOverflow = f.choice(Keys.BROKER_QUEUE_OVERFLOW, OVERFLOW, BrokerSettings.DROP_OLDEST);
		d.will = readWill(f, profile);
		d.announce = ActionReader.readAnnounce(f, profile);
		return new BrokerSettings(d);
	}

	private static void checkHost(Fields f, String host) {
		if (host.length() == 0) {
			return;
		}
		if (host.length() > MAX_HOST_CHARS) {
			f.error(Keys.BROKER_HOST, "longer than " + MAX_HOST_CHARS + " characters");
			return;
		}
		for (int i = 0; i < host.length(); i++) {
			char c = host.charAt(i);
			if (!(Topics.isAlnum(c) || c == '.' || c == '-' || c == ':')) {
				f.error(Keys.BROKER_HOST, "a host name only has letters, digits, '.' and '-' (no scheme such as"
						+ " mqtts://, no port, no path)");
				return;
			}
		}
	}

	private static void checkTls(Fields f, BrokerProfile profile, boolean tls, int port, boolean verify,
			String[] cas) {
		if ((tls && port == 1883) || (!tls && port == 8883)) {
			String reason = tls ? "TLS on port 1883, which is the plain MQTT port; use 8883 or broker.tls=false"
					: "plain TCP on port 8883, which is the MQTT-over-TLS port; use broker.tls=true or port 1883";
			if (profile.strictPorts()) {
				f.error(Keys.BROKER_PORT, reason);
			} else {
				f.warn(Keys.BROKER_PORT, reason);
			}
		}
		if (tls && verify && cas.length == 0) {
			f.error(Keys.BROKER_CA_RESOURCES, "TLS needs at least one trusted root certificate resource, e.g."
					+ " /org/mqttboard/ca/isrg-root-x1.pem");
		}
		if (!tls && f.raw().inFile(Keys.BROKER_CA_RESOURCES)) {
			f.warn(Keys.BROKER_CA_RESOURCES, "ignored: broker.tls is false");
		}
		for (String ca : cas) {
			if (ca.charAt(0) != '/') {
				f.error(Keys.BROKER_CA_RESOURCES, "a class-path resource path starts with '/' (got '" + ca + "')");
			}
		}
	}

	private static void checkClientId(Fields f, String clientId, boolean clean, int version) {
		if (clientId.length() == 0) {
			if (!clean) {
				// [MQTT-3.1.3-7]: a zero-length client id requires CleanSession=1.
				f.error(Keys.BROKER_CLIENT_ID, "an empty client id needs broker.clean.session=true");
			}
			if (version != BrokerSettings.MQTT_3_1_1) {
				f.error(Keys.BROKER_CLIENT_ID, "MQTT 3.1 requires a client id (1..23 characters)");
			}
			return;
		}
		int bytes = Utf8.length(clientId);
		if (bytes > Topics.MAX_TOPIC_BYTES) {
			f.error(Keys.BROKER_CLIENT_ID, "longer than 65535 UTF-8 bytes");
		} else if (bytes > MQTT31_MAX_CLIENT_ID) {
			if (version == BrokerSettings.MQTT_3_1) {
				f.error(Keys.BROKER_CLIENT_ID, "MQTT 3.1 brokers refuse client ids over 23 characters (this one has "
						+ bytes + "); use broker.mqtt.version=3.1.1");
			} else if (version == BrokerSettings.MQTT_AUTO) {
				f.warn(Keys.BROKER_CLIENT_ID, "over 23 characters: the MQTT 3.1 fallback of broker.mqtt.version=auto"
						+ " will be refused");
			}
		}
	}

	private static PublishAction readWill(Fields f, BrokerProfile profile) {
		if (!f.isSet(Keys.BROKER_WILL_TOPIC)) {
			for (String k : new String[] { Keys.BROKER_WILL_PAYLOAD, Keys.BROKER_WILL_QOS, Keys.BROKER_WILL_RETAIN }) {
				if (f.raw().inFile(k)) {
					f.warn(k, "ignored: no broker.will.topic");
				}
			}
			return null;
		}
		String topic = f.text(Keys.BROKER_WILL_TOPIC, true);
		String r = Topics.checkName(topic);
		if (r != null) {
			f.error(Keys.BROKER_WILL_TOPIC, r);
		}
		if (!profile.allowsWill()) {
			f.error(Keys.BROKER_WILL_TOPIC, "profile " + profile.name() + " does not accept a will message");
		}
		int qos = f.integer(Keys.BROKER_WILL_QOS, 0, 0, 2);
		ActionReader.checkQos(f, Keys.BROKER_WILL_QOS, qos, profile);
		boolean retain = f.bool(Keys.BROKER_WILL_RETAIN, false);
		ActionReader.checkRetain(f, Keys.BROKER_WILL_RETAIN, retain, profile);
		String payload = f.raw().get(Keys.BROKER_WILL_PAYLOAD);
		return new PublishAction(topic, payload == null ? "" : payload, qos, retain);
	}
}
