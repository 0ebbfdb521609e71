/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import org.mqttboard.app.store.CaFiles;
import org.mqttboard.mqtt.codec.ConnectCodec;
import org.mqttboard.mqtt.codec.ConnectOptions;
import org.mqttboard.mqtt.codec.FixedHeader;
import org.mqttboard.mqtt.codec.Status;
import org.mqttboard.mqtt.codec.Utf8;
import org.mqttboard.mqtt.session.SessionConfig;

/**
 * The {@code broker.*} keys of {@link ConfigLoader} (except announce, read with the buttons): endpoint and TLS,
 * CONNECT fields and will, timeouts, backoff, rate limit, buffers and queue policy; and the final check that the
 * CONNECT packet fits the buffer. Stateless; runs at boot only.
 */
final class BrokerReader {

	private static final int MAX_HOST_CHARS = 253;
	/** 2286-11-20T17:46:39.999Z: the largest 13-digit millisecond time, for sizing derived credentials. */
	private static final long SAMPLE_WALL_MILLIS = 9999999999999L;
	private static final String[] VERSIONS = { "3.1.1", "3.1", "auto" };
	/** {@code broker.queue.overflow} names, in the order of {@link SessionConfig#DROP_OLDEST}, {@code DROP_NEWEST}. */
	private static final String[] OVERFLOW = { "DROP_OLDEST", "DROP_NEWEST" };

	private BrokerReader() {
	}

	/**
	 * Puts the identity into the CONNECT and checks it with the codec: encodable ([MQTT-3.1.2-22]) and within the
	 * transmit buffer. IoTDA credentials alone can take about 450 bytes, so derived credentials are sized with a
	 * 13-digit timestamp, the longest they get; the runtime replaces the identity before every connect.
	 */
	static void checkConnect(RawConfig raw, FirmwareConfig c) {
		Credentials id = c.credentials.refresh(SAMPLE_WALL_MILLIS);
		ConnectOptions o = c.session.connect;
		o.clientId = id.clientIdBytes();
		o.username = id.usernameBytes();
		o.password = id.passwordBytes();
		int size = ConnectCodec.remainingLength(o);
		if (size == Status.INVALID_CREDENTIALS) {
			raw.error(Keys.BROKER_PASSWORD, "MQTT sends a password only together with a user name; set"
					+ " broker.username");
			return;
		}
		if (size < 0) {
			raw.error(Keys.BROKER_CLIENT_ID, "the CONNECT packet cannot be encoded (" + Status.name(size) + ")");
			return;
		}
		// The largest fixed header, and a fallback to MQTT 3.1 sends the protocol name "MQIsdp" instead of "MQTT".
		size += FixedHeader.MAX_LENGTH + (c.session.fallbackTo31 ? 2 : 0);
		if (size > c.session.bufferBytes) {
			raw.error(Keys.BROKER_BUFFER_BYTES, "too small for the CONNECT packet (" + size + " bytes with these"
					+ " credentials and will); use at least " + size);
		}
	}

