/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.Transport;
import org.mqttboard.mqtt.transport.TransportError;

/**
 * MQTT 3.1 / 3.1.1 client session: a caller-driven state machine without a thread of its own.
 * <p>
 * The caller runs {@link #connect} (which may block in {@link Connector#open} up to the connect timeout), then
 * calls {@link #step} repeatedly, at the latest at {@link #nextDeadline} and whenever the transport may have data.
 * One step moves queued publishes into the transmit buffer and flushes it (one write for everything encoded since
 * the last step), makes one read attempt, handles every complete inbound packet already buffered, flushes the
 * acknowledgements they queued in one more write, and takes the keep-alive and timeout decisions.
 * {@link #publish} encodes into the transmit buffer (flushing it first when it is full), or copies into the
 * offline queue, or returns a status. Reconnecting (and its backoff) is the application's job:
 * after {@link SessionState#DISCONNECTED}, look at {@link #lastCause()} and call {@link #connect} again.
 * Every status, outcome and cause is a {@link SessionStatus}.
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

	/** Opens a transport on every connect. */
	private final Connector connector;
	/** Receives messages, state changes and events; called only from inside the public calls below. */
	private final SessionListener listener;
	/**
	 * Public calls in progress ({@link #step}, {@link #connect}, {@link #disconnect}, {@link #publish}): every listener
	 * call happens inside one, so a count above 0 at the start of {@code step}, {@code connect} or {@code disconnect}
	 * means a listener is calling back, which they refuse. {@code publish} nests (a listener may publish).
	 */
	private int depth;
	/** CONNECT, subscribe sequencing, CONNACK deadline, close causes. */
	final Handshake handshake;
	/** Default time-to-live of queued publishes, ms (0 = none). */
	private final long queueTtlMillis;

	/** Outbound QoS 1/2 publishes awaiting acknowledgement. */
	final InflightTable inflight;
	/** Publishes waiting for a connection or for room. */
	final OfflineQueue queue;
	final SessionCounters counters = new SessionCounters();
	/** Subscriptions and their SUBACK results. */
	final SubscriptionTable subscriptions;
	/** Transmit side: the transmit buffer, publish, queue, resend. */
	final Outbound outbound;
	/** Receive side: read, decode, handle. */
	final Inbound inbound;

	/** The open transport, null while DISCONNECTED. */
	private Transport transport;
	private int state = SessionState.DISCONNECTED;
	/** Cause of the last state change. */
	private int lastCause = SessionStatus.OK;
	private int lastTransportError = TransportError.NONE;

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
		this.handshake = new Handshake(config, this.counters, listener);
		this.queueTtlMillis = config.queueTtlSeconds * 1000L;
		this.subscriptions = new SubscriptionTable(config);
		this.inflight = new InflightTable(config.inflightSlots, config.bufferBytes,
				SubscriptionTable.ID_BASE - config.subscriptionCount);
		this.queue = new OfflineQueue(config.queueBytes);
		this.outbound = new Outbound(config, this.inflight, this.queue, this.counters, listener);
		this.inbound = new Inbound(config.bufferBytes, this.handshake, this.subscriptions,
				this.counters, listener, this.outbound, this.inflight);
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
		if (this.depth > 0 || this.state != SessionState.DISCONNECTED) {
			return SessionStatus.ILLEGAL_STATE;
		}
		return this.handshake.setCredentials(clientId, username, password);
	}

	/**
	 * Opens the transport (blocking up to the connect timeout), then queues CONNECT and every SUBSCRIBE back to
	 * back without waiting for CONNACK (MQTT 3.1.1 section 3.1.4 note; after CONNACK when pipelining is off or
	 * fell back, see {@link SessionConfig#subscribePipelined}) and makes a first write attempt.
	 *
	 * @return {@link SessionStatus#OK} (now {@link SessionState#AWAIT_CONNACK}),
	 *         {@link SessionStatus#ILLEGAL_STATE} when not disconnected or called from a listener, else the cause
	 *         the session closed with: {@link SessionStatus#TRANSPORT_OPEN_FAILED} (see
	 *         {@link #lastTransportError()}), {@link SessionStatus#TRANSPORT_CLOSED} or
	 *         {@link SessionStatus#BAD_SETTINGS} (the CONNECT cannot be encoded)
	 */
	public int connect(long nowMillis) {
		if (this.depth > 0 || this.state != SessionState.DISCONNECTED) {
			return SessionStatus.ILLEGAL_STATE;
		}
		this.depth++;
		try {
			changeState(SessionState.CONNECTING, SessionStatus.OK);
			Transport t = this.connector.open(this.handshake.connectTimeoutMillis);
			int result = SessionStatus.OK;
			if (t == null) {
				this.lastTransportError = this.connector.lastError();
				result = SessionStatus.TRANSPORT_OPEN_FAILED;
				changeState(SessionState.DISCONNECTED, result);
			} else {
				this.lastTransportError = TransportError.NONE;
				this.transport = t;
				this.outbound.clear();
				this.inbound.clear();
				if (!this.handshake.start(this.outbound, this.subscriptions, nowMillis)) {
					result = SessionStatus.BAD_SETTINGS;
				} else {
					this.outbound.startKeepAlive(nowMillis);
					changeState(SessionState.AWAIT_CONNACK, SessionStatus.OK);
					this.subscriptions.fill(this.outbound, Outbound.CONTROL_RESERVE);
					if (this.outbound.flush(t, nowMillis) < 0) {
						result = SessionStatus.TRANSPORT_CLOSED;
					}
				}
				if (result != SessionStatus.OK) {
					close(nowMillis, result);
				}
			}
			return result;
		} finally {
			this.depth--;
		}
	}

	/**
	 * Sends DISCONNECT if possible (one write attempt) and closes the transport. The will is not published
	 * [MQTT-3.14.4-3]. Unacknowledged publishes and the offline queue are kept for the next connect.
	 *
	 * @return {@link SessionStatus#OK} or {@link SessionStatus#ILLEGAL_STATE} (already disconnected, or called
	 *         from a listener)
	 */
	public int disconnect(long nowMillis) {
		if (this.depth > 0 || this.state == SessionState.DISCONNECTED) {
			return SessionStatus.ILLEGAL_STATE;
		}
		this.depth++;
		try {
			this.outbound.disconnect(this.transport);
			close(nowMillis, SessionStatus.LOCAL_DISCONNECT);
			return SessionStatus.OK;
		} finally {
			this.depth--;
		}
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
	 * Publishes a message without waiting for the broker: encodes it into the transmit buffer when connected and
	 * there is room (and, for QoS 1/2, a free in-flight slot), else copies it into the offline queue. A full
	 * transmit buffer gets one write attempt first, the same as a {@link #step} makes. The arrays are not kept.
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
	 * @return a token &gt; 0 (reported again by {@link SessionListener#onPublishDone} for QoS 1/2 outcomes and
	 *         queue drops), or {@link SessionStatus#BAD_ARGUMENT}, {@link SessionStatus#TOO_LARGE},
	 *         {@link SessionStatus#QUEUE_FULL}
	 */
	public int publish(byte[] topic, int topicOff, int topicLen, byte[] payload, int payloadOff, int payloadLen,
			int qos, boolean retain, long ttlMillis, long nowMillis) {
		this.depth++;
		try {
			return this.outbound.publish(topic, topicOff, topicLen, payload, payloadOff, payloadLen, qos, retain,
					ttlMillis, nowMillis, this.state == SessionState.CONNECTED ? this.transport : null);
		} finally {
			this.depth--;
		}
	}

	/**
	 * Does one bounded step: queued publishes and resends into the transmit buffer, one write attempt, one read
	 * attempt, every complete inbound packet buffered (as long as its acknowledgement fits), one write attempt of
	 * the acknowledgements, then keep-alive and timeout decisions. Never blocks longer than the
	 * transport's poll interval and never throws on bad input: a malformed packet closes the connection with the
	 * cause naming the violation ({@link SessionStatus#isViolation}).
	 *
	 * @param nowMillis current monotonic time in ms (jumps are fine; going backwards counts as no time passing)
	 * @return {@link #STEP_BUSY}, {@link #STEP_IDLE}, or {@link SessionStatus#ILLEGAL_STATE} from a listener
	 */
	public int step(long nowMillis) {
		if (this.depth > 0) {
			return SessionStatus.ILLEGAL_STATE;
		}
		this.depth++;
		try {
			if (this.state == SessionState.DISCONNECTED) {
				this.outbound.expireQueue(nowMillis);
				return STEP_IDLE;
			}
			this.subscriptions.fill(this.outbound, Outbound.CONTROL_RESERVE);
			if (this.state == SessionState.CONNECTED) {
				this.outbound.fill(nowMillis);
			}
			int written = this.outbound.flush(this.transport, nowMillis);
			boolean busy = written > 0;
			if (written < 0) {
				close(nowMillis, SessionStatus.TRANSPORT_CLOSED);
			} else {
				if (this.outbound.free() >= Outbound.CONTROL_RESERVE) {
					// Inbound packets are handled only when their acknowledgement fits: backpressure, not loss.
					int r = this.inbound.receive(this.transport, this.state, nowMillis);
					busy |= r != Inbound.IDLE;
					if (r < 0) {
						close(nowMillis, r);
					} else if (r >= Inbound.ACCEPTED) {
						connected(nowMillis, r == Inbound.ACCEPTED_PRESENT);
					}
				}
				if (this.state != SessionState.DISCONNECTED && this.outbound.pending() > 0) {
					// The acknowledgements of everything handled above leave together.
					if (this.outbound.flush(this.transport, nowMillis) < 0) {
						close(nowMillis, SessionStatus.TRANSPORT_CLOSED);
					}
				}
			}
			if (this.state != SessionState.DISCONNECTED) {
				checkTimers(nowMillis);
			}
			return busy || this.state == SessionState.DISCONNECTED ? STEP_BUSY : STEP_IDLE;
		} finally {
			this.depth--;
		}
	}

	/**
	 * @return the latest time (monotonic ms) at which {@link #step} must run again; {@code nowMillis} when work
	 *         is pending (bytes to send, or a complete inbound packet already buffered); {@link Long#MAX_VALUE}
	 *         when nothing is scheduled
	 */
	public long nextDeadline(long nowMillis) {
		long d = Long.MAX_VALUE;
		if (this.state == SessionState.AWAIT_CONNACK) {
			d = this.handshake.connackDeadline();
		} else if (this.state == SessionState.CONNECTED) {
			d = this.outbound.keepAliveDeadline();
			if (this.outbound.ready()) {
				d = nowMillis;
			}
		}
		if (this.outbound.pending() > 0 || this.subscriptions.sendPending()
				|| (this.state != SessionState.DISCONNECTED && this.inbound.ready())) {
			d = nowMillis;
		}
		return Math.max(Math.min(d, this.outbound.nextExpiry()), nowMillis);
	}

	public int state() {
		return this.state;
	}

	/** @return the cause of the last state change: a {@link SessionStatus} */
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

	// ---------------------------------------------------------------------------------------------------------

	private void connected(long nowMillis, boolean present) {
		this.handshake.accepted(this.subscriptions, nowMillis);
		int resend = this.outbound.reconnected(present);
		changeState(SessionState.CONNECTED, SessionStatus.OK);
		if (resend > 0) {
			this.listener.onEvent(SessionEvent.RESENT, resend);
		}
	}

	/** Closes the transport and enters DISCONNECTED with the cause {@link Handshake#closed} reports. */
	private void close(long nowMillis, int cause) {
		this.transport.close(); // every caller holds an open transport
		this.transport = null;
		int reported = this.handshake.closed(this.state, cause, this.outbound.written, nowMillis);
		this.outbound.clear();
		this.inbound.clear();
		this.subscriptions.stop();
		this.inflight.clearPending();
		changeState(SessionState.DISCONNECTED, reported);
	}

	private void changeState(int newState, int cause) {
		this.state = newState;
		this.lastCause = cause;
		this.listener.onStateChange(newState, cause);
	}

	private void checkTimers(long nowMillis) {
		if (this.state == SessionState.AWAIT_CONNACK) {
			if (nowMillis >= this.handshake.connackDeadline()) {
				close(nowMillis, SessionStatus.CONNACK_TIMEOUT);
			}
		} else if (this.outbound.pingTimedOut(nowMillis)) {
			close(nowMillis, SessionStatus.KEEPALIVE_TIMEOUT);
		} else if (this.outbound.pingDue(nowMillis)) {
			this.outbound.ping(this.transport, nowMillis);
		}
	}
}
