/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import java.util.Random;

import org.mqttboard.app.bringup.Backoff;
import org.mqttboard.app.bringup.BringUp;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.app.bringup.Reporter;
import org.mqttboard.app.button.ButtonAction;
import org.mqttboard.app.button.ButtonPublisher;
import org.mqttboard.app.button.EdgeRing;
import org.mqttboard.app.button.PressDetector;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.HaDiscovery;
import org.mqttboard.app.display.MessageDisplay;
import org.mqttboard.app.time.SntpClient;
import org.mqttboard.app.time.TimeSync;
import org.mqttboard.mqtt.session.SessionCounters;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.Log;

/**
 * The firmware of a usable configuration: every runtime component built once from the {@link FirmwareConfig}
 * (all memory taken here), then one pass of the main loop per {@link #step}: button edges to the press detector,
 * the bring-up machine (Wi-Fi, SNTP, the MQTT link), the announce message on every new ONLINE, publishes held by
 * the rate limit, the display scroll.
 * <p>
 * Threading: main loop only (the board's input thread only feeds the edge ring).
 */
final class Online implements Program {

	/** Most characters shown for one message. */
	private static final int DISPLAY_CHARS = 64;
	/** Lower bound of the long wait after a refusal (credentials, client id, TLS trust), in ms. */
	private static final int REFUSAL_MILLIS = 60000;

	private final EdgeRing edges;
	private final SessionLink link;
	private final PressDetector detector;
	private final ButtonPublisher publisher;
	private final MessageDisplay messages;
	private final BringUp bringUp;
	private final ButtonAction announce;
	/** Home Assistant discovery, or null when off. */
	private final HaDiscovery ha;

	/**
	 * @param config the validated configuration
	 * @param edges the ring the board's buttons feed (registered by the caller)
	 * @param observer receives publishes, messages and display text, or null
	 * @param random backoff jitter source, owned from now on
	 * @param time replaces the SNTP client when not null (tests without a network)
	 * @param nowMillis monotonic time at boot, in ms
	 * @throws IllegalArgumentException when a setting cannot be applied (names it)
	 */
	Online(Board board, FirmwareConfig config, EdgeRing edges, Reporter reporter, FirmwareObserver observer,
			Random random, TimeSync time, long nowMillis) {
		this.edges = edges;
		this.announce = config.announce;
		this.ha = config.ha;
		if (this.ha != null) {
			this.ha.prepare(board.name());
		}
		this.messages = new MessageDisplay(board.display(), config.displayKind, config.rules, DISPLAY_CHARS,
				config.scrollStepMillis, config.session.bufferBytes, board.log());
		this.link = new SessionLink(config, board.network().connector(config.endpoint), board.clock(), this.messages,
				reporter, observer);
		this.publisher = new ButtonPublisher(presses(board, config), config.publishDisabled, config.rateLimitPerSecond,
				this.link, reporter, nowMillis);
		this.detector = new PressDetector(config.debounceMillis, config.longPressMillis, this.publisher);
		TimeSync sntp = time != null ? time : new SntpClient(config.sntpServers, config.sntpTimeoutMillis,
				board.clock(), board.log());
		boolean timeRequired = config.endpoint.tls() || config.credentials.needsWallClock();
		Backoff backoff = new Backoff(config.backoffBaseMillis, config.backoffCapMillis,
				Math.max(REFUSAL_MILLIS, config.backoffCapMillis), random);
		this.bringUp = new BringUp(board.wifi(), config.wifiSsids, config.wifiPassphrases, config.wifiSecurities,
				config.wifiJoinTimeoutMillis, sntp, timeRequired, this.link, backoff, reporter);
	}

	/** @return the configured presses of the buttons this board has; the others are warned about and dropped */
	private static ButtonAction[] presses(Board board, FirmwareConfig config) {
		ButtonAction[] presses = config.presses.clone();
		int count = board.buttons().count();
		for (int button = count; button < 2; button++) {
			if (presses[button * 2] != null || presses[button * 2 + 1] != null) {
				board.log().log(Log.WARN, "button " + (button == 0 ? "A" : "B") + " is configured but this board ("
						+ board.name() + ") has " + count + " button(s)");
			}
			presses[button * 2] = null;
			presses[button * 2 + 1] = null;
		}
		return presses;
	}

	@Override
	public void step(long nowMillis) {
		for (long e = this.edges.poll(); e != EdgeRing.EMPTY; e = this.edges.poll()) {
			this.detector.edge(EdgeRing.button(e), EdgeRing.pressed(e), EdgeRing.time(e));
		}
		this.detector.poll(nowMillis);
		boolean wasOnline = this.bringUp.state() == BringUpState.ONLINE;
		this.bringUp.step(nowMillis);
		if (!wasOnline && this.bringUp.state() == BringUpState.ONLINE) {
			if (this.ha != null) {
				this.ha.publish(this.link);
			}
			if (this.announce != null) {
				this.publisher.announce(this.announce, nowMillis);
			}
		}
		this.publisher.drain(nowMillis);
		this.messages.step(nowMillis);
	}

	@Override
	public long nextDeadline(long nowMillis) {
		long d = this.bringUp.nextDeadline(nowMillis);
		d = Math.min(d, this.detector.nextDeadline(nowMillis));
		d = Math.min(d, this.publisher.nextDeadline(nowMillis));
		return Math.min(d, this.messages.nextDeadline(nowMillis));
	}

	@Override
	public int state() {
		return this.bringUp.state();
	}

	@Override
	public SessionCounters counters() {
		return this.link.counters();
	}

	@Override
	public void shutdown(long nowMillis) {
		this.link.shutdown(nowMillis);
	}
}
