/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.codec.DisconnectCodec;
import org.mqttboard.mqtt.codec.PublishCodec;
import org.mqttboard.mqtt.codec.Status;
import org.mqttboard.mqtt.codec.Topics;
import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.Transport;
import org.mqttboard.mqtt.transport.TransportError;

/**
 * MQTT 3.1 / 3.1.1 client session: a caller-driven state machine without a thread of its own.
 * <p>
 * The caller runs {@link #connect} (which may block in {@link Connector#open} up to the connect timeout), then
 * calls {@link #step} repeatedly, at the latest at {@link #nextDeadline} and whenever the transport may have data.
 * One step flushes pending transmit bytes, makes one read attempt, handles at most one inbound packet, and takes
 * the keep-alive and timeout decisions. {@link #publish} never blocks: it encodes into the transmit buffer, or
 * copies into the offline queue, or returns a status. Reconnecting (and its backoff) is the application's job:
 * after {@link SessionState#DISCONNECTED}, look at {@link #lastCause()} and call {@link #connect} again.
 * <p>
 * Memory: everything is allocated in the constructor, sized from {@link SessionConfig}; once connected,
 * publishing QoS 0/1/2, receiving, acknowledging and pinging allocate nothing.
 * <p>
 * Threading: not thread-safe; owned by one thread (the firmware main loop). Listener methods run inside
 * {@code step}/{@code connect}/{@code disconnect} on that thread.
 */
public final class MqttSession {

	/** {@link #step} result: something moved (bytes, a packet, a state change); call again soon. */
	public static final int STEP_BUSY = 1;
	/** {@link #step} result: nothing to do until {@link #nextDeadline} or new transport data. */
	public static final int STEP_IDLE = 0;

	/**
	 * Transmit bytes kept free by publishes and subscribes so that one acknowledgement (4 bytes) and one PINGREQ
	 * (2 bytes) always fit, even while the transport accepts nothing.
	 */
	static final int CONTROL_RESERVE = 6;

	/** Opens a transport on every connect. */
	private final Connector connector;
	/** Listener calls with the re-entrancy guard. */
	final Notifier notifier;
	/** CONNECT contents, identity and protocol fallback. */
	private final ConnectPacket connect;
	/** Bound of Connector.open, ms. */
	private final int connectTimeoutMillis;
	/** Transport open to CONNACK, ms. */
	private final int connackTimeoutMillis;
	/** Default time-to-live of queued publishes, ms (0 = none). */
	private final long queueTtlMillis;
	/** Peer closes this soon after CONNACK count towards PROBABLE_TAKEOVER, ms. */
	private final long takeoverWindowMillis;

	/** Encoded packets waiting for the transport. */
	final TxBuffer tx;
	/** Received bytes, a packet always at offset 0. */
	final RxBuffer rx;
	/** Outbound QoS 1/2 publishes awaiting acknowledgement. */
	final InflightTable inflight;
	/** Publishes waiting for a connection or for room. */
	final OfflineQueue queue;
	/** Recent inbound QoS 1 ids (DUP suppression). */
	final DedupRing qos1Seen;
	/** Inbound QoS 2 ids between PUBREC and PUBREL (exactly once). */
	final DedupRing qos2Open;
	/** Observability counters. */
	final SessionCounters counters = new SessionCounters();
	/** Subscriptions and their SUBACK results. */
	final SubscriptionTable subscriptions;
	/** Keep-alive timers. */
	final KeepAlive keepAlive;
	/** Transmit side: publish, queue, resend. */
	final Outbound outbound;
	/** Receive side: read, decode, handle. */
	private final Inbound inbound;

	/** The open transport, null while DISCONNECTED. */
	private Transport transport;
	/** Current {@link SessionState}. */
	private int state = SessionState.DISCONNECTED;
	/** {@link SessionCause} of the last state change. */
	private int lastCause = SessionCause.NONE;
	/** {@link TransportError} of the last open. */
	private int lastTransportError = TransportError.NONE;
	/** Session-present flag of the last accepted CONNACK. */
	private boolean sessionPresent;
	/** When the transport opened, ms. */
	private long connectAt;
	/** When the last CONNACK was accepted, ms. */
	private long connackAt;
	/** Peer closes within the takeover window after CONNACK, in a row. */
	private int shortCloses;
	/** Next publish token. */
	int nextToken = 1;

