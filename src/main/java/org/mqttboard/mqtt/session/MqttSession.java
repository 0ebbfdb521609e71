/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.codec.ConnectCodec;
import org.mqttboard.mqtt.codec.ConnectOptions;
import org.mqttboard.mqtt.codec.DisconnectCodec;
import org.mqttboard.mqtt.codec.PingCodec;
import org.mqttboard.mqtt.codec.PublishCodec;
import org.mqttboard.mqtt.codec.Status;
import org.mqttboard.mqtt.codec.SubscribeCodec;
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

	/** Id of the SUBSCRIBE for subscription 0; subscription i uses {@code SUBSCRIBE_ID_BASE - i}. Publish ids stay
	 * below them, so SUBACKs are matched without a table. */
	private static final int SUBSCRIBE_ID_BASE = 0xFFFF;

	private final Connector connector;
	private final SessionListener listener;
	private final ConnectOptions connect = new ConnectOptions();
	private final boolean fallbackTo31;
	private final long keepAliveMillis;
	private final int pingTimeoutMillis;
	private final int connectTimeoutMillis;
	private final int connackTimeoutMillis;
	private final int resendPolicy;
	private final int overflowPolicy;
	private final long queueTtlMillis;
	private final long takeoverWindowMillis;

	/** Subscription filters (UTF-8), requested QoS and last SUBACK code (-1 = none yet). */
	final byte[][] filters;
	final int[] filterQos;
	final int[] granted;
	/** Highest id a publish may use. */
	private final int maxPublishId;

	final TxBuffer tx;
	final RxBuffer rx;
	final InflightTable inflight;
	final OfflineQueue queue;
	final DedupRing qos1Seen;
	final DedupRing qos2Open;
	final SessionCounters counters = new SessionCounters();
	private final Inbound inbound;

	private Transport transport;
	private int state = SessionState.DISCONNECTED;
	private int lastCause = SessionCause.NONE;
	private int lastTransportError = TransportError.NONE;
	/** Next subscription to send on this connection. */
	private int subscribeCursor;
	private boolean sessionPresent;
	private long connectAt;
	private long connackAt;
	long lastTxAt;
	long lastRxAt;
	/** When the outstanding PINGREQ was queued, -1 when none is outstanding. */
	long pingSentAt = -1;
	/** Peer closes within the takeover window after CONNACK, in a row. */
	private int shortCloses;
	private int nextPacketId = 1;
	private int nextToken = 1;
	/** Listener calls in progress (re-entrancy guard). */
	private int inCallback;

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
		this.listener = listener;
		ConnectOptions c = this.connect;
		c.protocolLevel = config.protocol;
		c.clientId = config.clientId;
		c.username = config.username;
		c.password = config.password;
		c.cleanSession = config.cleanSession;
		c.keepAliveSeconds = config.keepAliveSeconds;
		c.willTopic = config.willTopic;
		c.willPayload = config.willTopic == null ? null : config.willPayload;
		c.willQos = config.willQos;
		c.willRetain = config.willRetain;
		int connectSize = ConnectCodec.size(c);
		if (connectSize < 0 || connectSize > config.txBufferBytes) {
			throw new IllegalArgumentException("connect: " + (connectSize < 0 ? Status.name(connectSize)
					: "CONNECT does not fit the transmit buffer"));
		}
		this.fallbackTo31 = config.fallbackTo31;
		this.keepAliveMillis = config.keepAliveSeconds * 1000L;
		this.pingTimeoutMillis = config.pingTimeoutMillis;
		this.connectTimeoutMillis = config.connectTimeoutMillis;
		this.connackTimeoutMillis = config.connackTimeoutMillis;
		this.resendPolicy = config.resendPolicy;
		this.overflowPolicy = config.overflowPolicy;
		this.queueTtlMillis = config.queueTtlMillis;
		this.takeoverWindowMillis = config.takeoverWindowMillis;
		int n = config.subscriptionCount;
		this.filters = new byte[n][];
		this.filterQos = new int[n];
		this.granted = new int[n];
		for (int i = 0; i < n; i++) {
			this.filters[i] = (byte[]) config.filters[i].clone();
			this.filterQos[i] = config.filterQos[i];
			this.granted[i] = -1;
		}
		this.maxPublishId = SUBSCRIBE_ID_BASE - config.maxSubscriptions;
		this.tx = new TxBuffer(config.txBufferBytes);
		this.rx = new RxBuffer(config.rxBufferBytes);
		this.inflight = new InflightTable(config.inflightSlots, config.txBufferBytes);
		this.queue = new OfflineQueue(config.queueBytes);
		this.qos1Seen = new DedupRing(config.dedupRingSize);
		this.qos2Open = new DedupRing(config.qos2Slots);
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
		if (this.inCallback > 0 || this.state != SessionState.DISCONNECTED) {
			return SessionStatus.ILLEGAL_STATE;
		}
		ConnectOptions c = this.connect;
		byte[] oldId = c.clientId;
		byte[] oldUser = c.username;
		byte[] oldPassword = c.password;
		c.clientId = clientId;
		c.username = username;
		c.password = password;
		int size = ConnectCodec.size(c);
		if (size < 0 || size > this.tx.buf.length) {
			c.clientId = oldId;
			c.username = oldUser;
			c.password = oldPassword;
			return SessionStatus.BAD_ARGUMENT;
		}
		return SessionStatus.OK;
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
		if (this.inCallback > 0 || this.state != SessionState.DISCONNECTED) {
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
		int n = ConnectCodec.encode(this.tx.buf, 0, this.tx.buf.length, this.connect);
		if (n < 0) {
			// Only reachable after a fallback to 3.1 with a client id longer than 23 bytes.
			close(nowMillis, SessionCause.BAD_SETTINGS);
			return SessionStatus.BAD_ARGUMENT;
		}
		this.tx.end = n;
		this.subscribeCursor = 0;
		for (int i = 0; i < this.granted.length; i++) {
			this.granted[i] = -1;
		}
		this.connectAt = nowMillis;
		this.lastTxAt = nowMillis;
		this.lastRxAt = nowMillis;
		this.pingSentAt = -1;
		changeState(SessionState.AWAIT_CONNACK, SessionCause.NONE);
		fillTx(nowMillis);
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
		if (this.inCallback > 0 || this.state == SessionState.DISCONNECTED) {
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
		if (this.state == SessionState.CONNECTED && this.queue.count() == 0
				&& sendPublish(topic, topicOff, topicLen, payload, payloadOff, payloadLen, qos, retain, token)) {
			return token;
		}
		int entry = OfflineQueue.entrySize(topicLen, payloadLen);
		OfflineQueue q = this.queue;
		if (entry > q.capacity()) {
			this.counters.queueOverflows++;
			return SessionStatus.QUEUE_FULL;
		}
		while (q.free() < entry) {
			this.counters.queueOverflows++;
			if (this.overflowPolicy == SessionConfig.OVERFLOW_REJECT_NEW) {
				return SessionStatus.QUEUE_FULL;
			}
			int dropped = q.headToken();
			q.removeHead();
			publishDone(dropped, SessionStatus.DROPPED_OVERFLOW);
		}
		long expiresAt = ttlMillis == 0 ? Long.MAX_VALUE : nowMillis + ttlMillis;
		q.add(expiresAt, qos, retain, token, topic, topicOff, topicLen, payload, payloadOff, payloadLen);
		return token;
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
		if (this.inCallback > 0) {
			return SessionStatus.ILLEGAL_STATE;
		}
		if (this.state == SessionState.DISCONNECTED) {
			expireQueue(nowMillis);
			return STEP_IDLE;
		}
		fillTx(nowMillis);
		int written = this.tx.flush(this.transport);
		if (written < 0) {
			close(nowMillis, SessionCause.TRANSPORT_CLOSED);
			return STEP_BUSY;
		}
		boolean busy = written > 0;
		if (busy) {
			this.lastTxAt = nowMillis;
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
			if (this.pingSentAt >= 0) {
				d = this.pingSentAt + this.pingTimeoutMillis;
			} else if (this.keepAliveMillis > 0) {
				d = Math.min(this.lastTxAt, this.lastRxAt) + this.keepAliveMillis;
			}
			if (this.inflight.nextPending() >= 0 || (this.queue.count() > 0 && canSendQueueHead())) {
				d = nowMillis;
			}
		}
		if (this.transport != null && (this.tx.pending() > 0 || this.subscribeCursor < this.filters.length)) {
			d = nowMillis;
		}
		if (this.queue.count() > 0) {
			d = Math.min(d, this.queue.headExpiresAt());
		}
		return Math.max(d, nowMillis);
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
		return this.connect.protocolLevel;
	}

	/** @return the session-present flag of the last accepted CONNACK */
	public boolean sessionPresent() {
		return this.sessionPresent;
	}

	/** @return true when connected and every subscription has its SUBACK (granted or refused) */
	public boolean subscribed() {
		if (this.state != SessionState.CONNECTED) {
			return false;
		}
		for (int i = 0; i < this.granted.length; i++) {
			if (this.granted[i] < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param subscription index returned by {@link SessionConfig#subscribe}
	 * @return granted QoS 0..2, 0x80 when refused, -1 before its SUBACK on this connection
	 */
	public int grantedQos(int subscription) {
		return this.granted[subscription];
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
		int resend = prepareResend(present);
		changeState(SessionState.CONNECTED, SessionCause.NONE);
		if (resend > 0) {
			event(SessionEvent.RESENT, resend);
		}
	}

	/** Refused CONNACK. */
	void refused(long nowMillis, int returnCode) {
		int cause;
		switch (returnCode) {
		case 1:
			if (this.fallbackTo31 && this.connect.protocolLevel == ConnectOptions.LEVEL_3_1_1) {
				this.connect.protocolLevel = ConnectOptions.LEVEL_3_1;
				event(SessionEvent.PROTOCOL_FALLBACK, ConnectOptions.LEVEL_3_1);
				cause = SessionCause.RETRY_WITH_31;
			} else {
				cause = SessionCause.REFUSED_PROTOCOL;
			}
			break;
		case 2: cause = SessionCause.REFUSED_IDENTIFIER; break;
		case 3: cause = SessionCause.REFUSED_UNAVAILABLE; break;
		case 4: cause = SessionCause.REFUSED_CREDENTIALS; break;
		case 5: cause = SessionCause.REFUSED_NOT_AUTHORIZED; break;
		default: cause = SessionCause.REFUSED_OTHER; break;
		}
		close(nowMillis, cause);
	}

	/** Appends a 4-byte acknowledgement; room is guaranteed by {@link #CONTROL_RESERVE}. */
	void appendAck(int type, int packetId) {
		TxBuffer b = this.tx;
		b.makeRoom(4);
		b.end += org.mqttboard.mqtt.codec.AckCodec.encode(b.buf, b.end, b.buf.length, type, packetId);
	}

	/** Delivers a message to the listener. */
	void deliver(byte[] buf, int topicOff, int topicLen, int payloadOff, int payloadLen, int qos,
			boolean retain) {
		int sub = -1;
		for (int i = 0; i < this.filters.length && sub < 0; i++) {
			byte[] f = this.filters[i];
			if (TopicMatcher.matches(f, 0, f.length, buf, topicOff, topicLen)) {
				sub = i;
			}
		}
		this.counters.received++;
		this.inCallback++;
		try {
			this.listener.onMessage(sub, buf, topicOff, topicLen, payloadOff, payloadLen, qos, retain);
		} finally {
			this.inCallback--;
		}
	}

	/** SUBACK for the SUBSCRIBE with {@code packetId}. */
	void subscribeAcked(int packetId, int code) {
		int i = SUBSCRIBE_ID_BASE - packetId;
		if (i < 0 || i >= this.granted.length) {
			return; // not ours (ids below the base are never used for SUBSCRIBE); tolerated
		}
		this.granted[i] = code;
		event(code == 0x80 ? SessionEvent.SUBSCRIBE_REFUSED : SessionEvent.SUBSCRIBED, i);
	}

	/** Reports a finished publish. */
	void publishDone(int token, int status) {
		this.inCallback++;
		try {
			this.listener.onPublishDone(token, status);
		} finally {
			this.inCallback--;
		}
	}

	/** Reports an event. */
	void event(int event, int arg) {
		this.inCallback++;
		try {
			this.listener.onEvent(event, arg);
		} finally {
			this.inCallback--;
		}
	}

	/**
	 * Closes the transport and enters DISCONNECTED. A peer close shortly after CONNACK twice in a row is reported
	 * as {@link SessionCause#PROBABLE_TAKEOVER}.
	 */
	void close(long nowMillis, int cause) {
		int prev = this.state;
		if (this.transport != null) {
			this.transport.close();
			this.transport = null;
		}
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
		this.pingSentAt = -1;
		this.subscribeCursor = this.filters.length;
		for (int i = 0; i < this.inflight.capacity(); i++) {
			this.inflight.pending[i] = false;
		}
		changeState(SessionState.DISCONNECTED, reported);
	}

	// ---------------------------------------------------------------------------------------------------------

	private void changeState(int newState, int cause) {
		this.state = newState;
		this.lastCause = cause;
		this.inCallback++;
		try {
			this.listener.onStateChange(newState, cause);
		} finally {
			this.inCallback--;
		}
	}

	/**
	 * Marks unacknowledged publishes for sending on the new connection: with a session, as they are (PUBLISH with
	 * DUP=1, or PUBREL) [MQTT-4.4.0-1]; without, per the resend policy.
	 *
	 * @return slots marked for resending with DUP=1 or PUBREL
	 */
	private int prepareResend(boolean present) {
		InflightTable t = this.inflight;
		int resend = 0;
		for (int slot = 0; slot < t.capacity(); slot++) {
			byte s = t.state[slot];
			if (s == InflightTable.FREE) {
				continue;
			}
			int off = slot * t.slotBytes;
			if (present) {
				if (s != InflightTable.AWAIT_PUBCOMP) {
					PublishCodec.setDup(t.store, off);
				}
				t.pending[slot] = true;
				resend++;
			} else if (s == InflightTable.AWAIT_PUBCOMP) {
				// PUBREC received: the broker owned the message before it lost the session.
				t.release(slot);
				publishDone(t.token[slot], SessionStatus.OK);
			} else if (this.resendPolicy == SessionConfig.RESEND_REPUBLISH_AS_NEW) {
				int id = allocatePacketId();
				t.packetId[slot] = id;
				int idAt = off + t.idOffset[slot];
				t.store[idAt] = (byte) (id >> 8);
				t.store[idAt + 1] = (byte) id;
				t.pending[slot] = true;
			} else {
				t.release(slot);
				this.counters.droppedNoSession++;
				publishDone(t.token[slot], SessionStatus.DROPPED_NO_SESSION);
			}
		}
		return resend;
	}

	/** Moves pending subscribes, resends and queued publishes into the transmit buffer while they fit. */
	private void fillTx(long nowMillis) {
		while (this.subscribeCursor < this.filters.length) {
			int i = this.subscribeCursor;
			int size = SubscribeCodec.size(this.filters, i, 1);
			if (this.tx.free() - CONTROL_RESERVE < size) {
				return;
			}
			this.tx.makeRoom(size);
			this.tx.end += SubscribeCodec.encode(this.tx.buf, this.tx.end, this.tx.buf.length,
					SUBSCRIBE_ID_BASE - i, this.filters, this.filterQos, i, 1);
			this.subscribeCursor = i + 1;
		}
		if (this.state != SessionState.CONNECTED) {
			return;
		}
		InflightTable t = this.inflight;
		for (int slot = t.nextPending(); slot >= 0; slot = t.nextPending()) {
			boolean pubrel = t.state[slot] == InflightTable.AWAIT_PUBCOMP;
			int size = pubrel ? 4 : t.length[slot];
			if (this.tx.free() - CONTROL_RESERVE < size) {
				return;
			}
			if (pubrel) {
				appendAck(org.mqttboard.mqtt.codec.PacketType.PUBREL, t.packetId[slot]);
			} else {
				this.tx.makeRoom(size);
				System.arraycopy(t.store, slot * t.slotBytes, this.tx.buf, this.tx.end, size);
				this.tx.end += size;
			}
			t.pending[slot] = false;
			this.counters.resent++;
		}
		OfflineQueue q = this.queue;
		while (q.count() > 0) {
			if (expireHead(nowMillis)) {
				continue;
			}
			int tLen = q.headTopicLength();
			if (!sendPublish(q.bytes(), OfflineQueue.HEADER, tLen, q.bytes(), OfflineQueue.HEADER + tLen,
					q.headPayloadLength(), q.headQos(), q.headRetain(), q.headToken())) {
				return;
			}
			q.removeHead();
		}
	}

	private boolean canSendQueueHead() {
		OfflineQueue q = this.queue;
		int size = PublishCodec.size(q.headTopicLength(), q.headQos(), q.headPayloadLength());
		return this.tx.free() - CONTROL_RESERVE >= size
				&& (q.headQos() == 0 || this.inflight.used() < this.inflight.capacity());
	}

	/** Encodes a PUBLISH into the transmit buffer (and its in-flight slot for QoS 1/2) if both have room. */
	private boolean sendPublish(byte[] topic, int topicOff, int topicLen, byte[] payload, int payloadOff,
			int payloadLen, int qos, boolean retain, int token) {
		int size = PublishCodec.size(topicLen, qos, payloadLen);
		InflightTable t = this.inflight;
		if (this.tx.free() - CONTROL_RESERVE < size || (qos > 0 && t.used() == t.capacity())) {
			return false;
		}
		int id = 0;
		int slot = -1;
		if (qos > 0) {
			id = allocatePacketId();
			slot = t.acquire(qos == 1 ? InflightTable.AWAIT_PUBACK : InflightTable.AWAIT_PUBREC, id, token);
		}
		TxBuffer b = this.tx;
		b.makeRoom(size);
		int off = b.end;
		b.end += PublishCodec.encode(b.buf, off, b.buf.length, topic, topicOff, topicLen, qos, retain, false, id,
				payload, payloadOff, payloadLen);
		if (slot >= 0) {
			System.arraycopy(b.buf, off, t.store, slot * t.slotBytes, size);
			t.length[slot] = size;
			t.idOffset[slot] = size - payloadLen - 2;
		}
		this.counters.published++;
		return true;
	}

	/** @return an id in 1..maxPublishId not used by the in-flight table (the table is smaller than the range) */
	private int allocatePacketId() {
		while (true) {
			int id = this.nextPacketId;
			this.nextPacketId = id >= this.maxPublishId ? 1 : id + 1;
			if (this.inflight.find(id) < 0) {
				return id;
			}
		}
	}

	private void expireQueue(long nowMillis) {
		while (this.queue.count() > 0 && expireHead(nowMillis)) {
			// each iteration removes one entry
		}
	}

	private boolean expireHead(long nowMillis) {
		OfflineQueue q = this.queue;
		if (q.headExpiresAt() > nowMillis) {
			return false;
		}
		int token = q.headToken();
		q.removeHead();
		this.counters.queueExpired++;
		publishDone(token, SessionStatus.EXPIRED);
		return true;
	}

	private void checkTimers(long nowMillis) {
		if (this.state == SessionState.AWAIT_CONNACK) {
			if (nowMillis - this.connectAt >= this.connackTimeoutMillis) {
				close(nowMillis, SessionCause.CONNACK_TIMEOUT);
			}
			return;
		}
		if (this.pingSentAt >= 0) {
			if (nowMillis - this.pingSentAt >= this.pingTimeoutMillis) {
				close(nowMillis, SessionCause.KEEPALIVE_TIMEOUT);
			}
			return;
		}
		// [MQTT-3.1.2-23] ping when nothing was sent; also when nothing was received, to detect a dead link.
		if (this.keepAliveMillis > 0 && (nowMillis - this.lastTxAt >= this.keepAliveMillis
				|| nowMillis - this.lastRxAt >= this.keepAliveMillis)) {
			TxBuffer b = this.tx;
			b.makeRoom(PingCodec.SIZE);
			b.end += PingCodec.encodeRequest(b.buf, b.end, b.buf.length);
			this.pingSentAt = nowMillis;
			this.counters.pings++;
			if (b.flush(this.transport) > 0) {
				this.lastTxAt = nowMillis;
			}
		}
	}
}
