/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.codec.Utf8;

/**
 * Records what a session reports, for assertions. Optionally publishes from inside onMessage.
 */
final class RecordingListener implements SessionListener {

	int messages;
	int lastSubscription = -2;
	String lastTopic;
	String lastPayload;
	int lastQos = -1;
	boolean lastRetain;
	int states;
	int lastState = -1;
	int lastCause = -1;
	int done;
	int lastToken;
	int lastDoneStatus = 1;
	int events;
	int lastEvent;
	int lastEventArg;
	int[] eventCounts = new int[16];
	/** SUBACKs (granted or refused) since the last connect began. */
	int subacks;
	/** Set by tests: the session to poke from inside callbacks. */
	MqttSession session;
	/** Result of step() called from inside onMessage. */
	int reentrantStep = 1;
	int reentrantConnect = 1;
	int reentrantDisconnect = 1;
	int reentrantCredentials = 1;
	/** When set, onMessage publishes this topic back. */
	byte[] echoTopic;
	int echoToken;
	/** When set, onStateChange(CONNECTED) publishes "after" on it. */
	MqttSession publishOnConnected;
	/** When true, every callback copies strings (tests only; off for the allocation test). */
	boolean copy = true;

	@Override
	public void onMessage(int subscription, byte[] buf, int topicOff, int topicLen, int payloadOff, int payloadLen,
			int qos, boolean retain) {
		this.messages++;
		this.lastSubscription = subscription;
		this.lastQos = qos;
		this.lastRetain = retain;
		if (this.copy) {
			this.lastTopic = utf8(buf, topicOff, topicLen);
			this.lastPayload = utf8(buf, payloadOff, payloadLen);
		}
		if (this.session != null) {
			this.reentrantStep = this.session.step(0);
			this.reentrantConnect = this.session.connect(0);
			this.reentrantDisconnect = this.session.disconnect(0);
			this.reentrantCredentials = this.session.setCredentials(new byte[] { 'x' }, null, null);
			if (this.echoTopic != null) {
				this.echoToken = this.session.publish(this.echoTopic, 0, this.echoTopic.length, buf, payloadOff,
						payloadLen, 1, false, 0, 0);
			}
		}
	}

	static String utf8(byte[] buf, int off, int len) {
		try {
			return new String(buf, off, len, "UTF-8");
		} catch (java.io.UnsupportedEncodingException e) {
			throw new AssertionError(e);
		}
	}

	@Override
	public void onStateChange(int state, int cause) {
		if (state == SessionState.AWAIT_CONNACK) {
			this.subacks = 0;
		}
		if (state == SessionState.CONNECTED && this.publishOnConnected != null) {
			this.publishOnConnected.publish(Utf8.encode("dev/after"), Utf8.encode("after"), 0, false, 0);
		}
		this.states++;
		this.lastState = state;
		this.lastCause = cause;
	}

	@Override
	public void onPublishDone(int token, int status) {
		this.done++;
		this.lastToken = token;
		this.lastDoneStatus = status;
	}

	@Override
	public void onEvent(int event, int arg) {
		this.events++;
		this.lastEvent = event;
		this.lastEventArg = arg;
		this.eventCounts[event]++;
		if (event == SessionEvent.SUBSCRIBED || event == SessionEvent.SUBSCRIBE_REFUSED) {
			this.subacks++;
		}
	}
}
