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
import org.mqttboard.mqtt.codec.ConnectCodec;
import org.mqttboard.mqtt.codec.ConnectOptions;
import org.mqttboard.mqtt.codec.FixedHeader;
import org.mqttboard.mqtt.codec.Status;
import org.mqttboard.mqtt.codec.Topics;
import org.mqttboard.mqtt.codec.Utf8;
import org.mqttboard.mqtt.session.SessionConfig;
import org.mqttboard.mqtt.transport.Endpoint;
import org.mqttboard.platform.ConfigSource;
import org.mqttboard.platform.Display;

/**
 * Turns the properties file into the typed {@link FirmwareConfig} the runtime uses, or a {@link ConfigException}
 * listing every problem (key, line, reason). The firmware never runs half-configured: either every rule of the
 * common keys and of the selected broker profile holds, or nothing is returned. One pass, in sections: the key
 * names, Wi-Fi, the {@code broker.*} keys, buttons, announce and subscriptions, display and time, then the CONNECT
 * size; every value is parsed once into the object that uses it at run time.
 * <p>
 * Unknown keys are errors, not warnings: a mistyped key ({@code broker.pasword}) would otherwise be ignored and
 * the board would connect with a default, which is exactly the half-configured state to avoid. The message
 * suggests the closest known key.
 * <p>
 * Stateless after construction; safe to use from any thread. Runs at boot only.
 */
public final class ConfigLoader {

	/** Profile used when {@code broker.profile} is absent. */
	public static final String DEFAULT_PROFILE = "generic";
	/** {@code wifi.security} names, as passed to {@link org.mqttboard.platform.WifiRadio#join}. */
	public static final String[] SECURITY_MODES = { "OPEN", "WEP", "WPA", "WPA2", "WPA3", "WPA_WPA2_MIXED",
			"WPA2_WPA3_MIXED" };
	/** Stands for a line's key when the key itself must not be shown. */
	static final String HIDDEN_KEY = "(line content hidden)";

	private static final String[] DISPLAY_KINDS = { "auto", "matrix", "lcd", "serial" };
	private static final int[] DISPLAY_CODES = { FirmwareConfig.DISPLAY_AUTO, Display.KIND_MATRIX_5X5,
			Display.KIND_LCD, Display.KIND_SERIAL };
	private static final int MAX_SSID_BYTES = 32;
	private static final int MAX_HOST_CHARS = 253;
	/** 2286-11-20T17:46:39.999Z: the largest 13-digit millisecond time, for sizing derived credentials. */
	private static final long SAMPLE_WALL_MILLIS = 9999999999999L;
	private static final String[] VERSIONS = { "3.1.1", "3.1", "auto" };
	/** {@code broker.queue.overflow} names, in the order of {@link SessionConfig#DROP_OLDEST}, {@code DROP_NEWEST}. */
	private static final String[] OVERFLOW = { "DROP_OLDEST", "DROP_NEWEST" };
	private static final int MAX_STRING_BYTES = 65535;
	/** Upper bound of the offline queue's bookkeeping per message, bytes (the engine's entry header is smaller). */
	private static final int QUEUE_ENTRY_OVERHEAD = 32;

	private final BrokerProfile[] profiles;

	/**
	 * @param profiles the built-in profiles ({@code org.mqttboard.app.profile.Profiles.all()}); copied
	 */
	public ConfigLoader(BrokerProfile[] profiles) {
		this.profiles = profiles.clone();
	}

	/**
	 * Reads, parses and validates a configuration.
	 *
	 * @param source the configuration source
	 * @return the validated configuration; its {@link FirmwareConfig#warnings} should be shown to the user
	 * @throws ConfigException with every problem found
	 */
	public FirmwareConfig load(ConfigSource source) throws ConfigException {
		return load(PropertiesParser.parse(source));
	}

