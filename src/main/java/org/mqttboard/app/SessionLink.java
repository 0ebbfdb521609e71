/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import org.mqttboard.app.bringup.BrokerLink;
import org.mqttboard.app.button.PublishPort;
import org.mqttboard.app.config.CredentialSource;
import org.mqttboard.app.config.Credentials;
import org.mqttboard.mqtt.session.MqttSession;
import org.mqttboard.mqtt.session.SessionState;
import org.mqttboard.mqtt.session.SessionStatus;
import org.mqttboard.mqtt.transport.TransportError;
import org.mqttboard.platform.Clock;

/**
 * Adapts the {@link MqttSession} to the bring-up machine ({@link BrokerLink}) and the buttons ({@link PublishPort}):
 * refreshes the credentials before every connect (IoTDA derives them from the time), maps session causes to close
 * classes, and polls the transport while a link is open.
 * <p>
 * Threading: main loop only.
 */
final class SessionLink implements BrokerLink, PublishPort {

	/** While a link is open the transport is polled at least this often, in ms (it has no wake-up of its own). */
	static final int POLL_MILLIS = 20;
	/** Packets handled per {@link #step} at most, so the loop stays responsive under a flood. */
	private static final int STEPS_PER_CALL = 16;

	private final Clock clock;
	private final CredentialSource credentials;
	private final boolean queueEnabled;
	private final long queueTtlMillis;
	private MqttSession session;
	private int closeClass = CLOSE_NONE;
	private int closeDetail;
	private long now;

	/**
	 * @param clock for the wall time given to the credential source
	 * @param credentials identity source, refreshed on every connect
	 * @param queueEnabled false when the configuration has no offline queue
	 * @param queueTtlMillis lifetime of queued presses, ms (0 = no expiry)
	 */
	SessionLink(Clock clock, CredentialSource credentials, boolean queueEnabled, long queueTtlMillis) {
		this.clock = clock;
		this.credentials = credentials;
		this.queueEnabled = queueEnabled;
		this.queueTtlMillis = queueTtlMillis;
	}

	/** @param session the engine (built after this adapter, which is its listener's helper) */
	void attach(MqttSession session) {
		this.session = session;
	}

	/** @return the engine */
	MqttSession session() {
		return this.session;
	}

	/** @return the time of the step in progress, ms (for listener callbacks) */
	long now() {
		return this.now;
	}

	@Override
	public boolean connect(long nowMillis) {
		this.now = nowMillis;
		Credentials c = this.credentials.refresh(this.clock.wallMillis());
		int rc = this.session.setCredentials(c.clientIdBytes(), c.usernameBytes(), c.passwordBytes());
		if (rc != SessionStatus.OK) {
			this.closeClass = CLOSE_REFUSED;
			this.closeDetail = 2; // the identity does not fit: as good as a rejected identifier
			return false;
		}
		rc = this.session.connect(nowMillis);
		if (rc == SessionStatus.OK) {
			return true;
		}
		classify();
		return false;
	}

	@Override
	public void step(long nowMillis) {
		this.now = nowMillis;
		for (int i = 0; i < STEPS_PER_CALL; i++) {
			int rc = this.session.step(nowMillis);
			if (this.session.state() == SessionState.DISCONNECTED) {
				int cause = this.session.lastCause();
				if (cause == SessionStatus.RETRY_WITH_31 || cause == SessionStatus.RETRY_WITHOUT_PIPELINING) {
					// The session adapted (MQTT 3.1, or SUBSCRIBEs after CONNACK): connect again at once.
					connect(nowMillis);
					return;
				}
				classify();
				return;
			}
			if (rc != MqttSession.STEP_BUSY) {
				return;
			}
		}
	}

	@Override
	public long nextDeadline(long nowMillis) {
		long d = this.session.nextDeadline(nowMillis);
		if (this.session.state() != SessionState.DISCONNECTED) {
			d = Math.min(d, nowMillis + POLL_MILLIS);
		}
		return d;
	}

	@Override
	public int status() {
		switch (this.session.state()) {
		case SessionState.CONNECTED:
			return ONLINE;
		case SessionState.DISCONNECTED:
			return CLOSED;
		default:
			return CONNECTING;
		}
	}

	@Override
	public int closeClass() {
		return this.closeClass;
	}

	@Override
	public int closeDetail() {
		return this.closeDetail;
	}

	@Override
	public void drop() {
		if (this.session.state() != SessionState.DISCONNECTED) {
			this.session.disconnect(this.now);
		}
		this.closeClass = CLOSE_TRANSPORT;
		this.closeDetail = TransportError.NO_NETWORK;
	}

	@Override
	public int publish(byte[] topic, byte[] payload, int length, int qos, boolean retain) {
		boolean online = this.session.state() == SessionState.CONNECTED;
		if (!online && (qos == 0 || !this.queueEnabled)) {
			return OFFLINE;
		}
		int rc = this.session.publish(topic, 0, topic.length, payload, 0, length, qos, retain, this.queueTtlMillis,
				this.now);
		if (rc > 0) {
			return online ? SENT : QUEUED;
		}
		switch (rc) {
		case SessionStatus.QUEUE_FULL:
			return QUEUE_FULL;
		case SessionStatus.TOO_LARGE:
			return TOO_LARGE;
		default:
			return REFUSED;
		}
	}

	private void classify() {
		int cause = this.session.lastCause();
		this.closeDetail = 0;
		switch (cause) {
		case SessionStatus.TRANSPORT_OPEN_FAILED:
			this.closeClass = CLOSE_TRANSPORT;
			this.closeDetail = this.session.lastTransportError();
			break;
		case SessionStatus.CONNACK_TIMEOUT:
		case SessionStatus.KEEPALIVE_TIMEOUT:
			this.closeClass = CLOSE_TIMEOUT;
			break;
		case SessionStatus.REFUSED_PROTOCOL:
			refused(1);
			break;
		case SessionStatus.REFUSED_IDENTIFIER:
		case SessionStatus.BAD_SETTINGS:
			refused(2);
			break;
		case SessionStatus.REFUSED_UNAVAILABLE:
			refused(3);
			break;
		case SessionStatus.REFUSED_CREDENTIALS:
			refused(4);
			break;
		case SessionStatus.REFUSED_NOT_AUTHORIZED:
			refused(5);
			break;
		case SessionStatus.MALFORMED:
		case SessionStatus.PROTOCOL_ERROR:
			this.closeClass = CLOSE_PROTOCOL;
			break;
		case SessionStatus.PROBABLE_TAKEOVER:
			this.closeClass = CLOSE_TAKEOVER;
			break;
		default:
			this.closeClass = CLOSE_PEER;
			break;
		}
	}

	private void refused(int returnCode) {
		this.closeClass = CLOSE_REFUSED;
		this.closeDetail = returnCode;
	}
}
