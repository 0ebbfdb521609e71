/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.button;

import org.mqttboard.app.bringup.AppStatus;
import org.mqttboard.app.bringup.Reporter;
import org.mqttboard.mqtt.session.SessionStatus;
import org.mqttboard.platform.Log;

/**
 * Turns classified presses into publishes: looks up the {@link ButtonAction} of the press, renders its payload,
 * respects the rate limit and hands the message to the {@link PublishPort}. Presses wait in a small fixed ring when
 * the rate limit holds them back; QoS &gt;= 1 presses made while offline go to the engine's offline queue (none lost,
 * none duplicated within its bound). Every press that cannot be kept is reported (status + console). Also publishes
 * the announce message after a connect, with the same buffer.
 * <p>
 * Threading: main loop only. Allocation: none per press, except the console line of a report.
 */
public final class ButtonPublisher implements PressSink {

	/** Presses the rate limit may hold back before further presses are dropped (and reported). */
	static final int PENDING_PRESSES = 8;
	/** Largest rendered payload, in bytes. */
	public static final int PAYLOAD_BYTES = 256;

	private static final String[] NAMES = { "A", "B" };

	private final ButtonAction[] actions;
	private final String disabledReason;
	private final PublishPort port;
	private final RateLimiter limiter;
	private final Reporter reporter;
	private final long bootMillis;
	private final byte[] payload = new byte[PAYLOAD_BYTES];
	private final int[] pendingPress = new int[PENDING_PRESSES];
	private int pendingHead;
	private int pendingSize;
	/** Presses of each button since boot, for {@code ${count}}. */
	private final int[] counts = new int[2];

	/**
	 * @param actions four slots: index {@code button * 2 + (long ? 1 : 0)}; null slots do nothing (logged)
	 * @param disabledReason non-null when the profile forbids publishing (e.g. iotda-app): every press is refused
	 *        with this message
	 * @param ratePerSecond publish rate limit, messages per second (also the burst); 0 = none
	 * @param port the engine
	 * @param reporter where dropped presses are reported
	 * @param bootMillis monotonic time at boot, for {@code ${uptime.ms}}
	 */
	public ButtonPublisher(ButtonAction[] actions, String disabledReason, int ratePerSecond, PublishPort port,
			Reporter reporter, long bootMillis) {
		if (actions.length != 4) {
			throw new IllegalArgumentException("buttons: need 4 action slots (A short, A long, B short, B long)");
		}
		this.actions = actions.clone();
		this.disabledReason = disabledReason;
		this.limiter = new RateLimiter(ratePerSecond, Math.max(1, ratePerSecond));
		this.port = port;
		this.reporter = reporter;
		this.bootMillis = bootMillis;
	}

	@Override
	public void onPress(int button, boolean longPress, long monotonicMillis) {
		// Texts are built only on the reporting paths: a normal press allocates nothing.
		if (this.disabledReason != null) {
			drop("button " + which(button, longPress) + " ignored: " + this.disabledReason);
			return;
		}
		if (this.actions[slot(button, longPress)] == null) {
			this.reporter.log(Log.INFO, "button " + which(button, longPress) + ": no action configured");
			return;
		}
		if (this.pendingSize == this.pendingPress.length) {
			drop("button " + which(button, longPress) + " dropped: rate limit reached and " + this.pendingSize
					+ " presses waiting");
			return;
		}
		this.pendingPress[(this.pendingHead + this.pendingSize) % this.pendingPress.length] = slot(button, longPress);
		this.pendingSize++;
	}

	/** Publishes waiting presses as far as the rate limit allows. */
	public void drain(long nowMillis) {
		while (this.pendingSize > 0 && this.limiter.tryAcquire(nowMillis)) {
			int slot = this.pendingPress[this.pendingHead];
			this.pendingHead = (this.pendingHead + 1) % this.pendingPress.length;
			this.pendingSize--;
			publish(slot, nowMillis);
		}
	}

	/** @return when {@link #drain} has work, or {@link Long#MAX_VALUE} */
	public long nextDeadline(long nowMillis) {
		return this.pendingSize == 0 ? Long.MAX_VALUE : this.limiter.nextTokenAt(nowMillis);
	}

	/**
	 * Publishes the announce message (e.g. Ameba's "hello world" once connected), outside the rate limit.
	 *
	 * @param announce the message; its template sees button A, a short press and count 0
	 */
	public void announce(ButtonAction announce, long nowMillis) {
		int n = announce.template().render(0, false, 0, nowMillis - this.bootMillis, this.payload);
		if (n < 0) {
			this.reporter.log(Log.WARN, "announce payload longer than " + PAYLOAD_BYTES + " bytes: not sent");
			return;
		}
		this.port.publish(announce.topicBytes(), this.payload, n, announce.qos(), announce.retain());
	}

	private void publish(int slot, long nowMillis) {
		int button = slot >> 1;
		boolean longPress = (slot & 1) != 0;
		ButtonAction action = this.actions[slot];
		int count = ++this.counts[button];
		int length = action.template().render(button, longPress, count, nowMillis - this.bootMillis, this.payload);
		if (length < 0) {
			drop("button " + which(button, longPress) + ": payload longer than " + PAYLOAD_BYTES + " bytes");
			return;
		}
		int rc = this.port.publish(action.topicBytes(), this.payload, length, action.qos(), action.retain());
		if (rc == AppStatus.OK) {
			return;
		}
		String which = which(button, longPress);
		switch (rc) {
		case AppStatus.QUEUED:
			this.reporter.log(Log.INFO, "button " + which + ": offline, queued for " + action.topic());
			break;
		case SessionStatus.QUEUE_FULL:
			this.reporter.error(SessionStatus.QUEUE_FULL, "button " + which + ": offline queue full, press lost");
			break;
		case AppStatus.OFFLINE:
			drop("button " + which + ": offline and QoS 0, press not kept (use QoS 1 to queue)");
			break;
		case SessionStatus.TOO_LARGE:
			drop("button " + which + ": message too large for the MQTT buffers");
			break;
		default:
			drop("button " + which + ": refused by the MQTT engine (" + SessionStatus.name(rc) + ")");
			break;
		}
	}

	private void drop(String message) {
		this.reporter.error(AppStatus.PRESS_DROPPED, message);
	}

	private static String which(int button, boolean longPress) {
		return NAMES[button & 1] + (longPress ? " long" : " short");
	}

	private static int slot(int button, boolean longPress) {
		return ((button & 1) << 1) | (longPress ? 1 : 0);
	}
}
