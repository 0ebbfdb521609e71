/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.button;

import org.mqttboard.app.bringup.BringUpError;
import org.mqttboard.app.bringup.Reporter;
import org.mqttboard.platform.Log;

/**
 * Turns classified presses into publishes: looks up the {@link ButtonAction} of the press, renders its payload,
 * respects the rate limit and hands the message to the {@link PublishPort}. Presses wait in a small fixed ring when
 * the rate limit holds them back; QoS &gt;= 1 presses made while offline go to the engine's offline queue (none lost,
 * none duplicated within its bound). Every press that cannot be kept is reported (status + console).
 * <p>
 * Threading: main loop only. Allocation: none per press, except the console line of a report.
 */
public final class ButtonPublisher implements PressSink {

	private static final String[] NAMES = { "A", "B" };

	private final ButtonAction[] actions;
	private final String disabledReason;
	private final PublishPort port;
	private final RateLimiter limiter;
	private final Reporter reporter;
	private final long bootMillis;
	private final byte[] payload;
	private final int[] pendingPress;
	private int pendingHead;
	private int pendingSize;
	private final int[] counts = new int[2];
	private int published;
	private int dropped;

	/**
	 * @param actions four slots: index {@code button * 2 + (long ? 1 : 0)}; null slots do nothing (logged)
	 * @param disabledReason non-null when the profile forbids publishing (e.g. iotda-app): every press is refused
	 *        with this message
	 * @param port the engine
	 * @param limiter the profile's rate limit
	 * @param pendingCapacity presses kept while the rate limit holds them back
	 * @param payloadCapacity largest rendered payload, in bytes
	 * @param bootMillis monotonic time at boot, for {@code ${uptime}}
	 * @param reporter where dropped presses are reported
	 */
	public ButtonPublisher(ButtonAction[] actions, String disabledReason, PublishPort port, RateLimiter limiter,
			int pendingCapacity, int payloadCapacity, long bootMillis, Reporter reporter) {
		if (actions.length != 4) {
			throw new IllegalArgumentException("buttons: need 4 action slots (A short, A long, B short, B long)");
		}
		this.actions = actions.clone();
		this.disabledReason = disabledReason;
		this.port = port;
		this.limiter = limiter;
		this.pendingPress = new int[Math.max(1, pendingCapacity)];
		this.payload = new byte[payloadCapacity];
		this.bootMillis = bootMillis;
		this.reporter = reporter;
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

	/**
	 * Publishes waiting presses as far as the rate limit allows.
	 *
	 * @param nowMillis monotonic time, in ms
	 */
	public void drain(long nowMillis) {
		while (this.pendingSize > 0 && this.limiter.tryAcquire(nowMillis)) {
			int slot = this.pendingPress[this.pendingHead];
			this.pendingHead = (this.pendingHead + 1) % this.pendingPress.length;
			this.pendingSize--;
			publish(slot, nowMillis);
		}
	}

	/**
	 * @param nowMillis monotonic time, in ms
	 * @return when {@link #drain} has work, or {@link Long#MAX_VALUE}
	 */
	public long nextDeadline(long nowMillis) {
		return this.pendingSize == 0 ? Long.MAX_VALUE : this.limiter.nextTokenAt(nowMillis);
	}

	/** @return presses handed to the engine (sent or queued) since boot */
	public int published() {
		return this.published;
	}

	/** @return presses that could not be kept since boot */
	public int dropped() {
		return this.dropped;
	}

	/**
	 * @param button 0 or 1
	 * @return presses of that button handled since boot
	 */
	public int count(int button) {
		return this.counts[button & 1];
	}

	private void publish(int slot, long nowMillis) {
		int button = slot >> 1;
		boolean longPress = (slot & 1) != 0;
		ButtonAction action = this.actions[slot];
		int count = ++this.counts[button];
		int length = action.template().render(button, longPress, count, nowMillis - this.bootMillis, this.payload);
		if (length < 0) {
			drop("button " + which(button, longPress) + ": payload longer than " + this.payload.length + " bytes");
			return;
		}
		int rc = this.port.publish(action.topicBytes(), this.payload, length, action.qos(), action.retain());
		if (rc == PublishPort.SENT) {
			this.published++;
			return;
		}
		String which = which(button, longPress);
		switch (rc) {
		case PublishPort.QUEUED:
			this.published++;
			this.reporter.log(Log.INFO, "button " + which + ": offline, queued for " + action.topic());
			break;
		case PublishPort.QUEUE_FULL:
			this.dropped++;
			this.reporter.error(BringUpError.QUEUE_FULL, "button " + which + ": offline queue full, press lost");
			break;
		case PublishPort.OFFLINE:
			drop("button " + which + ": offline and QoS 0, press not kept (use QoS 1 to queue)");
			break;
		case PublishPort.TOO_LARGE:
			drop("button " + which + ": message too large for the MQTT buffers");
			break;
		default:
			drop("button " + which + ": refused by the MQTT engine (" + rc + ")");
			break;
		}
	}

	private void drop(String message) {
		this.dropped++;
		this.reporter.error(BringUpError.PRESS_DROPPED, message);
	}

	private static String which(int button, boolean longPress) {
		return NAMES[button & 1] + (longPress ? " long" : " short");
	}

	private static int slot(int button, boolean longPress) {
		return ((button & 1) << 1) | (longPress ? 1 : 0);
	}
}
