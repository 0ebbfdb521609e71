/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.nio.charset.StandardCharsets;

import javax.net.ssl.SSLContext;

import org.mqttboard.mqtt.session.MqttSession;
import org.mqttboard.mqtt.session.SessionConfig;
import org.mqttboard.mqtt.session.SessionEvent;
import org.mqttboard.mqtt.session.SessionListener;
import org.mqttboard.mqtt.session.SessionState;
import org.mqttboard.mqtt.session.SessionStatus;
import org.mqttboard.mqtt.transport.Endpoint;
import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.mqtt.transport.TransportError;
import org.mqttboard.sim.tls.JdkTlsPolicy;

/**
 * Our engine ({@link MqttSession} over the firmware's own {@link SocketConnector}), driven from the calling thread
 * as the firmware main loop drives it: no thread of its own. Host-only.
 */
final class OurClient implements BenchClient {

	/**
	 * In-flight window of the throughput setting ({@link SessionConfig#inflightSlots}): each slot keeps a packet
	 * copy, so the firmware keeps the engine's default of 4; like the peers' windows (Paho 1,000), this is a
	 * throughput setting (docs/benchmarks.md compares it with the default window).
	 */
	static final int INFLIGHT = 32;

	/**
	 * Offline queue of the throughput setting, bytes (publishes issued between two steps fill the 2 KiB transmit
	 * buffer, which is flushed when full; the queue only takes what the link cannot).
	 */
	static final int QUEUE_BYTES = 8192;

	/** Class-path path of the benchmark broker's CA (copied there by {@link BenchBroker}). */
	static final String CA_RESOURCE = "/bench/ca.pem";

	private final boolean defaults;
	/** Status of the first publish that ended without an acknowledgement (0 = none): fails the measurement. */
	private int firstFailure;
	private MqttSession session;
	private SocketConnector connector;
	/** A SUBACK granted the subscription on this connection. */
	private boolean subscribed;
	/** The session reached CONNECTED since its last disconnect (so a close is a loss worth reporting). */
	private boolean wasConnected;
	private String lastTopic;
	private byte[] lastTopicBytes;

	/**
	 * @param defaults true: the engine's default sizes (1 KiB buffers, 4 in-flight slots), as for the
	 *        retained-heap figure; false: 2 KiB buffers, {@link #INFLIGHT} slots and a {@link #QUEUE_BYTES}
	 *        offline queue, for throughput
	 */
	OurClient(boolean defaults) {
		this.defaults = defaults;
	}

	@Override
	public String name() {
		return Report.OURS;
	}

	@Override
	public void connectAndSubscribe(String host, int port, SSLContext tls, String clientId, String topic,
			int keepAliveSeconds, Sink sink) throws Exception {
		SessionConfig config = new SessionConfig();
		if (!this.defaults) {
			config.bufferBytes = 2048;
			config.inflightSlots = INFLIGHT;
			config.queueBytes = QUEUE_BYTES;
		}
		config.connect.clientId = clientId.getBytes(StandardCharsets.UTF_8);
		config.connect.keepAliveSeconds = keepAliveSeconds;
		config.ackTimeoutMillis = 5000;
		config.subscribe(topic, 1);
		Endpoint endpoint = new Endpoint(host, port, tls != null, tls == null ? new String[0]
				: new String[] { CA_RESOURCE }, new String[0], true, null, null);
		this.connector = new SocketConnector(endpoint, new JdkTlsPolicy(), SocketConnector.DEFAULT_POLL_MILLIS,
				SocketConnector.DEFAULT_IDLE_PROBE_MILLIS, null);
		this.session = new MqttSession(config, this.connector, new SessionListener() {
			@Override
			public void onMessage(int subscription, byte[] buf, int topicOff, int topicLen, int payloadOff,
					int payloadLen, int qos, boolean retain) {
				sink.received(buf, payloadOff, payloadLen);
			}

			@Override
			public void onStateChange(int state, int cause) {
				if (state == SessionState.CONNECTED) {
					OurClient.this.wasConnected = true;
				} else if (state == SessionState.DISCONNECTED && OurClient.this.wasConnected
						&& cause != SessionStatus.LOCAL_DISCONNECT) {
					OurClient.this.wasConnected = false;
					sink.lost();
				}
			}

			@Override
			public void onPublishDone(int token, int status) {
				if (status == SessionStatus.OK) {
					sink.acked();
				} else if (OurClient.this.firstFailure == 0) {
					OurClient.this.firstFailure = status;
				}
			}

			@Override
			public void onEvent(int event, int arg) {
				if (event == SessionEvent.SUBSCRIBED) {
					OurClient.this.subscribed = true;
				}
			}
		});
		connectUntilSubscribed();
	}

	@Override
	public void reconnect() throws Exception {
		connectUntilSubscribed();
	}

	/** Connects (CONNECT and SUBSCRIBE pipelined by the engine) and steps until the SUBACK arrived. */
	private void connectUntilSubscribed() {
		this.subscribed = false;
		this.session.connect(now());
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!this.subscribed) {
			if (this.session.state() == SessionState.DISCONNECTED || System.nanoTime() > deadline) {
				throw new IllegalStateException("connect failed: cause " + SessionStatus.name(this.session.lastCause())
						+ ", transport " + TransportError.name(this.connector.lastError()));
			}
			this.session.step(now());
		}
	}

	/**
	 * Encodes into the engine's transmit buffer without a step, as a firmware button handler does: the bytes leave
	 * at the next {@link #poll} (or when the buffer is full), the way Paho's sender thread batches what is queued.
	 */
	@Override
	public void publish(String topic, byte[] payload, int qos) throws Exception {
		enqueue(topic, payload, qos);
	}

	/** One engine step after the whole burst: the engine encodes into its buffer, flushing it whenever it is full. */
	@Override
	public void publishBurst(String topic, byte[] payload, int qos, int count) throws Exception {
		for (int i = 0; i < count; i++) {
			enqueue(topic, payload, qos);
		}
		this.session.step(now());
	}

	private void enqueue(String topic, byte[] payload, int qos) {
		if (topic != this.lastTopic) {
			this.lastTopic = topic;
			this.lastTopicBytes = topic.getBytes(StandardCharsets.UTF_8);
		}
		int token = this.session.publish(this.lastTopicBytes, payload, qos, false, now());
		if (token <= 0 || this.firstFailure != 0) {
			throw new IllegalStateException("publish refused or dropped: " + SessionStatus.name(token <= 0 ? token
					: this.firstFailure));
		}
	}

	@Override
	public void poll(long millis) throws Exception {
		long end = System.nanoTime() + millis * 1_000_000L;
		do {
			while (this.session.step(now()) == MqttSession.STEP_BUSY) {
				// drain everything that is ready
			}
			// Idle: give the core away, as the firmware's main loop sleeps and the peers' threads block in a read.
			// Spinning here took CPU from the broker on a 2-core machine and measured the spin, not the engine.
			Thread.yield();
		} while (millis > 0 && System.nanoTime() - end < 0);
	}

	@Override
	public boolean isConnected() {
		return this.session != null && this.session.state() == SessionState.CONNECTED;
	}

	@Override
	public void close() throws Exception {
		if (this.session != null && this.session.state() != SessionState.DISCONNECTED) {
			this.session.disconnect(now());
		}
	}

	private static long now() {
		return System.nanoTime() / 1_000_000L;
	}
}
