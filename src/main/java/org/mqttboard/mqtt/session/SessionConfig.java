/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.codec.ConnectCodec;
import org.mqttboard.mqtt.codec.ConnectOptions;
import org.mqttboard.mqtt.codec.Status;
import org.mqttboard.mqtt.codec.Topics;
import org.mqttboard.mqtt.codec.Utf8;

/**
 * Settings of an {@link MqttSession}, named after the {@code broker.*} keys of the configuration file that fill
 * them. A plain holder: the configuration reader (or a test) writes the fields, the session validates everything
 * once in its constructor ({@link #validate()}) and copies what it keeps, so later changes have no effect.
 * <p>
 * Memory of a session, in bytes (see docs/engine.md): {@code 2 * bufferBytes + inflightSlots * (bufferBytes + 26)
 * + queueBytes + 4 * (DEDUP_IDS + QOS2_IDS) + sum(filter bytes) + 4 * subscriptions}, plus the CONNECT fields.
 * <p>
 * Threading: not thread-safe; fill on one thread before constructing the session.
 */
public final class SessionConfig {

	/** {@link #queueOverflow}: a full offline queue drops its oldest messages to take the new one. */
	public static final int DROP_OLDEST = 0;
	/** {@link #queueOverflow}: a full offline queue refuses the new message ({@link SessionStatus#QUEUE_FULL}). */
	public static final int DROP_NEWEST = 1;

	/** Inbound QoS 1 packet ids remembered to suppress redeliveries. */
	static final int DEDUP_IDS = 16;
	/** Inbound QoS 2 packet ids tracked between PUBREC and PUBREL. */
	static final int QOS2_IDS = 8;
	/**
	 * Drain limit, in receive buffers: a PUBLISH larger than the receive buffer is acknowledged from its head and
	 * its rest read and thrown away up to this many buffers (64 KiB with the default 1 KiB); a larger announcement
	 * (up to 268,435,455 bytes is legal) closes the link at once with {@link SessionStatus#ANNOUNCED_TOO_LARGE}.
	 * Draining costs only time, but while it lasts every byte the broker sends, PINGRESP included, is swallowed.
	 */
	public static final int DRAIN_BUFFERS = 64;
	/** Peer closes this soon after CONNACK, twice in a row, are a probable takeover, in ms. */
	static final int TAKEOVER_WINDOW_MILLIS = 5000;

	/** What every CONNECT says: protocol level, client id, credentials, will, clean session, keep-alive. */
	public final ConnectOptions connect = new ConnectOptions();
	/** {@code broker.mqtt.version=auto}: on 3.1.1, retry with 3.1 after CONNACK 1. */
	public boolean fallbackTo31 = true;
	/** {@code broker.buffer.bytes}: size of each of the receive and transmit buffers. */
	public int bufferBytes = 1024;
	/** {@code broker.connect.timeout.ms}: bound of one transport open (DNS, TCP, TLS), ms. */
	public int connectTimeoutMillis = 10000;
	/** {@code broker.ack.timeout.ms}: wait for CONNACK after the transport opened, and for PINGRESP, ms. */
	public int ackTimeoutMillis = 10000;
	/** {@code broker.subscribe.pipelined}: send the SUBSCRIBEs right after CONNECT (MQTT 3.1.1 section 3.1.4). */
	public boolean subscribePipelined = true;
	/**
	 * Outbound QoS 1/2 publishes awaiting acknowledgement at once, 1..1024. Each slot keeps a copy of its packet
	 * ({@link #bufferBytes} + 26 bytes of RAM), so the firmware keeps the default; a larger window only pays when
	 * many publishes are issued faster than one round trip (the benchmark's throughput rows).
	 */
	public int inflightSlots = 4;
	/** Offline queue size, bytes (0 = no queue); each message takes 19 + topic + payload bytes. */
	public int queueBytes = 2048;
	/** {@code broker.queue.overflow}: {@link #DROP_OLDEST} or {@link #DROP_NEWEST}. */
	public int queueOverflow = DROP_OLDEST;
	/** {@code broker.queue.ttl.seconds}: lifetime of a queued message, s (0 = no expiry). */
	public int queueTtlSeconds;

	/** Subscriptions added by {@link #subscribe}: how many. */
	public int subscriptionCount;
	/** Subscriptions added by {@link #subscribe}: the topic filters (UTF-8), {@link #subscriptionCount} used. */
	public byte[][] filters = new byte[0][];
	/** Subscriptions added by {@link #subscribe}: the requested QoS of each filter. */
	public int[] filterQos = new int[0];

	/**
	 * Adds a subscription; all are sent on every connect (see {@link #subscribePipelined}).
	 *
	 * @param filter topic filter (wildcards allowed)
	 * @param qos maximum QoS 0..2
	 * @return the subscription index reported by {@link SessionListener#onMessage}
	 */
	public int subscribe(String filter, int qos) {
		int n = this.subscriptionCount;
		if (n == this.filters.length) {
			byte[][] f = new byte[n + 4][];
			System.arraycopy(this.filters, 0, f, 0, n);
			this.filters = f;
			int[] q = new int[n + 4];
			System.arraycopy(this.filterQos, 0, q, 0, n);
			this.filterQos = q;
		}
		this.filters[n] = Utf8.encode(filter);
		this.filterQos[n] = qos;
		this.subscriptionCount = n + 1;
		return n;
	}

	/**
	 * Checks every setting.
	 *
	 * @throws IllegalArgumentException naming the setting and the reason
	 */
	public void validate() {
		check(this.bufferBytes >= 16, "bufferBytes", "must be at least 16");
		check(this.inflightSlots >= 1 && this.inflightSlots <= 1024, "inflightSlots", "must be 1..1024");
		check(this.queueBytes >= 0, "queueBytes", "must not be negative");
		check(this.queueOverflow == DROP_OLDEST || this.queueOverflow == DROP_NEWEST, "queueOverflow",
				"unknown policy");
		check(this.queueTtlSeconds >= 0, "queueTtlSeconds", "must not be negative");
		check(this.connectTimeoutMillis > 0, "connectTimeoutMillis", "must be positive");
		check(this.ackTimeoutMillis > 0, "ackTimeoutMillis", "must be positive");
		int size = ConnectCodec.size(this.connect);
		check(size >= 0, "connect", Status.name(size));
		check(size <= this.bufferBytes, "connect", "CONNECT does not fit the transmit buffer");
		for (int i = 0; i < this.subscriptionCount; i++) {
			byte[] f = this.filters[i];
			check(Topics.checkFilter(f, 0, f.length) == Status.OK, "subscription", "invalid topic filter");
			check(this.filterQos[i] >= 0 && this.filterQos[i] <= 2, "subscription.qos", "must be 0..2");
			// SUBSCRIBE = 2 fixed header + up to 3 more length bytes + id + filter length + filter + QoS.
			check(f.length + 10 <= this.bufferBytes, "subscription", "filter does not fit the transmit buffer");
		}
	}

	private static void check(boolean ok, String key, String reason) {
		if (!ok) {
			throw new IllegalArgumentException(key + ": " + reason);
		}
	}
}
