/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import java.io.UnsupportedEncodingException;

import org.mqttboard.mqtt.codec.Status;
import org.mqttboard.mqtt.codec.Topics;

/**
 * Settings of an {@link MqttSession}: buffer sizes, protocol, identity, will, timers, policies and the
 * subscription table. Setters return {@code this}; the session validates everything once in its constructor
 * ({@link #validate()}) and copies what it needs, so a config can be reused or changed afterwards without effect.
 * <p>
 * Memory of a session, in bytes (see docs/engine.md): {@code rxBufferBytes + txBufferBytes
 * + inflightSlots * (txBufferBytes + 26) + queueBytes + 4 * dedupRingSize + 4 * qos2Slots
 * + sum(filter bytes) + 8 * subscriptions}, plus the CONNECT settings (client id, will, credentials).
 * <p>
 * Threading: not thread-safe; configure on one thread before constructing the session.
 */
public final class SessionConfig {

	/** MQTT 3.1.1: protocol name "MQTT", level 4. */
	public static final int PROTOCOL_311 = 4;
	/** MQTT 3.1: protocol name "MQIsdp", level 3 (client id at most 23 bytes). */
	public static final int PROTOCOL_31 = 3;

	/** After a resume without session (sessionPresent=0), unacknowledged QoS 1/2 publishes are sent again with
	 * new packet ids. */
	public static final int RESEND_REPUBLISH_AS_NEW = 0;
	/** After a resume without session, unacknowledged QoS 1/2 publishes are dropped and reported. */
	public static final int RESEND_DROP_AND_REPORT = 1;

	/** A full offline queue rejects the new message ({@link SessionStatus#QUEUE_FULL}). */
	public static final int OVERFLOW_REJECT_NEW = 0;
	/** A full offline queue drops its oldest messages to make room. */
	public static final int OVERFLOW_DROP_OLDEST = 1;

	int rxBufferBytes = 1024;
	int txBufferBytes = 1024;
	int inflightSlots = 4;
	int queueBytes = 2048;
	int dedupRingSize = 16;
	int qos2Slots = 8;
	int maxSubscriptions = 8;
	int protocol = PROTOCOL_311;
	boolean fallbackTo31 = true;
	byte[] clientId = new byte[0];
	byte[] username;
	byte[] password;
	byte[] willTopic;
	byte[] willPayload;
	int willQos;
	boolean willRetain;
	boolean cleanSession = true;
	int keepAliveSeconds = 60;
	int pingTimeoutMillis = 10000;
	int connectTimeoutMillis = 10000;
	int connackTimeoutMillis = 10000;
	int resendPolicy = RESEND_REPUBLISH_AS_NEW;
	int overflowPolicy = OVERFLOW_DROP_OLDEST;
	long queueTtlMillis;
	long takeoverWindowMillis = 5000;
	int subscriptionCount;
	byte[][] filters = new byte[0][];
	int[] filterQos = new int[0];

	/** @param bytes receive buffer size; the largest inbound packet delivered whole (default 1024) */
	public SessionConfig rxBufferBytes(int bytes) {
		this.rxBufferBytes = bytes;
		return this;
	}

	/** @param bytes transmit buffer size; the largest outbound packet (default 1024) */
	public SessionConfig txBufferBytes(int bytes) {
		this.txBufferBytes = bytes;
		return this;
	}

	/** @param slots outbound QoS 1/2 publishes awaiting acknowledgement, 1..65535 (default 4) */
	public SessionConfig inflightSlots(int slots) {
		this.inflightSlots = slots;
		return this;
	}

	/** @param bytes offline queue size in bytes, 0 to disable queueing (default 2048) */
	public SessionConfig queueBytes(int bytes) {
		this.queueBytes = bytes;
		return this;
	}

	/** @param ids inbound QoS 1 packet ids remembered to suppress redeliveries (default 16) */
	public SessionConfig dedupRingSize(int ids) {
		this.dedupRingSize = ids;
		return this;
	}

