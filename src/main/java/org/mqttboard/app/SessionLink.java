/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import org.mqttboard.app.bringup.AppStatus;
import org.mqttboard.app.bringup.BrokerLink;
import org.mqttboard.app.bringup.Reporter;
import org.mqttboard.app.button.PublishPort;
import org.mqttboard.app.config.Credentials;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.display.MessageDisplay;
import org.mqttboard.mqtt.codec.Utf8;
import org.mqttboard.mqtt.session.MqttSession;
import org.mqttboard.mqtt.session.SessionConfig;
import org.mqttboard.mqtt.session.SessionCounters;
import org.mqttboard.mqtt.session.SessionEvent;
import org.mqttboard.mqtt.session.SessionListener;
import org.mqttboard.mqtt.session.SessionState;
import org.mqttboard.mqtt.session.SessionStatus;
import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.platform.Clock;
import org.mqttboard.platform.Log;

/**
 * The firmware's side of the MQTT session: owns the {@link MqttSession} and is everything the session talks to.
 * For the bring-up machine it is the {@link BrokerLink} (refreshes the credentials before every connect, since
 * IoTDA derives them from the time, and reconnects at once when the session adapted itself); for the buttons the
 * {@link PublishPort}; for the session its {@link SessionListener}: messages go to the display, dropped queued
 * presses and events to the reporter, connects and drops to the console with the session counters, and all of it
 * to the optional {@link FirmwareObserver}. Data flows one way: the session calls this object back, this object
 * only calls the session, the display and the reporter.
 * <p>
 * Threading: main loop only.
 */
final class SessionLink implements BrokerLink, PublishPort, SessionListener {

	/**
	 * While a link is open and idle the transport is polled at least this often, in ms (it has no wake-up of its
	 * own). The main loop waits this long only after a session step found nothing to read: while bytes arrive it
	 * steps again at once.
	 */
	static final int POLL_MILLIS = 20;
	/**
	 * Session steps per {@link #step} at most (each reads once and handles every complete packet it buffered), so
	 * the buttons and the display get a turn under a flood; the loop comes back at once when the limit cut it.
	 */
	private static final int STEPS_PER_CALL = 16;

	private final MqttSession session;
	private final Clock clock;
	private final Credentials credentials;
	private final boolean queueEnabled;
	/** Lifetime of a press kept in the offline queue, ms (0 = no expiry). */
	private final long queueTtlMillis;
	private final MessageDisplay messages;
	private final Reporter reporter;
	private final FirmwareObserver observer;
	/** The subscriptions' topic filters (UTF-8), by subscription index: a refusal names its filter. */
	private final byte[][] filters;
	/** Largest PUBLISH the session drains, bytes. */
	private final long drainLimit;
	/** Size the last oversize PUBLISH announced, bytes. */
	private int announced;
	/** Why the link last closed or failed to start. */
	private int cause = SessionStatus.OK;
	/** Time of the step in progress, ms (for listener callbacks). */
	private long now;
	/** The last {@link #step} stopped at {@link #STEPS_PER_CALL} with the session still busy. */
	private boolean busy;

	/**
	 * Builds the session (it calls this object back).
	 *
	 * @param config the validated configuration (session settings, credentials)
	 * @param connector opens the transport on every connect
	 * @param clock for the wall time given to the credential source
	 * @param messages where received messages are shown
	 * @param reporter where errors and log lines go
	 * @param observer receives publishes, messages and display text, or null
	 * @throws IllegalArgumentException when a session setting cannot be applied (names it)
	 */
	SessionLink(FirmwareConfig config, Connector connector, Clock clock, MessageDisplay messages, Reporter reporter,
			FirmwareObserver observer) {
		this.clock = clock;
		this.credentials = config.credentials;
		this.queueEnabled = config.session.queueBytes > 0;
		this.queueTtlMillis = config.session.queueTtlSeconds * 1000L;
		this.messages = messages;
		this.reporter = reporter;
		this.observer = observer;
		this.filters = config.session.filters;
		this.drainLimit = (long) config.session.bufferBytes * SessionConfig.DRAIN_BUFFERS;
		this.session = new MqttSession(config.session, connector, this);
	}

	/** @return the session's counters (the same object for the firmware's life) */
	SessionCounters counters() {
		return this.session.counters();
	}

	@Override
	public boolean connect(long nowMillis) {
		this.now = nowMillis;
		Credentials c = this.credentials.refresh(this.clock.wallMillis());
		if (this.session.setCredentials(c.clientIdBytes(), c.usernameBytes(), c.passwordBytes()) != SessionStatus.OK) {
			this.cause = SessionStatus.BAD_SETTINGS; // the identity does not fit the CONNECT
			return false;
		}
		return this.session.connect(nowMillis) == SessionStatus.OK;
	}

	@Override
	public void step(long nowMillis) {
		this.now = nowMillis;
		this.busy = false;
		for (int i = 0; i < STEPS_PER_CALL; i++) {
			int rc = this.session.step(nowMillis);
			if (this.session.state() == SessionState.DISCONNECTED) {
				if (this.cause == SessionStatus.RETRY_WITH_31 || this.cause == SessionStatus.RETRY_WITHOUT_PIPELINING) {
					// The session adapted (MQTT 3.1, or SUBSCRIBEs after CONNACK): connect again at once.
					connect(nowMillis);
				}
				return;
			}
			if (rc != MqttSession.STEP_BUSY) {
				return;
			}
		}
		this.busy = true;
	}

