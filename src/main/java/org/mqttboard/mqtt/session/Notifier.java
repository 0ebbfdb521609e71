/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

/**
 * Calls the {@link SessionListener} and tracks that a call is in progress, so that {@code step},
 * {@code connect} and {@code disconnect} can refuse re-entry. A listener exception still resets the guard.
 * <p>
 * Threading: owned by the session's caller thread.
 */
final class Notifier {

	private final SessionListener listener;
	/** Listener calls in progress (they can nest: a publish from onMessage may drop a queued message). */
	private int depth;

	Notifier(SessionListener listener) {
		this.listener = listener;
	}

	/** @return true while a listener method runs */
	boolean busy() {
		return this.depth > 0;
	}

	void message(int sub, byte[] buf, int topicOff, int topicLen, int payloadOff, int payloadLen, int qos,
			boolean retain) {
		this.depth++;
		try {
			this.listener.onMessage(sub, buf, topicOff, topicLen, payloadOff, payloadLen, qos, retain);
		} finally {
			this.depth--;
		}
	}

	void stateChanged(int state, int cause) {
		this.depth++;
		try {
			this.listener.onStateChange(state, cause);
		} finally {
			this.depth--;
		}
	}

	void publishDone(int token, int status) {
		this.depth++;
		try {
			this.listener.onPublishDone(token, status);
		} finally {
			this.depth--;
		}
	}

	void event(int event, int arg) {
		this.depth++;
		try {
			this.listener.onEvent(event, arg);
		} finally {
			this.depth--;
		}
	}
}