	/** @param ids inbound QoS 2 packet ids tracked between PUBREC and PUBREL (default 8) */
	public SessionConfig qos2Slots(int ids) {
		this.qos2Slots = ids;
		return this;
	}

	/** @param count capacity of the subscription table (default 8) */
	public SessionConfig maxSubscriptions(int count) {
		this.maxSubscriptions = count;
		return this;
	}

	/**
	 * @param level {@link #PROTOCOL_311} or {@link #PROTOCOL_31}
	 * @param fallback on 3.1.1, retry with 3.1 after CONNACK code 1
	 */
	public SessionConfig protocol(int level, boolean fallback) {
		this.protocol = level;
		this.fallbackTo31 = fallback;
		return this;
	}

	/**
	 * Initial identity; replaceable later with {@link MqttSession#setCredentials}.
	 *
	 * @param clientId client identifier (UTF-8)
	 * @param username user name or null
	 * @param password password bytes or null (copied)
	 */
	public SessionConfig credentials(String clientId, String username, byte[] password) {
		this.clientId = utf8(clientId);
		this.username = username == null ? null : utf8(username);
		this.password = password == null ? null : (byte[]) password.clone();
		return this;
	}

	/**
	 * @param topic will topic, or null for no will
	 * @param payload will payload (copied)
	 * @param qos will QoS 0..2
	 * @param retain will retain flag
	 */
	public SessionConfig will(String topic, byte[] payload, int qos, boolean retain) {
		this.willTopic = topic == null ? null : utf8(topic);
		this.willPayload = payload == null ? new byte[0] : (byte[]) payload.clone();
		this.willQos = qos;
		this.willRetain = retain;
		return this;
	}

	/** @param clean clean session flag (default true) */
	public SessionConfig cleanSession(boolean clean) {
		this.cleanSession = clean;
		return this;
	}

	/** @param seconds keep-alive interval in s, 0 disables (default 60) */
	public SessionConfig keepAliveSeconds(int seconds) {
		this.keepAliveSeconds = seconds;
		return this;
	}

	/** @param millis time to wait for PINGRESP in ms before declaring the link dead (default 10000) */
	public SessionConfig pingTimeoutMillis(int millis) {
		this.pingTimeoutMillis = millis;
		return this;
	}

	/** @param millis bound for {@code Connector.open} (DNS + TCP + TLS) in ms (default 10000) */
	public SessionConfig connectTimeoutMillis(int millis) {
		this.connectTimeoutMillis = millis;
		return this;
	}

	/** @param millis time from transport open to CONNACK in ms (default 10000) */
	public SessionConfig connackTimeoutMillis(int millis) {
		this.connackTimeoutMillis = millis;
		return this;
	}

	/** @param policy {@link #RESEND_REPUBLISH_AS_NEW} (default) or {@link #RESEND_DROP_AND_REPORT} */
	public SessionConfig resendPolicy(int policy) {
		this.resendPolicy = policy;
		return this;
	}

	/**
	 * @param policy {@link #OVERFLOW_DROP_OLDEST} (default) or {@link #OVERFLOW_REJECT_NEW}
	 * @param ttlMillis default time-to-live of a queued message in ms, 0 = no expiry
	 */
	public SessionConfig queuePolicy(int policy, long ttlMillis) {
		this.overflowPolicy = policy;
		this.queueTtlMillis = ttlMillis;
		return this;
	}

	/** @param millis a peer close within this time after CONNACK, twice in a row, is a probable takeover */
	public SessionConfig takeoverWindowMillis(long millis) {
		this.takeoverWindowMillis = millis;
		return this;
	}

