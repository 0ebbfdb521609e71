/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.codec.AckCodec;
import org.mqttboard.mqtt.codec.ConnectCodec;
import org.mqttboard.mqtt.codec.ConnectOptions;

/**
 * Connection sequencing and close bookkeeping of an {@link MqttSession}: what the CONNECT says (protocol level with
 * the 3.1.1 to 3.1 fallback, an identity replaceable between connects without allocation), when the SUBSCRIBEs may
 * go (pipelined right after CONNECT, or after CONNACK), the CONNACK deadline, connect/drop counting, and what a
 * close is reported as: the CONNACK refusal, a probable takeover, or the pipelining fallback.
 * <p>
 * Pipelining fallback: MQTT 3.1.1 section 3.1.4 allows a client to send packets right after CONNECT, but some
 * brokers (seen: Moquette 0.17) close the link when a SUBSCRIBE arrives before they sent CONNACK. A peer close
 * after pipelined SUBSCRIBEs went out and before any CONNACK arrived therefore switches this session, for its
 * whole life, to sending SUBSCRIBEs only after CONNACK; the close is reported as
 * {@link SessionStatus#RETRY_WITHOUT_PIPELINING} and once as {@link SessionEvent#PIPELINE_FALLBACK}.
 * <p>
 * Takeover: a broker closes a connection when another client connects with the same client id [MQTT-3.1.4-2].
 * Two peer closes in a row, each within {@link SessionConfig#TAKEOVER_WINDOW_MILLIS} of its CONNACK, are reported
 * as {@link SessionStatus#PROBABLE_TAKEOVER}; this is the only place that rule lives.
 * <p>
 * Memory: fixed at construction. Threading: owned by the session's caller thread.
 */
final class Handshake {

	/** CONNECT contents; the identity fields are replaced by {@link #setCredentials}. */
	final ConnectOptions connect = new ConnectOptions();
	/** Bound of Connector.open, ms. */
	final int connectTimeoutMillis;
	/** Transport open to CONNACK, ms. */
	private final int connackTimeoutMillis;
	private final boolean fallbackTo31;
	/** Largest CONNECT, bytes (the transmit buffer). */
	private final int maxBytes;
	private final SessionCounters counters;
	private final SessionListener listener;

	/** SUBSCRIBEs go right after CONNECT; false from the config or after the fallback. */
	boolean pipelined;
	/** SUBSCRIBEs were queued on this connection before CONNACK. */
	private boolean subscribedEarly;
	/** {@link Outbound#written} once this connection's CONNECT is out: more means SUBSCRIBE bytes left too. */
	private long connectEnd;
	/** When the transport opened, ms. */
	private long connectAt;
	/** When the last CONNACK was accepted, ms. */
	private long connackAt;
	/** Peer closes within the takeover window after CONNACK, in a row. */
	private int shortCloses;

	/** @param config a validated config (its arrays are shared, not copied: they are not changed here) */
	Handshake(SessionConfig config, SessionCounters counters, SessionListener listener) {
		ConnectOptions from = config.connect;
		ConnectOptions c = this.connect;
		c.protocolLevel = from.protocolLevel;
		c.clientId = from.clientId;
		c.username = from.username;
		c.password = from.password;
		c.cleanSession = from.cleanSession;
		c.keepAliveSeconds = from.keepAliveSeconds;
		c.willTopic = from.willTopic;
		c.willPayload = from.willPayload;
		c.willQos = from.willQos;
		c.willRetain = from.willRetain;
		this.fallbackTo31 = config.fallbackTo31;
		this.maxBytes = config.bufferBytes;
		this.connectTimeoutMillis = config.connectTimeoutMillis;
		this.connackTimeoutMillis = config.ackTimeoutMillis;
		this.pipelined = config.subscribePipelined;
		this.counters = counters;
		this.listener = listener;
	}