	/**
	 * Validates parsed keys. Profile defaults are added to {@code raw}.
	 *
	 * @param raw the parsed file
	 * @return the validated configuration
	 * @throws ConfigException with every problem found
	 */
	public FirmwareConfig load(RawConfig raw) throws ConfigException {
		for (int i = 0; i < raw.size(); i++) {
			if (Keys.isSecret(raw.keyAt(i))) {
				raw.addSecret(raw.get(raw.keyAt(i)));
			}
		}
		BrokerProfile profile = selectProfile(raw);
		profile.applyDefaults(raw);
		checkKeys(raw, profile);

		FirmwareConfig c = new FirmwareConfig();
		c.source = raw.source();
		c.profile = profile.name();
		if (profile.has(BrokerProfile.NO_PUBLISH)) {
			c.publishDisabled = "profile " + profile.name() + " cannot publish (subscribe-only): buttons are disabled";
		}
		readWifi(raw, c);
		int queueSize = readBroker(raw, profile, c);
		readActions(raw, profile, c);
		// The queue bound is in messages; size it for that many presses with the longest topic.
		c.session.queueBytes = queueSize * queueEntryBytes(c);
		c.displayKind = DISPLAY_CODES[raw.choice(Keys.DISPLAY_KIND, DISPLAY_KINDS, 0)];
		c.scrollStepMillis = raw.integer(Keys.DISPLAY_SCROLL_STEP_MS, 120, 20, 2000);
		readTime(raw, c);
		c.ha = HaDiscoveryKeys.read(raw, profile, c);
		profile.check(c, raw);
		raw.throwIfErrors();
		c.credentials = profile.credentials(raw);
		raw.throwIfErrors();
		checkConnect(raw, c);
		raw.throwIfErrors();
		c.warnings = raw.problems();
		return c;
	}

	private BrokerProfile selectProfile(RawConfig raw) {
		String name = raw.get(Keys.BROKER_PROFILE);
		if (name == null || name.length() == 0) {
			name = DEFAULT_PROFILE;
		}
		BrokerProfile fallback = null;
		StringBuilder names = new StringBuilder();
		for (BrokerProfile p : this.profiles) {
			if (p.name().equals(name)) {
				return p;
			}
			if (p.name().equals(DEFAULT_PROFILE)) {
				fallback = p;
			}
			names.append(names.length() == 0 ? "" : ", ").append(p.name());
		}
		raw.error(Keys.BROKER_PROFILE, "unknown profile '" + name + "'; use one of " + names);
		// Keep validating the rest of the file against the generic rules so all problems show at once.
		return fallback != null ? fallback : this.profiles[0];
	}

	private void checkKeys(RawConfig raw, BrokerProfile profile) {
		String[] known = knownKeys(profile);
		for (int i = 0; i < raw.size(); i++) {
			String key = raw.keyAt(i);
			int line = raw.line(key);
			if (line == 0 || contains(known, key)) {
				continue;
			}
			String owner = otherProfileOwning(key);
			if (owner != null) {
				raw.error(key, line, "only used by profile " + owner + " (this file uses " + profile.name() + ")");
				continue;
			}
			String value = raw.get(key);
			if (value == null || value.length() == 0) {
				// A lone word without a value is as likely a pasted password as a key: never echo it.
				raw.error(HIDDEN_KEY, line, "a word without '=' and value (not shown: it may be a secret); write"
						+ " key=value");
				continue;
			}
			String near = closest(known, key);
			raw.error(key, line, "unknown key" + (near == null ? "" : "; did you mean " + near + "?"));
		}
	}

	private String otherProfileOwning(String key) {
		for (BrokerProfile p : this.profiles) {
			if (contains(p.extraKeys(), key)) {
				return p.name();
			}
		}
		return null;
	}

	static String[] knownKeys(BrokerProfile profile) {
		String[] extra = profile.extraKeys();
		int buttons = Keys.BUTTONS.length * Keys.PRESSES.length * Keys.ACTION_FIELDS.length;
		int subs = Keys.MAX_SUBSCRIPTIONS * Keys.SUB_FIELDS.length;
		String[] all = new String[Keys.COMMON.length + extra.length + buttons + subs];
		System.arraycopy(Keys.COMMON, 0, all, 0, Keys.COMMON.length);
		System.arraycopy(extra, 0, all, Keys.COMMON.length, extra.length);
		int k = Keys.COMMON.length + extra.length;
		for (int b = 0; b < Keys.BUTTONS.length; b++) {
			for (int p = 0; p < Keys.PRESSES.length; p++) {
				for (String field : Keys.ACTION_FIELDS) {
					all[k++] = Keys.button(b, p, field);
				}
			}
		}
		for (int n = 1; n <= Keys.MAX_SUBSCRIPTIONS; n++) {
			for (String field : Keys.SUB_FIELDS) {
				all[k++] = Keys.sub(n, field);
			}
		}
		return all;
	}