	/**
	 * The {@code broker.*} keys, straight into the transport's {@link org.mqttboard.mqtt.transport.Endpoint}, the
	 * engine's {@link SessionConfig} (CONNECT fields, timeouts, buffers, queue policy, will) and the backoff and rate
	 * limit.
	 *
	 * @return {@code broker.queue.size}, messages (the loader sizes the queue once the topics are known)
	 */
	static int read(RawConfig f, BrokerProfile profile, FirmwareConfig c) {
		String host = f.text(Keys.BROKER_HOST, true);
		checkHost(f, host);
		boolean tls = f.bool(Keys.BROKER_TLS, true);
		int port = f.integer(Keys.BROKER_PORT, tls ? 8883 : 1883, 1, 65535);
		boolean verify = f.bool(Keys.BROKER_TLS_VERIFY, true);
		String[] cas = f.list(Keys.BROKER_CA_RESOURCES);
		String[] files = f.list(Keys.BROKER_CA_FILES);
		checkTls(f, profile, tls, port, verify, cas, files);
		c.endpoint = MutualTls.endpoint(f, host, port, tls, cas, files, verify);

		String clientId = f.text(Keys.BROKER_CLIENT_ID, false);
		String password = f.text(Keys.BROKER_PASSWORD, false);
		boolean allowInsecure = f.bool(Keys.BROKER_ALLOW_INSECURE, false);
		f.text(Keys.BROKER_USERNAME, false); // for its placeholder check: the credentials read it
		if (!tls && password.length() > 0) {
			if (!allowInsecure) {
				f.error(Keys.BROKER_PASSWORD, "refusing to send a password over plain TCP (broker.tls=false); use"
						+ " TLS, or write broker.allow.insecure=true if this broker has no TLS");
			} else {
				f.warn(Keys.BROKER_ALLOW_INSECURE, "the password is sent unencrypted over plain TCP");
			}
		}
		if (tls && !verify) {
			f.warn(Keys.BROKER_TLS_VERIFY, "TLS certificate verification is OFF: anyone on the path can impersonate"
					+ " the broker");
		}
		SessionConfig s = c.session;
		ConnectOptions o = s.connect;
		o.cleanSession = f.bool(Keys.BROKER_CLEAN_SESSION, true);
		s.subscribePipelined = f.bool(Keys.BROKER_SUBSCRIBE_PIPELINED, true);
		o.keepAliveSeconds = f.integer(Keys.BROKER_KEEPALIVE_SECONDS, 60, 0, 65535);
		int version = f.choice(Keys.BROKER_MQTT_VERSION, VERSIONS, 0);
		o.protocolLevel = version == 1 ? ConnectOptions.LEVEL_3_1 : ConnectOptions.LEVEL_3_1_1;
		s.fallbackTo31 = version == 2;
		checkClientId(f, clientId, o.cleanSession, version);
		s.connectTimeoutMillis = f.integer(Keys.BROKER_CONNECT_TIMEOUT_MS, 15000, 1000, 120000);
		s.ackTimeoutMillis = f.integer(Keys.BROKER_ACK_TIMEOUT_MS, 10000, 500, 120000);
		c.backoffBaseMillis = f.integer(Keys.BROKER_BACKOFF_BASE_MS, 1000, 100, 600000);
		c.backoffCapMillis = f.integer(Keys.BROKER_BACKOFF_CAP_MS, 60000, 100, 3600000);
		if (c.backoffCapMillis < c.backoffBaseMillis) {
			f.error(Keys.BROKER_BACKOFF_CAP_MS, "smaller than broker.backoff.base.ms (" + c.backoffBaseMillis + ")");
		}
		int cap = profile.maxRatePerSecond();
		c.rateLimitPerSecond = f.integer(Keys.BROKER_RATE_LIMIT_PER_SECOND, cap > 0 ? cap : 10, 0, 1000);
		if (cap > 0 && (c.rateLimitPerSecond == 0 || c.rateLimitPerSecond > cap)) {
			f.error(Keys.BROKER_RATE_LIMIT_PER_SECOND, "profile " + profile.name() + " allows at most " + cap
					+ " messages per second");
		}
		s.bufferBytes = f.integer(Keys.BROKER_BUFFER_BYTES, 2048, 256, 65536);
		int queueSize = f.integer(Keys.BROKER_QUEUE_SIZE, 16, 0, 256);
		s.queueTtlSeconds = f.integer(Keys.BROKER_QUEUE_TTL_SECONDS, 3600, 0, 86400);
		s.queueOverflow = f.choice(Keys.BROKER_QUEUE_OVERFLOW, OVERFLOW, SessionConfig.DROP_OLDEST);
		readWill(f, profile, o);
		return queueSize;
	}