	/**
	 * @param config settings; validated and copied (later changes have no effect)
	 * @param connector opens the transport on every {@link #connect}; owned by the caller
	 * @param listener receives messages, state changes and events; not null
	 * @throws IllegalArgumentException naming the invalid setting
	 */
	public MqttSession(SessionConfig config, Connector connector, SessionListener listener) {
		if (connector == null || listener == null) {
			throw new IllegalArgumentException("connector/listener: must not be null");
		}
		config.validate();
		this.connector = connector;
		this.notifier = new Notifier(listener);
		this.connect = new ConnectPacket(config);
		this.keepAlive = new KeepAlive(config.keepAliveSeconds * 1000L, config.pingTimeoutMillis);
		this.connectTimeoutMillis = config.connectTimeoutMillis;
		this.connackTimeoutMillis = config.connackTimeoutMillis;
		this.queueTtlMillis = config.queueTtlMillis;
		this.takeoverWindowMillis = config.takeoverWindowMillis;
		this.subscriptions = new SubscriptionTable(config);
		this.tx = new TxBuffer(config.txBufferBytes);
		this.rx = new RxBuffer(config.rxBufferBytes);
		this.inflight = new InflightTable(config.inflightSlots, config.txBufferBytes);
		this.queue = new OfflineQueue(config.queueBytes);
		this.qos1Seen = new DedupRing(config.dedupRingSize);
		this.qos2Open = new DedupRing(config.qos2Slots);
		this.outbound = new Outbound(this, config);
		this.inbound = new Inbound(this);
	}

	/**
	 * Replaces the identity used by the next {@link #connect} (Huawei IoTDA derives a new client id and password
	 * per connection). The arrays are referenced, not copied: the caller must not change them until the next
	 * {@code connect} has returned. Allowed only while {@link SessionState#DISCONNECTED}.
	 *
	 * @param clientId client identifier (UTF-8)
	 * @param username user name (UTF-8) or null
	 * @param password password or null (only with a user name)
	 * @return {@link SessionStatus#OK}, {@link SessionStatus#ILLEGAL_STATE}, or {@link SessionStatus#BAD_ARGUMENT}
	 *         when the CONNECT would be invalid or not fit the transmit buffer (the old identity stays)
	 */
	public int setCredentials(byte[] clientId, byte[] username, byte[] password) {
		if (this.notifier.busy() || this.state != SessionState.DISCONNECTED) {
			return SessionStatus.ILLEGAL_STATE;
		}
		return this.connect.setCredentials(clientId, username, password);
	}

	/**
	 * Opens the transport (blocking up to the connect timeout), then queues CONNECT and every SUBSCRIBE back to
	 * back without waiting for CONNACK (MQTT 3.1.1 section 3.1.4 note) and makes a first write attempt.
	 *
	 * @param nowMillis current monotonic time in ms
	 * @return {@link SessionStatus#OK} (now {@link SessionState#AWAIT_CONNACK}),
	 *         {@link SessionStatus#TRANSPORT_FAILED} (see {@link #lastTransportError()}),
	 *         {@link SessionStatus#BAD_ARGUMENT} when the CONNECT cannot be encoded, or
	 *         {@link SessionStatus#ILLEGAL_STATE} when not disconnected or called from a listener
	 */
	public int connect(long nowMillis) {
		if (this.notifier.busy() || this.state != SessionState.DISCONNECTED) {
			return SessionStatus.ILLEGAL_STATE;
		}
		changeState(SessionState.CONNECTING, SessionCause.NONE);
		Transport t = this.connector.open(this.connectTimeoutMillis);
		if (t == null) {
			this.lastTransportError = this.connector.lastError();
			changeState(SessionState.DISCONNECTED, SessionCause.TRANSPORT_OPEN_FAILED);
			return SessionStatus.TRANSPORT_FAILED;
		}
		this.lastTransportError = TransportError.NONE;
		this.transport = t;
		this.tx.clear();
		this.rx.clear();
		if (!this.connect.encode(this.tx)) {
			close(nowMillis, SessionCause.BAD_SETTINGS);
			return SessionStatus.BAD_ARGUMENT;
		}
		this.subscriptions.restart();
		this.connectAt = nowMillis;
		this.keepAlive.reset(nowMillis);
		changeState(SessionState.AWAIT_CONNACK, SessionCause.NONE);
		this.subscriptions.fill(this.tx, CONTROL_RESERVE);
		if (this.tx.flush(t) < 0) {
			close(nowMillis, SessionCause.TRANSPORT_CLOSED);
			return SessionStatus.TRANSPORT_FAILED;
		}
		return SessionStatus.OK;
	}

