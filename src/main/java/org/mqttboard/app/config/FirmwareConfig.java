/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import org.mqttboard.app.button.ButtonAction;
import org.mqttboard.app.display.DisplayRule;
import org.mqttboard.mqtt.session.SessionConfig;
import org.mqttboard.mqtt.transport.Endpoint;

/**
 * The typed settings of the firmware, filled once by {@link ConfigLoader} from the properties file and read by the
 * runtime as they are: the engine gets {@link #session} itself, the transport {@link #endpoint}, the buttons their
 * {@link ButtonAction}s, the display its {@link DisplayRule}s. Nothing is copied or converted again after the
 * load. A plain holder like {@link SessionConfig}: only the loader writes it, and a config it returns always passed
 * every rule of the common keys and of its broker profile. {@link #toString()} masks every secret.
 * <p>
 * Threading: filled on the loading thread, then only read.
 */
public final class FirmwareConfig {

	/** The configuration's name (file path or resource). */
	public String source;
	/** The warnings found while loading (each with key, line and reason; no secrets). */
	public Problem[] warnings = new Problem[0];

	/** {@code wifi.ssid} (or {@code wifi.1.ssid}), {@code wifi.2.ssid}, ...: the networks, tried in this order. */
	public String[] wifiSsids = new String[0];
	/** {@code wifi.passphrase}, {@code wifi.N.passphrase} per network (secrets: never log them), empty for OPEN. */
	public String[] wifiPassphrases = new String[0];
	/**
	 * {@code wifi.security}, {@code wifi.N.security} per network, each one of
	 * {@code OPEN, WEP, WPA, WPA2, WPA3, WPA_WPA2_MIXED, WPA2_WPA3_MIXED}.
	 */
	public String[] wifiSecurities = new String[0];
	/** {@code wifi.join.timeout.ms}: association plus DHCP budget. */
	public int wifiJoinTimeoutMillis;

	/** {@code broker.profile}: the name of the profile whose rules were applied. */
	public String profile = "";
	/** Why the buttons and the announce publish nothing (a subscribe-only profile), or null when they may. */
	public String publishDisabled;
	/** {@code broker.host}, {@code .port}, {@code .tls}, {@code .tls.verify}, {@code .ca.resources}. */
	public Endpoint endpoint;
	/** The CONNECT identity source; the runtime refreshes it before every (re)connect. */
	public Credentials credentials;
	/** Every engine setting: CONNECT fields, buffers, timeouts, queue, subscriptions (filters and QoS). */
	public final SessionConfig session = new SessionConfig();
	/** {@code broker.backoff.base.ms}: first reconnect delay. */
	public int backoffBaseMillis;
	/** {@code broker.backoff.cap.ms}: largest reconnect delay. */
	public int backoffCapMillis;
	/** {@code broker.rate.limit.per.second}: publish rate limit, 0 = none. */
	public int rateLimitPerSecond;
	/** {@code broker.announce.*}: published after every successful connect, or null. */
	public ButtonAction announce;
	/** {@code device.id}: the value of {@code ${device}} (already compiled into the templates). */
	public String deviceId = "";

	/** What each press publishes, index {@code button * 2 + (long press ? 1 : 0)}; null: the press does nothing. */
	public final ButtonAction[] presses = new ButtonAction[4];
	/** {@code button.long.press.ms}. */
	public int longPressMillis;
	/** {@code button.debounce.ms}. */
	public int debounceMillis;

	/** {@code sub.N.display}: how messages of subscription index i ({@link SessionConfig#subscribe} order) show. */
	public DisplayRule[] rules = new DisplayRule[0];
	/** {@code display.kind}: {@link #DISPLAY_AUTO} or a {@code Display.KIND_*} override. */
	public int displayKind;
	/** {@code display.scroll.step.ms}: time per scroll step (one column on the matrix, one character on a line). */
	public int scrollStepMillis;

	/** {@code time.sntp.servers}, tried in order. */
	public String[] sntpServers = new String[0];
	/** {@code time.sntp.timeout.ms}: answer wait per server. */
	public int sntpTimeoutMillis;

	/** Home Assistant discovery, or null when {@code ha.discovery} is off. */
	public HaDiscovery ha;

	/** {@link #displayKind}: use what the board reports. */
	public static final int DISPLAY_AUTO = 0;

	@Override
	public String toString() {
		StringBuilder b = new StringBuilder("config{").append(this.source);
		for (int i = 0; i < this.wifiSsids.length; i++) {
			b.append(", wifi{ssid=").append(this.wifiSsids[i]).append(", security=").append(this.wifiSecurities[i]);
			b.append(", passphrase=").append(Credentials.mask(this.wifiPassphrases[i])).append('}');
		}
		b.append(", broker{profile=").append(this.profile).append(", host=").append(this.endpoint.host());
		b.append(", port=").append(this.endpoint.port()).append(", tls=").append(this.endpoint.tls());
		b.append(", ").append(this.credentials).append("}, device=").append(this.deviceId);
		return b.append('}').toString();
	}
}