	/**
	 * Adds a subscription; all are sent after CONNECT on every connect.
	 *
	 * @param filter topic filter (UTF-8, wildcards allowed)
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
		this.filters[n] = utf8(filter);
		this.filterQos[n] = qos;
		this.subscriptionCount = n + 1;
		return n;
	}

	/**
	 * The sized part of a session's memory, per the formula in the class comment (excluding Java object and
	 * array headers and the few fixed objects, about 1 KiB on a 64-bit JVM).
	 *
	 * @return bytes allocated by {@link MqttSession}'s constructor for these settings
	 */
	public long memoryBytes() {
		long filterBytes = 0;
		for (int i = 0; i < this.subscriptionCount; i++) {
			filterBytes += this.filters[i].length;
		}
		return (long) this.rxBufferBytes + this.txBufferBytes + (long) this.inflightSlots * (this.txBufferBytes + 26)
				+ this.queueBytes + 4L * this.dedupRingSize + 4L * this.qos2Slots + filterBytes
				+ 8L * this.subscriptionCount;
	}

	/**
	 * Checks every setting.
	 *
	 * @throws IllegalArgumentException naming the setting and the reason
	 */
	public void validate() {
		check(this.rxBufferBytes >= 16, "rxBufferBytes", "must be at least 16");
		check(this.txBufferBytes >= 16, "txBufferBytes", "must be at least 16");
		check(this.inflightSlots >= 1 && this.inflightSlots <= 65535, "inflightSlots", "must be 1..65535");
		check(this.queueBytes >= 0, "queueBytes", "must not be negative");
		check(this.dedupRingSize >= 1, "dedupRingSize", "must be at least 1");
		check(this.qos2Slots >= 1, "qos2Slots", "must be at least 1");
		check(this.maxSubscriptions >= this.subscriptionCount, "maxSubscriptions", "fewer than the subscriptions");
		check(this.protocol == PROTOCOL_311 || this.protocol == PROTOCOL_31, "protocol", "must be 3 or 4");
		check(this.willQos >= 0 && this.willQos <= 2, "will.qos", "must be 0..2");
		check(this.willTopic == null || Topics.checkName(this.willTopic, 0, this.willTopic.length) == Status.OK,
				"will.topic", "empty or contains wildcards");
		check(this.keepAliveSeconds >= 0 && this.keepAliveSeconds <= 65535, "keepAliveSeconds", "must be 0..65535");
		check(this.pingTimeoutMillis > 0, "pingTimeoutMillis", "must be positive");
		check(this.connectTimeoutMillis > 0, "connectTimeoutMillis", "must be positive");
		check(this.connackTimeoutMillis > 0, "connackTimeoutMillis", "must be positive");
		check(this.resendPolicy == RESEND_REPUBLISH_AS_NEW || this.resendPolicy == RESEND_DROP_AND_REPORT,
				"resendPolicy", "unknown policy");
		check(this.overflowPolicy == OVERFLOW_REJECT_NEW || this.overflowPolicy == OVERFLOW_DROP_OLDEST,
				"overflowPolicy", "unknown policy");
		check(this.queueTtlMillis >= 0, "queueTtlMillis", "must not be negative");
		for (int i = 0; i < this.subscriptionCount; i++) {
			byte[] f = this.filters[i];
			check(Topics.checkFilter(f, 0, f.length) == Status.OK, "subscription", "invalid topic filter");
			check(this.filterQos[i] >= 0 && this.filterQos[i] <= 2, "subscription.qos", "must be 0..2");
			// SUBSCRIBE = 2 fixed header + up to 3 more length bytes + id + filter length + filter + QoS.
			check(f.length + 10 <= this.txBufferBytes, "subscription", "filter does not fit the transmit buffer");
		}
	}

	private static void check(boolean ok, String key, String reason) {
		if (!ok) {
			throw new IllegalArgumentException(key + ": " + reason);
		}
	}

	static byte[] utf8(String s) {
		try {
			return s.getBytes("UTF-8");
		} catch (UnsupportedEncodingException e) {
			throw new IllegalArgumentException("UTF-8: unsupported"); // every Java platform has UTF-8
		}
	}
}