	/**
	 * Replaces the identity if the CONNECT stays valid and fits; else keeps the old one.
	 *
	 * @return {@link SessionStatus#OK} or {@link SessionStatus#BAD_ARGUMENT}
	 */
	int setCredentials(byte[] clientId, byte[] username, byte[] password) {
		ConnectOptions c = this.connect;
		byte[] oldId = c.clientId;
		byte[] oldUser = c.username;
		byte[] oldPassword = c.password;
		c.clientId = clientId;
		c.username = username;
		c.password = password;
		int size = ConnectCodec.size(c);
		if (size < 0 || size > this.maxBytes) {
			c.clientId = oldId;
			c.username = oldUser;
			c.password = oldPassword;
			return SessionStatus.BAD_ARGUMENT;
		}
		return SessionStatus.OK;
	}

	/**
	 * Transport open: encodes CONNECT at the start of the empty transmit buffer, arms the CONNACK deadline and the
	 * subscription table.
	 *
	 * @return false when the CONNECT cannot be encoded (only after a fallback to 3.1 with a client id over 23 bytes)
	 */
	boolean start(Outbound tx, SubscriptionTable subscriptions, long nowMillis) {
		int n = ConnectCodec.encode(tx.buf, 0, tx.buf.length, this.connect);
		if (n < 0) {
			return false;
		}
		tx.end = n;
		this.connectAt = nowMillis;
		this.connectEnd = tx.written + n;
		this.subscribedEarly = this.pipelined && subscriptions.count() > 0;
		subscriptions.restart(this.pipelined);
		return true;
	}

	/** Accepted CONNACK: counts it and releases held SUBSCRIBEs. */
	void accepted(SubscriptionTable subscriptions, long nowMillis) {
		this.connackAt = nowMillis;
		this.subscribedEarly = false;
		this.counters.connects++;
		if (this.counters.connects > 1) {
			this.counters.reconnects++;
		}
		if (!this.pipelined) {
			subscriptions.release();
		}
	}

	/**
	 * Refused CONNACK: code 1 on 3.1.1 with the fallback on switches the next CONNECT to 3.1 (and says so).
	 *
	 * @param returnCode CONNACK return code 1..5 (the codec rejects others as malformed)
	 * @return the cause to close with: one {@code REFUSED_*} per return code, or {@link SessionStatus#RETRY_WITH_31}
	 */
	int refused(int returnCode) {
		if (returnCode == AckCodec.REFUSED_PROTOCOL_VERSION && this.fallbackTo31
				&& this.connect.protocolLevel == ConnectOptions.LEVEL_3_1_1) {
			this.connect.protocolLevel = ConnectOptions.LEVEL_3_1;
			this.listener.onEvent(SessionEvent.PROTOCOL_FALLBACK, ConnectOptions.LEVEL_3_1);
			return SessionStatus.RETRY_WITH_31;
		}
		// The REFUSED_* causes follow the return codes 1..5 of MQTT 3.1.1 Table 3.1, one apart.
		return SessionStatus.REFUSED_PROTOCOL + AckCodec.REFUSED_PROTOCOL_VERSION - returnCode;
	}

	/** @return the time at which a missing CONNACK times out, monotonic ms */
	long connackDeadline() {
		return this.connectAt + this.connackTimeoutMillis;
	}

	/**
	 * The link closed: counts a drop and decides what the close is reported as (see the class comment).
	 *
	 * @param prevState the {@link SessionState} before the close
	 * @param cause what the caller saw
	 * @param written {@link Outbound#written} now
	 * @return the cause to report
	 */
	int closed(int prevState, int cause, long written, long nowMillis) {
		boolean early = this.subscribedEarly && written > this.connectEnd;
		this.subscribedEarly = false;
		if (prevState == SessionState.CONNECTED && cause != SessionStatus.LOCAL_DISCONNECT) {
			this.counters.drops++;
		}
		boolean peerClose = cause == SessionStatus.TRANSPORT_CLOSED;
		if (peerClose && prevState == SessionState.CONNECTED
				&& nowMillis - this.connackAt < SessionConfig.TAKEOVER_WINDOW_MILLIS) {
			this.shortCloses++;
			return this.shortCloses >= 2 ? SessionStatus.PROBABLE_TAKEOVER : cause;
		}
		this.shortCloses = 0;
		if (peerClose && early) {
			this.pipelined = false;
			this.counters.pipelineFallbacks++;
			this.listener.onEvent(SessionEvent.PIPELINE_FALLBACK, 0);
			return SessionStatus.RETRY_WITHOUT_PIPELINING;
		}
		return cause;
	}
}
