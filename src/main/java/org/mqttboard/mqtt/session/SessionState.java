/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

/**
 * States of an {@link MqttSession}, as int constants (no objects on the hot path).
 *
 * <pre>
 *  DISCONNECTED --connect()--> CONNECTING --transport open, CONNECT+SUBSCRIBEs queued--> AWAIT_CONNACK
 *  CONNECTING --open failed--> DISCONNECTED (TRANSPORT_OPEN_FAILED)
 *  AWAIT_CONNACK --CONNACK 0--> CONNECTED
 *  AWAIT_CONNACK --refused / timeout / link lost--> DISCONNECTED (cause)
 *  CONNECTED --keep-alive timeout / link lost / malformed / protocol error / disconnect()--> DISCONNECTED (cause)
 * </pre>
 */
public final class SessionState {

	/** No transport; {@link MqttSession#connect} starts a connection. Publishes go to the offline queue. */
	public static final int DISCONNECTED = 0;
	/** {@link MqttSession#connect} is opening the transport (only seen by listeners during that call). */
	public static final int CONNECTING = 1;
	/** CONNECT and SUBSCRIBEs are sent or being sent; waiting for CONNACK. */
	public static final int AWAIT_CONNACK = 2;
	/** CONNACK accepted; the subscriptions were sent (see {@link MqttSession#subscribed()}). */
	public static final int CONNECTED = 3;

	private SessionState() {
	}

	/**
	 * @param state a state constant
	 * @return its name for logs; "UNKNOWN" for other values
	 */
	public static String name(int state) {
		switch (state) {
		case DISCONNECTED: return "DISCONNECTED";
		case CONNECTING: return "CONNECTING";
		case AWAIT_CONNACK: return "AWAIT_CONNACK";
		case CONNECTED: return "CONNECTED";
		default: return "UNKNOWN";
		}
	}
}
