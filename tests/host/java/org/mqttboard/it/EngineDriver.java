/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.mqttboard.mqtt.session.MqttSession;
import org.mqttboard.mqtt.session.SessionConfig;
import org.mqttboard.mqtt.session.SessionEvent;
import org.mqttboard.mqtt.session.SessionListener;
import org.mqttboard.mqtt.session.SessionState;
import org.mqttboard.mqtt.session.SessionStatus;
import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.mqtt.transport.Transport;

/**
 * HOST-ONLY: the device-bound {@link MqttSession} over the device-bound {@link SocketConnector}, driven the way the
 * firmware main loop drives it (step, sleep 1 ms when idle), recording everything the listener reports. The
 * connector is wrapped so a test can cut the link abruptly (no DISCONNECT), like a Wi-Fi loss.
 */
public final class EngineDriver implements SessionListener {

	/** A delivered application message, copied out of the session's buffer. */
	public static final class Message {
		public final int subscription;
		public final String topic;
		public final byte[] payload;
		public final int qos;
		public final boolean retain;

		Message(int subscription, String topic, byte[] payload, int qos, boolean retain) {
			this.subscription = subscription;
			this.topic = topic;
			this.payload = payload;
			this.qos = qos;
			this.retain = retain;
		}

		@Override
		public String toString() {
			return this.topic + " q" + this.qos + (this.retain ? " retained" : "") + " "
					+ new String(this.payload, StandardCharsets.UTF_8);
		}
	}

	/** Keeps the last transport so {@link EngineDriver#cutLink()} can close it behind the session's back. */
	private static final class CuttableConnector implements Connector {
		private final Connector inner;
		private Transport last;

		CuttableConnector(Connector inner) {
			this.inner = inner;
		}

		@Override
		public Transport open(int timeoutMillis) {
			this.last = this.inner.open(timeoutMillis);
			return this.last;
		}

		@Override
		public int lastError() {
			return this.inner.lastError();
		}
	}

	public final MqttSession session;
	public final List<Message> messages = new ArrayList<>();
	public final List<int[]> states = new ArrayList<>();
	public final List<int[]> events = new ArrayList<>();
	public final Map<Integer, Integer> done = new ConcurrentHashMap<>();
	private final CuttableConnector connector;
	private final int subscriptions;
	/** SUBACKs since the last connect began. */
	private int subacks;

	/**
	 * @param config the settings
	 * @param subscriptions how many subscriptions {@code config} has (SUBACKs to wait for on connect)
	 * @param connector opens the links
	 */
	public EngineDriver(SessionConfig config, int subscriptions, Connector connector) {
		this.subscriptions = subscriptions;
		this.connector = new CuttableConnector(connector);
		this.session = new MqttSession(config, this.connector, this);
	}

	/** @return monotonic ms, as the board's clock gives them */
	public static long now() {
		return System.nanoTime() / 1_000_000L;
	}

	/** Connects and steps until subscribed or disconnected (bounded). @return true when connected and subscribed */
	public boolean connect(long timeoutMillis) {
		int status = this.session.connect(now());
		if (status != SessionStatus.OK) {
			return false;
		}
		runUntil(() -> subscribed() || this.session.state() == SessionState.DISCONNECTED, timeoutMillis);
		return subscribed();
	}

	/**
	 * Steps the session until {@code condition} holds or {@code timeoutMillis} pass.
	 *
	 * @return whether the condition holds
	 */
	public boolean runUntil(BooleanSupplier condition, long timeoutMillis) {
		long deadline = now() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (now() > deadline) {
				return false;
			}
			if (this.session.step(now()) == MqttSession.STEP_IDLE) {
				try {
					Thread.sleep(1);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return true;
	}

	/** @return true when connected and every subscription of the config has its SUBACK on this connection */
	public boolean subscribed() {
		return this.session.state() == SessionState.CONNECTED && this.subacks >= this.subscriptions;
	}

	/** Steps for {@code millis} whatever happens. */
	public void runFor(long millis) {
		runUntil(() -> false, millis);
	}

	/** Publishes a UTF-8 payload. @return the session's token or status */
	public int publish(String topic, String payload, int qos, boolean retain) {
		return this.session.publish(topic.getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8),
				qos, retain, now());
	}

	/** Closes the transport without DISCONNECT, as a lost link would; the session finds out on its next step. */
	public void cutLink() {
		if (this.connector.last != null) {
			this.connector.last.close();
		}
	}

	/** @return messages received on {@code topic} */
	public List<Message> messagesOn(String topic) {
		List<Message> out = new ArrayList<>();
		for (Message m : this.messages) {
			if (m.topic.equals(topic)) {
				out.add(m);
			}
		}
		return out;
	}

	/** @return how many times {@code event} was reported */
	public int eventCount(int event) {
		int n = 0;
		for (int[] e : this.events) {
			if (e[0] == event) {
				n++;
			}
		}
		return n;
	}

	/** @return the causes reported with a change to {@code state}, in order */
	public List<Integer> causesOf(int state) {
		List<Integer> out = new ArrayList<>();
		for (int[] s : this.states) {
			if (s[0] == state) {
				out.add(s[1]);
			}
		}
		return out;
	}

	@Override
	public void onMessage(int subscription, byte[] buf, int topicOff, int topicLen, int payloadOff, int payloadLen,
			int qos, boolean retain) {
		this.messages.add(new Message(subscription, new String(buf, topicOff, topicLen, StandardCharsets.UTF_8),
				Arrays.copyOfRange(buf, payloadOff, payloadOff + payloadLen), qos, retain));
	}

	@Override
	public void onStateChange(int state, int cause) {
		if (state == SessionState.AWAIT_CONNACK) {
			this.subacks = 0;
		}
		this.states.add(new int[] { state, cause });
	}

	@Override
	public void onPublishDone(int token, int status) {
		this.done.put(token, status);
	}

	@Override
	public void onEvent(int event, int arg) {
		if (event == SessionEvent.SUBSCRIBED || event == SessionEvent.SUBSCRIBE_REFUSED) {
			this.subacks++;
		}
		this.events.add(new int[] { event, arg });
	}
}