	/**
	 * Sends DISCONNECT if possible (one write attempt) and closes the transport. The will is not published
	 * [MQTT-3.14.4-3]. Unacknowledged publishes and the offline queue are kept for the next connect.
	 *
	 * @param nowMillis current monotonic time in ms
	 * @return {@link SessionStatus#OK} or {@link SessionStatus#ILLEGAL_STATE} (already disconnected, or called
	 *         from a listener)
	 */
	public int disconnect(long nowMillis) {
		if (this.notifier.busy() || this.state == SessionState.DISCONNECTED) {
			return SessionStatus.ILLEGAL_STATE;
		}
		TxBuffer b = this.tx;
		if (b.free() >= DisconnectCodec.SIZE) {
			b.makeRoom(DisconnectCodec.SIZE);
			b.end += DisconnectCodec.encode(b.buf, b.end, b.buf.length);
			b.flush(this.transport);
		}
		close(nowMillis, SessionCause.LOCAL_DISCONNECT);
		return SessionStatus.OK;
	}

	/**
	 * Publishes with the configured default time-to-live. See {@link #publish(byte[], int, int, byte[], int, int,
	 * int, boolean, long, long)}.
	 */
	public int publish(byte[] topic, byte[] payload, int qos, boolean retain, long nowMillis) {
		return publish(topic, 0, topic.length, payload, 0, payload.length, qos, retain, this.queueTtlMillis,
				nowMillis);
	}

	/**
	 * Publishes a message without blocking: encodes it into the transmit buffer when connected and there is room
	 * (and, for QoS 1/2, a free in-flight slot), else copies it into the offline queue. The arrays are not kept.
	 *
	 * @param topic array holding the UTF-8 topic name (no wildcards)
	 * @param topicOff topic offset
	 * @param topicLen topic length in bytes
	 * @param payload array holding the payload
	 * @param payloadOff payload offset
	 * @param payloadLen payload length in bytes
	 * @param qos 0..2
	 * @param retain retain flag
	 * @param ttlMillis time-to-live in the offline queue in ms, 0 = no expiry
	 * @param nowMillis current monotonic time in ms
	 * @return a token &gt; 0 (reported again by {@link SessionListener#onPublishDone} for QoS 1/2 outcomes and
	 *         queue drops), or {@link SessionStatus#BAD_ARGUMENT}, {@link SessionStatus#TOO_LARGE},
	 *         {@link SessionStatus#QUEUE_FULL}
	 */
	public int publish(byte[] topic, int topicOff, int topicLen, byte[] payload, int payloadOff, int payloadLen,
			int qos, boolean retain, long ttlMillis, long nowMillis) {
		if (qos < 0 || qos > 2 || Topics.checkName(topic, topicOff, topicLen) != Status.OK || payloadLen < 0
				|| payloadOff < 0 || payloadOff + payloadLen > payload.length || ttlMillis < 0) {
			return SessionStatus.BAD_ARGUMENT;
		}
		int size = PublishCodec.size(topicLen, qos, payloadLen);
		if (size < 0 || size > this.tx.buf.length - CONTROL_RESERVE) {
			return SessionStatus.TOO_LARGE;
		}
		int token = this.nextToken;
		this.nextToken = token == Integer.MAX_VALUE ? 1 : token + 1;
		// Straight to the transmit buffer only when nothing older waits (queue, resends): order is kept.
		if (this.state == SessionState.CONNECTED && this.queue.count() == 0 && this.inflight.nextPending() < 0
				&& this.outbound.send(topic, topicOff, topicLen, payload, payloadOff, payloadLen, qos, retain,
						token)) {
			return token;
		}
		long expiresAt = ttlMillis == 0 ? Long.MAX_VALUE : nowMillis + ttlMillis;
		return this.outbound.enqueue(topic, topicOff, topicLen, payload, payloadOff, payloadLen, qos, retain,
				expiresAt, token);
	}