	/** @return true when {@code s} only has letters, digits, {@code .}, {@code -} and {@code :} */
	static boolean isHostName(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
					|| c == ':')) {
				return false;
			}
		}
		return true;
	}

	private static void checkHost(RawConfig f, String host) {
		if (host.length() > MAX_HOST_CHARS) {
			f.error(Keys.BROKER_HOST, "longer than " + MAX_HOST_CHARS + " characters");
		} else if (!isHostName(host)) {
			f.error(Keys.BROKER_HOST, "a host name only has letters, digits, '.' and '-' (no scheme such as"
					+ " mqtts://, no port, no path)");
		}
	}

	private static void checkTls(RawConfig f, BrokerProfile profile, boolean tls, int port, boolean verify,
			String[] cas, String[] files) {
		if ((tls && port == 1883) || (!tls && port == 8883)) {
			String reason = tls ? "TLS on port 1883, which is the plain MQTT port; use 8883 or broker.tls=false"
					: "plain TCP on port 8883, which is the MQTT-over-TLS port; use broker.tls=true or port 1883";
			if (!profile.has(BrokerProfile.LENIENT_PORTS)) {
				f.error(Keys.BROKER_PORT, reason);
			} else {
				f.warn(Keys.BROKER_PORT, reason);
			}
		}
		if (tls && verify && cas.length == 0 && files.length == 0) {
			f.error(Keys.BROKER_CA_RESOURCES, "TLS needs at least one trusted root certificate resource, e.g."
					+ " /org/mqttboard/ca/isrg-root-x1.pem, or a stored file in broker.ca.files");
		}
		if (!tls && f.inFile(Keys.BROKER_CA_RESOURCES)) {
			f.warn(Keys.BROKER_CA_RESOURCES, "ignored: broker.tls is false");
		}
		if (!tls && f.inFile(Keys.BROKER_CA_FILES)) {
			f.warn(Keys.BROKER_CA_FILES, "ignored: broker.tls is false");
		}
		for (String name : files) {
			if (!CaFiles.isName(name)) {
				f.error(Keys.BROKER_CA_FILES, "'" + name + "' is not a CA file name: 1..40 characters A-Z a-z 0-9 . _ -,"
						+ " ending in .pem (upload it on the setup page)");
			}
		}
		for (String ca : cas) {
			if (ca.charAt(0) != '/') {
				f.error(Keys.BROKER_CA_RESOURCES, "a class-path resource path starts with '/' (got '" + ca + "')");
			}
		}
	}

	/** @param version index in {@link #VERSIONS} */
	private static void checkClientId(RawConfig f, String clientId, boolean clean, int version) {
		if (clientId.length() == 0) {
			if (!clean) {
				// [MQTT-3.1.3-7]: a zero-length client id requires CleanSession=1.
				f.error(Keys.BROKER_CLIENT_ID, "an empty client id needs broker.clean.session=true");
			}
			if (version != 0) {
				f.error(Keys.BROKER_CLIENT_ID, "MQTT 3.1 requires a client id (1..23 characters)");
			}
			return;
		}
		int bytes = Utf8.encode(clientId).length;
		if (bytes > ActionReader.MAX_STRING_BYTES) {
			f.error(Keys.BROKER_CLIENT_ID, "longer than 65535 UTF-8 bytes");
		} else if (bytes > ConnectCodec.MAX_CLIENT_ID_3_1) {
			// [MQTT-3.1.3-5]: servers must accept 1..23 character ids; MQTT 3.1 servers reject longer ones.
			if (version == 1) {
				f.error(Keys.BROKER_CLIENT_ID, "MQTT 3.1 brokers refuse client ids over 23 characters (this one has "
						+ bytes + "); use broker.mqtt.version=3.1.1");
			} else if (version == 2) {
				f.warn(Keys.BROKER_CLIENT_ID, "over 23 characters: the MQTT 3.1 fallback of broker.mqtt.version=auto"
						+ " will be refused");
			}
		}
	}

	private static void readWill(RawConfig f, BrokerProfile profile, ConnectOptions o) {
		if (!f.isSet(Keys.BROKER_WILL_TOPIC)) {
			for (String k : new String[] { Keys.BROKER_WILL_PAYLOAD, Keys.BROKER_WILL_QOS, Keys.BROKER_WILL_RETAIN }) {
				if (f.inFile(k)) {
					f.warn(k, "ignored: no broker.will.topic");
				}
			}
			return;
		}
		String topic = f.text(Keys.BROKER_WILL_TOPIC, true);
		String r = ActionReader.topicProblem(topic, false);
		if (r != null) {
			f.error(Keys.BROKER_WILL_TOPIC, r);
		}
		if (profile.has(BrokerProfile.NO_WILL)) {
			f.error(Keys.BROKER_WILL_TOPIC, "profile " + profile.name() + " does not accept a will message");
		}
		o.willQos = f.integer(Keys.BROKER_WILL_QOS, 0, 0, 2);
		ActionReader.checkQos(f, Keys.BROKER_WILL_QOS, o.willQos, profile);
		o.willRetain = f.bool(Keys.BROKER_WILL_RETAIN, false);
		ActionReader.checkRetain(f, Keys.BROKER_WILL_RETAIN, o.willRetain, profile);
		String payload = f.get(Keys.BROKER_WILL_PAYLOAD);
		o.willTopic = Utf8.encode(topic);
		o.willPayload = Utf8.encode(payload == null ? "" : payload);
	}
}