	private static void readWifi(RawConfig raw, FirmwareConfig c) {
		String ssid = raw.text(Keys.WIFI_SSID, true);
		if (Utf8.encode(ssid).length > MAX_SSID_BYTES) {
			raw.error(Keys.WIFI_SSID, "longer than " + MAX_SSID_BYTES + " bytes (802.11 limit)");
		}
		int mode = raw.choice(Keys.WIFI_SECURITY, SECURITY_MODES, 3);
		String name = SECURITY_MODES[mode];
		String pass = raw.text(Keys.WIFI_PASSPHRASE, false);
		int len = pass.length();
		if (mode == 0) {
			if (len > 0) {
				raw.error(Keys.WIFI_PASSPHRASE, "an OPEN network takes no passphrase; remove it or set wifi.security");
			}
		} else if (len == 0) {
			if (!raw.hasErrorOn(Keys.WIFI_PASSPHRASE)) {
				raw.error(Keys.WIFI_PASSPHRASE, "missing; " + name + " needs a passphrase");
			}
		} else if (mode == 1) {
			if (!(len == 5 || len == 13 || ((len == 10 || len == 26) && isHex(pass)))) {
				raw.error(Keys.WIFI_PASSPHRASE, "a WEP key is 5 or 13 characters, or 10 or 26 hex digits (this one has "
						+ len + " characters)");
			}
		} else if (!((len >= 8 && len <= 63 && isPrintableAscii(pass)) || (len == 64 && isHex(pass)))) {
			// IEEE 802.11i: a passphrase is 8..63 printable ASCII characters, or a raw 64-hex-digit key.
			raw.error(Keys.WIFI_PASSPHRASE, "a " + name + " passphrase is 8..63 printable ASCII characters or 64 hex"
					+ " digits (this one has " + len + " characters)");
		}
		c.wifiSsid = ssid;
		c.wifiPassphrase = pass;
		c.wifiSecurity = name;
		c.wifiJoinTimeoutMillis = raw.integer(Keys.WIFI_JOIN_TIMEOUT_MS, 20000, 1000, 300000);
	}