	/**
	 * Does one bounded step: queued publishes and resends into the transmit buffer, one write attempt, one read
	 * attempt, at most one inbound packet, then keep-alive and timeout decisions. Never blocks longer than the
	 * transport's poll interval and never throws on bad input: a malformed packet closes the connection with
	 * {@link SessionCause#MALFORMED}.
	 *
	 * @param nowMillis current monotonic time in ms (jumps are fine; going backwards counts as no time passing)
	 * @return {@link #STEP_BUSY}, {@link #STEP_IDLE}, or {@link SessionStatus#ILLEGAL_STATE} from a listener
	 */
	public int step(long nowMillis) {
		if (this.notifier.busy()) {
			return SessionStatus.ILLEGAL_STATE;
		}
		if (this.state == SessionState.DISCONNECTED) {
			this.outbound.expireQueue(nowMillis);
			return STEP_IDLE;
		}
		this.subscriptions.fill(this.tx, CONTROL_RESERVE);
		if (this.state == SessionState.CONNECTED) {
			this.outbound.fill(nowMillis);
		}
		int written = this.tx.flush(this.transport);
		if (written < 0) {
			close(nowMillis, SessionCause.TRANSPORT_CLOSED);
			return STEP_BUSY;
		}
		boolean busy = written > 0;
		if (busy) {
			this.keepAlive.sent(nowMillis);
		}
		if (this.tx.free() >= CONTROL_RESERVE) {
			// Inbound packets are handled only when their acknowledgement fits: backpressure, not loss.
			busy |= this.inbound.receive(this.transport, nowMillis);
		}
		if (this.state != SessionState.DISCONNECTED) {
			checkTimers(nowMillis);
		}
		return busy || this.state == SessionState.DISCONNECTED ? STEP_BUSY : STEP_IDLE;
	}

	/**
	 * @param nowMillis current monotonic time in ms
	 * @return the latest time (monotonic ms) at which {@link #step} must run again; {@code nowMillis} when work
	 *         is pending; {@link Long#MAX_VALUE} when nothing is scheduled
	 */
	public long nextDeadline(long nowMillis) {
		long d = Long.MAX_VALUE;
		if (this.state == SessionState.AWAIT_CONNACK) {
			d = this.connectAt + this.connackTimeoutMillis;
		} else if (this.state == SessionState.CONNECTED) {
			d = this.keepAlive.deadline();
			if (this.outbound.ready()) {
				d = nowMillis;
			}
		}
		if (this.tx.pending() > 0 || this.subscriptions.sendPending()) {
			d = nowMillis;
		}
		return Math.max(Math.min(d, this.outbound.nextExpiry()), nowMillis);
	}

	/** @return the current {@link SessionState} */
	public int state() {
		return this.state;
	}

	/** @return the {@link SessionCause} of the last state change */
	public int lastCause() {
		return this.lastCause;
	}

	/** @return the {@link TransportError} of the last failed {@link Connector#open}, NONE after a success */
	public int lastTransportError() {
		return this.lastTransportError;
	}

	/** @return the live counters (same object every time) */
	public SessionCounters counters() {
		return this.counters;
	}

	/** @return the protocol level the next CONNECT uses (4 = 3.1.1, 3 = 3.1; may change by fallback) */
	public int protocolLevel() {
		return this.connect.protocolLevel();
	}

	/** @return the session-present flag of the last accepted CONNACK */
	public boolean sessionPresent() {
		return this.sessionPresent;
	}

	/** @return true when connected and every subscription has its SUBACK (granted or refused) */
	public boolean subscribed() {
		return this.state == SessionState.CONNECTED && this.subscriptions.allAcked();
	}