	@Override
	public long nextDeadline(long nowMillis) {
		long d = this.session.nextDeadline(nowMillis);
		if (this.session.state() == SessionState.DISCONNECTED) {
			return d;
		}
		return this.busy ? nowMillis : Math.min(d, nowMillis + POLL_MILLIS);
	}

	@Override
	public int state() {
		return this.session.state();
	}

	@Override
	public int lastCause() {
		return this.cause;
	}

	@Override
	public String violation() {
		if (this.cause == SessionStatus.ANNOUNCED_TOO_LARGE) {
			return "PUBLISH announced " + this.announced + " bytes, over the drain limit of " + this.drainLimit
					+ " bytes (" + SessionConfig.DRAIN_BUFFERS + " x broker.buffer.bytes)";
		}
		return AppStatus.violation(this.cause);
	}

	@Override
	public int lastTransportError() {
		return this.session.lastTransportError();
	}

	@Override
	public void drop() {
		if (this.session.state() != SessionState.DISCONNECTED) {
			this.session.disconnect(this.now);
		}
	}

	/** Ends the link cleanly with a DISCONNECT, so the broker does not publish the will. */
	void shutdown(long nowMillis) {
		if (this.session.state() != SessionState.DISCONNECTED) {
			this.session.disconnect(nowMillis);
		}
	}

	@Override
	public int publish(byte[] topic, byte[] payload, int length, int qos, boolean retain) {
		boolean online = this.session.state() == SessionState.CONNECTED;
		if (!online && (qos == 0 || !this.queueEnabled)) {
			return AppStatus.OFFLINE;
		}
		int rc = this.session.publish(topic, 0, topic.length, payload, 0, length, qos, retain, this.queueTtlMillis,
				this.now);
		if (rc <= 0) {
			return rc;
		}
		if (this.observer != null) {
			this.observer.onPublished(Utf8.decode(topic, 0, topic.length), payload, length, !online);
		}
		return online ? AppStatus.OK : AppStatus.QUEUED;
	}

	@Override
	public void onMessage(int subscription, byte[] buf, int topicOff, int topicLen, int payloadOff, int payloadLen,
			int qos, boolean retain) {
		FirmwareObserver o = this.observer;
		if (o != null) {
			o.onReceived(buf, topicOff, topicLen, payloadOff, payloadLen);
		}
		if (this.messages.show(subscription, buf, payloadOff, payloadLen, this.now) && o != null) {
			o.onDisplay(this.messages.lastText());
		}
	}

	@Override
	public void onStateChange(int state, int cause) {
		if (state == SessionState.DISCONNECTED) {
			this.cause = cause;
		}
		if (state == SessionState.CONNECTED || state == SessionState.DISCONNECTED) {
			// The status line of the serial console: at most one per connect or drop, never on the hot path.
			this.reporter.log(Log.INFO, "MQTT " + SessionState.name(state) + " " + SessionStatus.name(cause) + " "
					+ this.session.counters());
		}
	}

	@Override
	public void onPublishDone(int token, int status) {
		if (status == SessionStatus.DROPPED_OVERFLOW) {
			// A queued press that will never be delivered: the user must see it.
			this.reporter.error(SessionStatus.QUEUE_FULL, "offline queue full: the oldest queued message was dropped");
		} else if (status != SessionStatus.OK) {
			this.reporter.error(AppStatus.PRESS_DROPPED, "queued message dropped: " + SessionStatus.name(status));
		}
	}

	@Override
	public void onEvent(int event, int arg) {
		if (event == SessionEvent.PIPELINE_FALLBACK) {
			// Once per boot at most: worth a line that tells the user what happened and how to avoid it.
			this.reporter.log(Log.WARN, "MQTT broker closed the link on SUBSCRIBE before CONNACK: subscribing after"
					+ " CONNACK from now on (set broker.subscribe.pipelined=false to skip this)");
			return;
		}
		switch (event) {
		case SessionEvent.SUBSCRIBE_REFUSED:
			// Nothing will arrive on it: an error the user sees on the display, naming the filter, not an index.
			this.reporter.error(AppStatus.SUBSCRIBE_REFUSED, "broker refused the subscription to "
					+ Utf8.decode(this.filters[arg], 0, this.filters[arg].length)
					+ " (SUBACK 0x80): check the topic filter and this user's rights on the broker");
			return;
		case SessionEvent.INFLIGHT_FULL:
			this.reporter.error(SessionStatus.INFLIGHT_FULL, "press queued: the " + arg
					+ " QoS 1/2 messages in flight still await the broker's acknowledgement");
			return;
		case SessionEvent.QOS2_DOWNGRADED:
			this.reporter.log(Log.WARN, "MQTT broker answered a QoS 2 PUBLISH with PUBACK (it has no QoS 2):"
					+ " QoS 2 messages are delivered at least once on this connection");
			return;
		case SessionEvent.OVERSIZE_REFUSED:
			this.announced = arg; // reported with the close cause it precedes
			return;
		default:
			int level = event == SessionEvent.OVERSIZE_DROPPED ? Log.WARN : Log.INFO;
			this.reporter.log(level, "MQTT " + SessionEvent.name(event) + " " + arg);
			return;
		}
	}
}
