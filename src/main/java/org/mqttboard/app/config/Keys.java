/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * Every key of the configuration file. Units are in the key name ({@code .ms}, {@code .seconds},
 * {@code .bytes}, {@code .per.second}). README.md ("The configuration file") describes each one.
 */
public final class Keys {

	/** Wi-Fi network name. */
	public static final String WIFI_SSID = "wifi.ssid";
	/** Wi-Fi passphrase (secret). */
	public static final String WIFI_PASSPHRASE = "wifi.passphrase";
	/** Wi-Fi security mode by name. */
	public static final String WIFI_SECURITY = "wifi.security";
	/** Upper bound for association plus DHCP, ms. */
	public static final String WIFI_JOIN_TIMEOUT_MS = "wifi.join.timeout.ms";
	/** More networks: {@code wifi.N.ssid}, {@code .passphrase}, {@code .security}, N = 1..{@link #MAX_WIFI}. */
	public static final String WIFI_PREFIX = "wifi.";
	/** Largest Wi-Fi network number ({@code wifi.1.*} is the first network, also written {@code wifi.ssid} ...). */
	public static final int MAX_WIFI = 3;

	public static final String BROKER_PROFILE = "broker.profile";
	public static final String BROKER_HOST = "broker.host";
	public static final String BROKER_PORT = "broker.port";
	public static final String BROKER_TLS = "broker.tls";
	/** TLS certificate verification (chain and host name) on/off. */
	public static final String BROKER_TLS_VERIFY = "broker.tls.verify";
	/** Comma-separated class-path resources of trusted CA certificates. */
	public static final String BROKER_CA_RESOURCES = "broker.ca.resources";
	/** Comma-separated names of trusted CA certificate files stored on the board (setup mode uploads them). */
	public static final String BROKER_CA_FILES = "broker.ca.files";
	public static final String BROKER_CLIENT_ID = "broker.client.id";
	/** Class-path resource of the client certificate for mutual TLS (PEM). */
	public static final String BROKER_CLIENT_CERT = "broker.client.cert";
	/** Class-path resource of the client certificate's private key (PEM); the path is not secret, the file is. */
	public static final String BROKER_CLIENT_KEY = "broker.client.key";
	/** MQTT user name. */
	public static final String BROKER_USERNAME = "broker.username";
	/** MQTT password (secret). */
	public static final String BROKER_PASSWORD = "broker.password";
	/** Explicit consent to send a password over plain TCP. */
	public static final String BROKER_ALLOW_INSECURE = "broker.allow.insecure";
	/** MQTT keep-alive, seconds. */
	public static final String BROKER_KEEPALIVE_SECONDS = "broker.keepalive.seconds";
	public static final String BROKER_CLEAN_SESSION = "broker.clean.session";
	/** Send SUBSCRIBEs right after CONNECT (true) or after CONNACK (false). */
	public static final String BROKER_SUBSCRIBE_PIPELINED = "broker.subscribe.pipelined";
	/** MQTT protocol version: 3.1.1, 3.1 or auto. */
	public static final String BROKER_MQTT_VERSION = "broker.mqtt.version";
	/** TCP + TLS + CONNACK budget, ms. */
	public static final String BROKER_CONNECT_TIMEOUT_MS = "broker.connect.timeout.ms";
	/** Wait for CONNACK and for PINGRESP before giving up on the link, ms. */
	public static final String BROKER_ACK_TIMEOUT_MS = "broker.ack.timeout.ms";
	/** First reconnect delay, ms. */
	public static final String BROKER_BACKOFF_BASE_MS = "broker.backoff.base.ms";
	/** Largest reconnect delay, ms. */
	public static final String BROKER_BACKOFF_CAP_MS = "broker.backoff.cap.ms";
	/** Publish rate limit, messages per second (0 = no limit). */
	public static final String BROKER_RATE_LIMIT_PER_SECOND = "broker.rate.limit.per.second";
	/** Size of each of the receive and transmit buffers, bytes. */
	public static final String BROKER_BUFFER_BYTES = "broker.buffer.bytes";
	/** Offline queue capacity, messages. */
	public static final String BROKER_QUEUE_SIZE = "broker.queue.size";
	/** Offline queue message lifetime, seconds (0 = no expiry). */
	public static final String BROKER_QUEUE_TTL_SECONDS = "broker.queue.ttl.seconds";
	/** Offline queue overflow policy: DROP_OLDEST or DROP_NEWEST. */
	public static final String BROKER_QUEUE_OVERFLOW = "broker.queue.overflow";
	/** Will topic (no will when absent). */
	public static final String BROKER_WILL_TOPIC = "broker.will.topic";
	public static final String BROKER_WILL_PAYLOAD = "broker.will.payload";
	public static final String BROKER_WILL_QOS = "broker.will.qos";
	public static final String BROKER_WILL_RETAIN = "broker.will.retain";
	/** Topic published once after every successful connect (none when absent). */
	public static final String BROKER_ANNOUNCE_TOPIC = "broker.announce.topic";
	/** Payload template of the announce message. */
	public static final String BROKER_ANNOUNCE_PAYLOAD = "broker.announce.payload";

