/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

/**
 * Receives what an {@link MqttSession} has to tell. All methods are called from inside
 * {@link MqttSession#step}, {@link MqttSession#connect} or {@link MqttSession#disconnect}, on the caller's
 * thread. They may call {@link MqttSession#publish} but never {@code step}, {@code connect} or
 * {@code disconnect} (those return {@link SessionStatus#ILLEGAL_STATE}). They must return quickly.
 */
public interface SessionListener {

	/**
	 * An application message arrived on a subscription. The bytes are a view into the session's receive buffer,
	 * valid only during this call: copy what must be kept.
	 *
	 * @param subscription index of the first matching subscription in {@link SessionConfig} order, or -1 when
	 *        none matches (a broker may deliver on overlapping or former subscriptions)
	 * @param buf the receive buffer
	 * @param topicOff offset of the UTF-8 topic name in {@code buf}
	 * @param topicLen topic length in bytes
	 * @param payloadOff offset of the payload in {@code buf}
	 * @param payloadLen payload length in bytes
	 * @param qos QoS of the delivery, 0..2
	 * @param retain true when the broker delivered a retained message
	 */
	void onMessage(int subscription, byte[] buf, int topicOff, int topicLen, int payloadOff, int payloadLen,
			int qos, boolean retain);

	/**
	 * The session changed state.
	 *
	 * @param state the new {@link SessionState}
	 * @param cause why: a {@link SessionStatus} ({@link SessionStatus#OK} for normal progress)
	 */
	void onStateChange(int state, int cause);

	/**
	 * A QoS 1/2 publish reached its end, or any queued publish was dropped.
	 *
	 * @param token the token {@link MqttSession#publish} returned
	 * @param status {@link SessionStatus#OK} when acknowledged, else why it was dropped
	 */
	void onPublishDone(int token, int status);

	/**
	 * Something worth logging happened.
	 *
	 * @param event a {@link SessionEvent}
	 * @param arg the event's argument (documented per event)
	 */
	void onEvent(int event, int arg);
}
