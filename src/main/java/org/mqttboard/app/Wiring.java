/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import java.io.UnsupportedEncodingException;
import java.util.Random;

import org.mqttboard.app.bringup.Backoff;
import org.mqttboard.app.bringup.BringUp;
import org.mqttboard.app.bringup.Reporter;
import org.mqttboard.app.button.ButtonAction;
import org.mqttboard.app.button.ButtonPublisher;
import org.mqttboard.app.button.PayloadTemplate;
import org.mqttboard.app.button.PressDetector;
import org.mqttboard.app.button.PublishPort;
import org.mqttboard.app.button.RateLimiter;
import org.mqttboard.app.config.BrokerSettings;
import org.mqttboard.app.config.ButtonSettings;
import org.mqttboard.app.config.Credentials;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.PublishAction;
import org.mqttboard.app.config.SubscriptionSettings;
import org.mqttboard.app.display.DisplayRule;
import org.mqttboard.app.display.MessageDisplay;
import org.mqttboard.app.time.SntpClient;
import org.mqttboard.app.time.TimeSync;
import org.mqttboard.mqtt.session.MqttSession;
import org.mqttboard.mqtt.session.SessionConfig;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.Log;

/**
 * Builds every runtime component from a validated configuration, once, at boot: the MQTT session and its adapter,
 * the SNTP client, the button pipeline and the message display. Sizes come from the configuration, so all memory
 * is taken here.
 * <p>
 * Threading: built and used on the main loop thread.
 */
final class Wiring {

	/** Presses the rate limit may hold back before further presses are dropped (and reported). */
	static final int PENDING_PRESSES = 8;
	/** Largest rendered button payload, in bytes. */
	static final int PAYLOAD_BYTES = 256;
	/** Most characters shown for one message. */
	static final int DISPLAY_CHARS = 64;
	/** Upper bound of the offline queue's per-entry bookkeeping, in bytes (the session's entry header is smaller). */
	static final int QUEUE_ENTRY_OVERHEAD = 32;
	/** Lower bound of the long wait after a refusal (credentials, client id, TLS trust), in ms. */
	static final int REFUSAL_MILLIS = 60000;
	/** A link up this long is healthy; shorter ones count towards the duplicate client id diagnosis, in ms. */
	static final int STABLE_MILLIS = 10000;
	/** Consecutive short sessions that make the firmware report a probable duplicate client id. */
	static final int DUPLICATE_THRESHOLD = 3;
	/** Debounce and long-press defaults when no button is configured at all, in ms. */
	private static final int DEFAULT_DEBOUNCE_MILLIS = 30;
	private static final int DEFAULT_LONG_MILLIS = 800;

	final FirmwareConfig config;
	final Board board;
	final Reporter reporter;
	final SessionLink link;
	final PressDetector detector;
	final ButtonPublisher publisher;
	final MessageDisplay messages;
	private final TimeSync sntp;
	private final boolean timeRequired;
	private final byte[] announceTopic;
	private final PayloadTemplate announceTemplate;
	private final PublishAction announce;
	private final byte[] announcePayload;
	private final long bootMillis;