	/** IoTDA device side: signature type 0 (no time check) or 1 (time checked). */
	public static final String IOTDA_SIGN_TYPE = "broker.iotda.sign.type";
	/** IoTDA application side: access key (AK). */
	public static final String IOTDA_ACCESS_KEY = "broker.iotda.access.key";
	/** IoTDA application side: instance id (optional). */
	public static final String IOTDA_INSTANCE_ID = "broker.iotda.instance.id";
	/** AWS IoT: explicit consent to use topics under the reserved {@code $aws/} prefix. */
	public static final String AWS_ALLOW_RESERVED = "broker.aws.allow.reserved";
	/** SENSORO: explicit consent to publish on a consumer-only endpoint. */
	public static final String SENSORO_ALLOW_PUBLISH = "broker.sensoro.allow.publish";

	/** Home Assistant MQTT discovery on/off. */
	public static final String HA_DISCOVERY = "ha.discovery";
	/** Home Assistant discovery topic prefix. */
	public static final String HA_PREFIX = "ha.prefix";

	/** Device name inserted by the {@code ${device}} template placeholder. */
	public static final String DEVICE_ID = "device.id";

	/** Press length from which a press is long, ms. */
	public static final String BUTTON_LONG_PRESS_MS = "button.long.press.ms";
	public static final String BUTTON_DEBOUNCE_MS = "button.debounce.ms";
	/** Button key prefix; followed by {@code a.} or {@code b.}, then {@code short.} or {@code long.}. */
	public static final String BUTTON_PREFIX = "button.";
	/** Subscription key prefix; followed by a number 1..{@link #MAX_SUBSCRIPTIONS}. */
	public static final String SUB_PREFIX = "sub.";
	/** Largest subscription number. */
	public static final int MAX_SUBSCRIPTIONS = 8;

	/** Display kind override: auto, matrix, lcd, serial. */
	public static final String DISPLAY_KIND = "display.kind";
	/** Time per scroll step of text on the display, ms. */
	public static final String DISPLAY_SCROLL_STEP_MS = "display.scroll.step.ms";

	/** Comma-separated SNTP server host names. */
	public static final String TIME_SNTP_SERVERS = "time.sntp.servers";
	/** SNTP answer wait per server, ms. */
	public static final String TIME_SNTP_TIMEOUT_MS = "time.sntp.timeout.ms";