	/**
	 * Puts the identity into the CONNECT and checks it with the codec: encodable ([MQTT-3.1.2-22]) and within the
	 * transmit buffer. IoTDA credentials alone can take about 450 bytes, so derived credentials are sized with a
	 * 13-digit timestamp, the longest they get; the runtime replaces the identity before every connect.
	 */
	private static void checkConnect(RawConfig raw, FirmwareConfig c) {
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

	// The broker keys.

	/**
	 * The {@code broker.*} keys, straight into the transport's {@link Endpoint}, the engine's {@link SessionConfig}
	 * (CONNECT fields, timeouts, buffers, queue policy, will) and the backoff and rate limit.
	 *
	 * @return {@code broker.queue.size}, messages (the loader sizes the queue once the topics are known)
	 */
	private static int readBroker(RawConfig f, BrokerProfile profile, FirmwareConfig c) {
		String host = f.text(Keys.BROKER_HOST, true);
		checkHost(f, host);
		boolean tls = f.bool(Keys.BROKER_TLS, true);
		int port = f.integer(Keys.BROKER_PORT, tls ? 8883 : 1883, 1, 65535);
		boolean verify = f.bool(Keys.BROKER_TLS_VERIFY, true);
		String[] cas = f.list(Keys.BROKER_CA_RESOURCES);
		checkTls(f, profile, tls, port, verify, cas);
		c.endpoint = MutualTls.endpoint(f, host, port, tls, cas, verify);

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
	private static boolean isHostName(String s) {
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
			String[] cas) {
		if ((tls && port == 1883) || (!tls && port == 8883)) {
			String reason = tls ? "TLS on port 1883, which is the plain MQTT port; use 8883 or broker.tls=false"
					: "plain TCP on port 8883, which is the MQTT-over-TLS port; use broker.tls=true or port 1883";
			if (!profile.has(BrokerProfile.LENIENT_PORTS)) {
				f.error(Keys.BROKER_PORT, reason);
			} else {
				f.warn(Keys.BROKER_PORT, reason);
			}
		}
		if (tls && verify && cas.length == 0) {
			f.error(Keys.BROKER_CA_RESOURCES, "TLS needs at least one trusted root certificate resource, e.g."
					+ " /org/mqttboard/ca/isrg-root-x1.pem");
		}
		if (!tls && f.inFile(Keys.BROKER_CA_RESOURCES)) {
			f.warn(Keys.BROKER_CA_RESOURCES, "ignored: broker.tls is false");
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
		if (bytes > MAX_STRING_BYTES) {
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
		String r = topicProblem(topic, false);
		if (r != null) {
			f.error(Keys.BROKER_WILL_TOPIC, r);
		}
		if (profile.has(BrokerProfile.NO_WILL)) {
			f.error(Keys.BROKER_WILL_TOPIC, "profile " + profile.name() + " does not accept a will message");
		}
		o.willQos = f.integer(Keys.BROKER_WILL_QOS, 0, 0, 2);
		checkQos(f, Keys.BROKER_WILL_QOS, o.willQos, profile);
		o.willRetain = f.bool(Keys.BROKER_WILL_RETAIN, false);
		checkRetain(f, Keys.BROKER_WILL_RETAIN, o.willRetain, profile);
		String payload = f.get(Keys.BROKER_WILL_PAYLOAD);
		o.willTopic = Utf8.encode(topic);
		o.willPayload = Utf8.encode(payload == null ? "" : payload);
	}

	// Buttons, announce and subscriptions.

	/**
	 * The buttons ({@code button.a.short.*} ...) and the announce message as {@link ButtonAction}s with compiled
	 * payload templates, and the subscriptions ({@code sub.N.*}) as engine subscriptions plus one {@link DisplayRule}
	 * each.
	 */
	private static void readActions(RawConfig f, BrokerProfile profile, FirmwareConfig c) {
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
	private static int queueEntryBytes(FirmwareConfig c) {
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
	private static String topicProblem(String topic, boolean filter) {
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

	private static void checkQos(RawConfig f, String key, int qos, BrokerProfile profile) {
		if (qos > profile.maxQos()) {
			f.error(key, "profile " + profile.name() + " accepts QoS up to " + profile.maxQos() + " (got " + qos + ")");
		}
	}

	private static void checkRetain(RawConfig f, String key, boolean retain, BrokerProfile profile) {
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

	// Display and time.

	private static void readTime(RawConfig raw, FirmwareConfig c) {
		String[] servers = raw.list(Keys.TIME_SNTP_SERVERS);
		if (!raw.has(Keys.TIME_SNTP_SERVERS)) {
			servers = new String[] { "pool.ntp.org", "time.google.com" };
		} else if (servers.length == 0) {
			raw.error(Keys.TIME_SNTP_SERVERS, "list at least one SNTP server host name");
		}
		for (String s : servers) {
			if (!isHostName(s)) {
				raw.error(Keys.TIME_SNTP_SERVERS, "'" + s + "' is not a host name");
			}
		}
		c.sntpServers = servers;
		c.sntpTimeoutMillis = raw.integer(Keys.TIME_SNTP_TIMEOUT_MS, 5000, 500, 60000);
	}

	private static boolean isHex(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Utf8.hexDigit(s.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean isPrintableAscii(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x20 || c > 0x7E) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(String[] a, String s) {
		for (String x : a) {
			if (x.equals(s)) {
				return true;
			}
		}
		return false;
	}

	/** @return the known key within edit distance 2 of {@code key}, or null */
	private static String closest(String[] known, String key) {
		String best = null;
		int bestD = 3;
		for (String k : known) {
			int d = distance(k, key, bestD);
			if (d < bestD) {
				bestD = d;
				best = k;
			}
		}
		return best;
	}

	/** Levenshtein distance, cut off at {@code limit} (returns limit when at least that far). */
	private static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) >= limit) {
			return limit;
		}
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return Math.min(prev[b.length()], limit);
	}
}