	/**
	 * @param board the board's ports
	 * @param config the validated configuration
	 * @param events the event hub (session listener and publish port)
	 * @param reporter where states and errors go
	 * @param bootMillis monotonic time at boot, ms
	 * @param time SNTP replacement for tests, or null for the real client
	 * @throws IllegalArgumentException when a setting cannot be applied (names it)
	 */
	Wiring(Board board, FirmwareConfig config, Events events, Reporter reporter, long bootMillis, TimeSync time) {
		this.config = config;
		this.board = board;
		this.reporter = reporter;
		this.bootMillis = bootMillis;
		BrokerSettings broker = config.broker();
		this.link = new SessionLink(board.clock(), config.credentials(), broker.queueSize() > 0,
				broker.queueTtlSeconds() * 1000L);
		this.link.attach(new MqttSession(sessionConfig(config, board), board.network().connector(broker.endpoint()),
				events));
		this.sntp = time != null ? time : new SntpClient(config.time().sntpServers(),
				config.time().sntpTimeoutMillis(), board.clock(), board.log());
		this.timeRequired = broker.tls() || config.credentials().needsWallClock();

		ButtonSettings[] buttons = config.buttons();
		ButtonAction[] actions = new ButtonAction[4];
		int debounce = DEFAULT_DEBOUNCE_MILLIS;
		int longMillis = DEFAULT_LONG_MILLIS;
		for (int i = 0; i < buttons.length; i++) {
			ButtonSettings b = buttons[i];
			debounce = b.debounceMillis();
			longMillis = b.longPressMillis();
			if (b.index() >= board.buttons().count()) {
				if (b.shortPress() != null || b.longPress() != null) {
					board.log().log(Log.WARN, "button " + b.name() + " is configured but this board ("
							+ board.name() + ") has " + board.buttons().count() + " button(s)");
				}
				continue;
			}
			actions[b.index() * 2] = action(b.shortPress(), config.deviceId());
			actions[b.index() * 2 + 1] = action(b.longPress(), config.deviceId());
		}
		String disabled = broker.profile().canPublish() ? null
				: "profile " + broker.profile().name() + " cannot publish (subscribe-only): buttons are disabled";
		int rate = broker.rateLimitPerSecond();
		PublishPort port = events;
		this.publisher = new ButtonPublisher(actions, disabled, port, new RateLimiter(rate, Math.max(1, rate)),
				PENDING_PRESSES, PAYLOAD_BYTES, bootMillis, reporter);
		this.detector = new PressDetector(debounce, longMillis, this.publisher);

		SubscriptionSettings[] subs = config.subscriptions();
		DisplayRule[] rules = new DisplayRule[subs.length];
		for (int i = 0; i < subs.length; i++) {
			rules[i] = DisplayRule.parse(ruleSpec(subs[i]));
		}
		this.messages = new MessageDisplay(KindOverride.apply(board.display(), config.display().kind(), board.log()),
				rules, DISPLAY_CHARS,
				config.display().scrollStepMillis(), broker.bufferBytes(), board.log());

		this.announce = broker.announce();
		if (this.announce != null) {
			this.announceTopic = utf8(this.announce.topic());
			this.announceTemplate = new PayloadTemplate(this.announce.payloadTemplate(), config.deviceId());
			this.announcePayload = new byte[PAYLOAD_BYTES];
		} else {
			this.announceTopic = null;
			this.announceTemplate = null;
			this.announcePayload = null;
		}
	}

	/**
	 * @param random backoff jitter source
	 * @return the bring-up machine over these components
	 */
	BringUp bringUp(Random random) {
		BrokerSettings broker = this.config.broker();
		int refusal = Math.max(REFUSAL_MILLIS, broker.backoffCapMillis());
		return new BringUp(this.board.wifi(), this.config.wifi().ssid(), this.config.wifi().passphrase(),
				this.config.wifi().securityMode(), this.config.wifi().joinTimeoutMillis(), this.sntp,
				this.timeRequired, this.link, new Backoff(broker.backoffBaseMillis(), broker.backoffCapMillis(),
						refusal, random), STABLE_MILLIS, DUPLICATE_THRESHOLD, this.reporter);
	}

	/**
	 * Publishes the configured announce message (e.g. Ameba's "hello world" once connected).
	 *
	 * @param port where to publish
	 */
	void announce(PublishPort port) {
		if (this.announce == null) {
			return;
		}
		long now = this.link.now();
		int n = this.announceTemplate.render(0, false, 0, now - this.bootMillis, this.announcePayload);
		if (n < 0) {
			this.reporter.log(Log.WARN, "announce payload longer than " + PAYLOAD_BYTES + " bytes: not sent");
			return;
		}
		port.publish(this.announceTopic, this.announcePayload, n, this.announce.qos(), this.announce.retain());
	}