	/** The keys every profile accepts, except the per-button and per-subscription keys. */
	static final String[] COMMON = { WIFI_SSID, WIFI_PASSPHRASE, WIFI_SECURITY, WIFI_JOIN_TIMEOUT_MS, BROKER_PROFILE,
			BROKER_HOST, BROKER_PORT, BROKER_TLS, BROKER_TLS_VERIFY, BROKER_CA_RESOURCES, BROKER_CA_FILES, BROKER_CLIENT_ID,
			BROKER_CLIENT_CERT, BROKER_CLIENT_KEY, BROKER_USERNAME, BROKER_PASSWORD, BROKER_ALLOW_INSECURE,
			BROKER_KEEPALIVE_SECONDS, BROKER_CLEAN_SESSION,
			BROKER_SUBSCRIBE_PIPELINED, BROKER_MQTT_VERSION, BROKER_CONNECT_TIMEOUT_MS, BROKER_ACK_TIMEOUT_MS,
			BROKER_BACKOFF_BASE_MS, BROKER_BACKOFF_CAP_MS, BROKER_RATE_LIMIT_PER_SECOND, BROKER_BUFFER_BYTES,
			BROKER_QUEUE_SIZE, BROKER_QUEUE_TTL_SECONDS, BROKER_QUEUE_OVERFLOW, BROKER_WILL_TOPIC, BROKER_WILL_PAYLOAD,
			BROKER_WILL_QOS, BROKER_WILL_RETAIN, BROKER_ANNOUNCE_TOPIC, BROKER_ANNOUNCE_PAYLOAD, DEVICE_ID,
			BUTTON_LONG_PRESS_MS, BUTTON_DEBOUNCE_MS, DISPLAY_KIND, DISPLAY_SCROLL_STEP_MS, TIME_SNTP_SERVERS,
			TIME_SNTP_TIMEOUT_MS, HA_DISCOVERY, HA_PREFIX };

	/** Button letters, index 0 = A. */
	static final String[] BUTTONS = { "a", "b" };
	static final String[] PRESSES = { "short", "long" };
	/** Fields of one button press action. */
	static final String[] ACTION_FIELDS = { "topic", "payload", "qos", "retain" };
	static final String[] SUB_FIELDS = { "topic", "display", "qos" };
	/** Fields of one Wi-Fi network, in the order of {@link #WIFI_SSID}, {@link #WIFI_PASSPHRASE}, {@link #WIFI_SECURITY}.
	 */
	static final String[] WIFI_FIELDS = { "ssid", "passphrase", "security" };

	private Keys() {
	}

	/**
	 * @param button 0 = A, 1 = B
	 * @param press 0 = short, 1 = long
	 * @param field one of topic, payload, qos, retain
	 * @return e.g. {@code button.a.short.topic}
	 */
	public static String button(int button, int press, String field) {
		return BUTTON_PREFIX + BUTTONS[button] + '.' + PRESSES[press] + '.' + field;
	}

	/**
	 * @param number 1..{@link #MAX_SUBSCRIPTIONS}
	 * @param field one of topic, display, qos
	 * @return e.g. {@code sub.1.topic}
	 */
	public static String sub(int number, String field) {
		return SUB_PREFIX + number + '.' + field;
	}

	/**
	 * @param number 1..{@link #MAX_WIFI}
	 * @param field one of ssid, passphrase, security
	 * @return e.g. {@code wifi.2.ssid}
	 */
	public static String wifi(int number, String field) {
		return WIFI_PREFIX + number + '.' + field;
	}

	/**
	 * @return true when its value is a secret that is masked everywhere
	 */
	public static boolean isSecret(String key) {
		if (WIFI_PASSPHRASE.equals(key) || BROKER_PASSWORD.equals(key)) {
			return true;
		}
		// wifi.N.passphrase
		return key.length() == WIFI_PASSPHRASE.length() + 2 && key.startsWith(WIFI_PREFIX)
				&& key.endsWith(".passphrase") && key.charAt(WIFI_PREFIX.length()) >= '1'
				&& key.charAt(WIFI_PREFIX.length()) <= (char) ('0' + MAX_WIFI);
	}
}