	/**
	 * @param subscription index returned by {@link SessionConfig#subscribe}
	 * @return granted QoS 0..2, 0x80 when refused, -1 before its SUBACK on this connection
	 */
	public int grantedQos(int subscription) {
		return this.subscriptions.granted(subscription);
	}

	/** @return outbound QoS 1/2 publishes awaiting acknowledgement */
	public int inflightCount() {
		return this.inflight.used();
	}

	/** @return capacity of the in-flight table */
	public int inflightCapacity() {
		return this.inflight.capacity();
	}

	/** @return publishes waiting in the offline queue */
	public int queuedCount() {
		return this.queue.count();
	}

	/** @return bytes used in the offline queue */
	public int queuedBytes() {
		return this.queue.usedBytes();
	}

	/** @return bytes received but not yet handled */
	public int rxBuffered() {
		return this.rx.length;
	}

	/** @return encoded bytes not yet accepted by the transport */
	public int txPending() {
		return this.tx.pending();
	}

	// ---------------------------------------------------------------------------------------------------------
	// Package-private: used by Inbound.

	/** Accepted CONNACK. */
	void connected(long nowMillis, boolean present) {
		this.connackAt = nowMillis;
		this.sessionPresent = present;
		this.counters.connects++;
		if (this.counters.connects > 1) {
			this.counters.reconnects++;
		}
		if (!present) {
			// Without a session the broker will not redeliver: stale ids would suppress new messages.
			this.qos1Seen.clear();
			this.qos2Open.clear();
		}
		int resend = this.outbound.prepareResend(present);
		changeState(SessionState.CONNECTED, SessionCause.NONE);
		if (resend > 0) {
			this.notifier.event(SessionEvent.RESENT, resend);
		}
	}

	/** Refused CONNACK. */
	void refused(long nowMillis, int returnCode) {
		int cause = this.connect.refusal(returnCode);
		if (cause == SessionCause.RETRY_WITH_31) {
			this.notifier.event(SessionEvent.PROTOCOL_FALLBACK, SessionConfig.PROTOCOL_31);
		}
		close(nowMillis, cause);
	}

	/**
	 * Closes the transport and enters DISCONNECTED. A peer close shortly after CONNACK twice in a row is reported
	 * as {@link SessionCause#PROBABLE_TAKEOVER}.
	 */
	void close(long nowMillis, int cause) {
		int prev = this.state;
		this.transport.close(); // every caller holds an open transport
		this.transport = null;
		int reported = cause;
		if (cause == SessionCause.TRANSPORT_CLOSED && prev == SessionState.CONNECTED
				&& nowMillis - this.connackAt < this.takeoverWindowMillis) {
			this.shortCloses++;
			if (this.shortCloses >= 2) {
				reported = SessionCause.PROBABLE_TAKEOVER;
			}
		} else {
			this.shortCloses = 0;
		}
		if (prev == SessionState.CONNECTED && cause != SessionCause.LOCAL_DISCONNECT) {
			this.counters.drops++;
		}
		this.tx.clear();
		this.rx.clear();
		this.subscriptions.stop();
		for (int i = 0; i < this.inflight.capacity(); i++) {
			this.inflight.pending[i] = false;
		}
		changeState(SessionState.DISCONNECTED, reported);
	}

	// ---------------------------------------------------------------------------------------------------------

	private void changeState(int newState, int cause) {
		this.state = newState;
		this.lastCause = cause;
		this.notifier.stateChanged(newState, cause);
	}

	private void checkTimers(long nowMillis) {
		if (this.state == SessionState.AWAIT_CONNACK) {
			if (nowMillis - this.connectAt >= this.connackTimeoutMillis) {
				close(nowMillis, SessionCause.CONNACK_TIMEOUT);
			}
		} else if (this.keepAlive.timedOut(nowMillis)) {
			close(nowMillis, SessionCause.KEEPALIVE_TIMEOUT);
		} else if (this.keepAlive.pingDue(nowMillis)) {
			this.outbound.appendPing();
			this.keepAlive.pingSent(nowMillis);
			this.counters.pings++;
			if (this.tx.flush(this.transport) > 0) {
				this.keepAlive.sent(nowMillis);
			}
		}
	}
}
