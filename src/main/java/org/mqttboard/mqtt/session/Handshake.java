/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

/**
 * Connection sequencing and close bookkeeping of an {@link MqttSession}: the CONNECT contents, when the
 * SUBSCRIBEs may go (pipelined right after CONNECT, or after CONNACK), the CONNACK deadline, connect/drop
 * counting, and what a close is reported as (probable takeover, pipelining fallback).
 * <p>
 * Pipelining fallback: MQTT 3.1.1 section 3.1.4 allows a client to send packets right after CONNECT, but some
 * brokers (seen: Moquette 0.17) close the link when a SUBSCRIBE arrives before they sent CONNACK. A peer close
 * after pipelined SUBSCRIBEs went out and before any CONNACK arrived therefore switches this session, for its
 * whole life, to sending SUBSCRIBEs only after CONNACK; the close is reported as
 * {@link SessionCause#RETRY_WITHOUT_PIPELINING} and once as {@link SessionEvent#PIPELINE_FALLBACK}.
 * <p>
 * Memory: fixed at construction (the {@link ConnectPacket}). Threading: owned by the session's caller thread.
 */
final class Handshake {

	/** CONNECT contents, identity and protocol fallback. */
	final ConnectPacket connect;
	/** Bound of Connector.open, ms. */
	final int connectTimeoutMillis;
	/** Transport open to CONNACK, ms. */
	private final int connackTimeoutMillis;
	/** Peer closes this soon after CONNACK count towards PROBABLE_TAKEOVER, ms. */
	private final long takeoverWindowMillis;
	private final SessionCounters counters;
	private final Notifier notifier;

	/** SUBSCRIBEs go right after CONNECT; false from the config or after the fallback. */
	private boolean pipelined;
	/** SUBSCRIBEs were queued on this connection before CONNACK. */
	private boolean subscribedEarly;
	/** {@link TxBuffer#written} once this connection's CONNECT is out: more means SUBSCRIBE bytes left too. */
	private long connectEnd;
	/** Session-present flag of the last accepted CONNACK. */
	boolean sessionPresent;
	/** When the transport opened, ms. */
	private long connectAt;
	/** When the last CONNACK was accepted, ms. */
	private long connackAt;
	/** Peer closes within the takeover window after CONNACK, in a row. */
	private int shortCloses;

	/** @param config a validated config */
	Handshake(SessionConfig config, SessionCounters counters, Notifier notifier) {
		this.connect = new ConnectPacket(config);
		this.connectTimeoutMillis = config.connectTimeoutMillis;
		this.connackTimeoutMillis = config.connackTimeoutMillis;
		this.takeoverWindowMillis = config.takeoverWindowMillis;
		this.pipelined = config.pipelineSubscribes;
		this.counters = counters;
		this.notifier = notifier;
	}

	/**
	 * Transport open: encodes CONNECT, arms the CONNACK deadline and the subscription table.
	 *
	 * @return false when the CONNECT cannot be encoded
	 */
	boolean start(TxBuffer tx, SubscriptionTable subscriptions, long nowMillis) {
		if (!this.connect.encode(tx)) {
			return false;
		}
		this.connectAt = nowMillis;
		this.connectEnd = tx.written + tx.pending();
		this.subscribedEarly = this.pipelined && subscriptions.count() > 0;
		subscriptions.restart(this.pipelined);
		return true;
	}

	/** Accepted CONNACK: counts it and releases held SUBSCRIBEs. */
	void accepted(SubscriptionTable subscriptions, boolean present, long nowMillis) {
		this.connackAt = nowMillis;
		this.sessionPresent = present;
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
	 * Refused CONNACK: classifies the code; announces the fallback to MQTT 3.1 when it happens.
	 *
	 * @return the {@link SessionCause} to close with
	 */
	int refused(int returnCode) {
		int cause = this.connect.refusal(returnCode);
		if (cause == SessionCause.RETRY_WITH_31) {
			this.notifier.event(SessionEvent.PROTOCOL_FALLBACK, SessionConfig.PROTOCOL_31);
		}
		return cause;
	}

	/** @return the time at which a missing CONNACK times out, monotonic ms */
	long connackDeadline() {
		return this.connectAt + this.connackTimeoutMillis;
	}

	/** @return true when SUBSCRIBEs are sent before CONNACK */
	boolean pipelined() {
		return this.pipelined;
	}

	/**
	 * The link closed: counts a drop and decides what the close is reported as. A peer close shortly after
	 * CONNACK twice in a row is {@link SessionCause#PROBABLE_TAKEOVER}; a peer close after pipelined SUBSCRIBEs
	 * and before CONNACK is {@link SessionCause#RETRY_WITHOUT_PIPELINING} (the first time only).
	 *
	 * @param prevState the {@link SessionState} before the close
	 * @param cause what the caller saw
	 * @param written {@link TxBuffer#written} now
	 * @return the {@link SessionCause} to report
	 */
	int closed(int prevState, int cause, long written, long nowMillis) {
		boolean early = this.subscribedEarly && written > this.connectEnd;
		this.subscribedEarly = false;
		if (prevState == SessionState.CONNECTED && cause != SessionCause.LOCAL_DISCONNECT) {
			this.counters.drops++;
		}
		boolean peerClose = cause == SessionCause.TRANSPORT_CLOSED;
		if (peerClose && prevState == SessionState.CONNECTED
				&& nowMillis - this.connackAt < this.takeoverWindowMillis) {
			this.shortCloses++;
			return this.shortCloses >= 2 ? SessionCause.PROBABLE_TAKEOVER : cause;
		}
		this.shortCloses = 0;
		if (peerClose && early) {
			this.pipelined = false;
			this.counters.pipelineFallbacks++;
			this.notifier.event(SessionEvent.PIPELINE_FALLBACK, 0);
			return SessionCause.RETRY_WITHOUT_PIPELINING;
		}
		return cause;
	}
}