	private static SessionConfig sessionConfig(FirmwareConfig config, Board board) {
		BrokerSettings broker = config.broker();
		SessionConfig s = new SessionConfig();
		s.bufferBytes = broker.bufferBytes();
		int version = broker.mqttVersion();
		s.connect.protocolLevel = version == BrokerSettings.MQTT_3_1 ? 3 : 4;
		s.fallbackTo31 = version == BrokerSettings.MQTT_AUTO;
		Credentials c = config.credentials().refresh(board.clock().wallMillis());
		s.connect.clientId = c.clientIdBytes();
		s.connect.username = c.usernameBytes();
		s.connect.password = c.passwordBytes();
		PublishAction will = broker.will();
		if (will != null) {
			s.connect.willTopic = utf8(will.topic());
			s.connect.willPayload = utf8(will.payloadTemplate());
			s.connect.willQos = will.qos();
			s.connect.willRetain = will.retain();
		}
		s.connect.cleanSession = broker.cleanSession();
		s.subscribePipelined = broker.subscribePipelined();
		s.connect.keepAliveSeconds = broker.keepAliveSeconds();
		s.connectTimeoutMillis = broker.connectTimeoutMillis();
		s.ackTimeoutMillis = broker.ackTimeoutMillis();
		s.queueOverflow = broker.queueOverflow() == BrokerSettings.DROP_NEWEST ? SessionConfig.DROP_NEWEST
				: SessionConfig.DROP_OLDEST;
		s.queueTtlSeconds = broker.queueTtlSeconds();
		// The queue bound is in messages; size it for that many presses with the longest topic.
		s.queueBytes = broker.queueSize() * (QUEUE_ENTRY_OVERHEAD + longestTopic(config) + PAYLOAD_BYTES);
		SubscriptionSettings[] subs = config.subscriptions();
		for (int i = 0; i < subs.length; i++) {
			s.subscribe(subs[i].filter(), subs[i].qos());
		}
		return s;
	}

	private static int longestTopic(FirmwareConfig config) {
		int longest = 0;
		ButtonSettings[] buttons = config.buttons();
		for (int i = 0; i < buttons.length; i++) {
			longest = Math.max(longest, topicLength(buttons[i].shortPress()));
			longest = Math.max(longest, topicLength(buttons[i].longPress()));
		}
		return Math.max(longest, topicLength(config.broker().announce()));
	}

	private static int topicLength(PublishAction a) {
		return a == null ? 0 : utf8(a.topic()).length;
	}

	private static ButtonAction action(PublishAction a, String deviceId) {
		if (a == null) {
			return null;
		}
		return new ButtonAction(a.topic(), new PayloadTemplate(a.payloadTemplate(), deviceId), a.qos(), a.retain());
	}

	/** Turns the configuration's rule into the display's spelling; JSON segments of digits are array indexes. */
	private static String ruleSpec(SubscriptionSettings s) {
		if (s.rule() == SubscriptionSettings.RULE_NUMBER) {
			return "number";
		}
		if (s.rule() != SubscriptionSettings.RULE_JSON) {
			return "text";
		}
		StringBuilder b = new StringBuilder("json:");
		String[] path = s.jsonPath();
		for (int i = 0; i < path.length; i++) {
			if (isDigits(path[i])) {
				b.append('[').append(path[i]).append(']');
			} else {
				if (i > 0) {
					b.append('.');
				}
				b.append(path[i]);
			}
		}
		return b.toString();
	}

	private static boolean isDigits(String s) {
		if (s.length() == 0) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) < '0' || s.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static byte[] utf8(String s) {
		try {
			return s.getBytes("UTF-8");
		} catch (UnsupportedEncodingException e) {
			throw new IllegalStateException("UTF-8 missing");
		}
	}
}
