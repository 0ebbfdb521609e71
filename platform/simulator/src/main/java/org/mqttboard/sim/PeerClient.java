/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.nio.charset.StandardCharsets;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The second MQTT client of the simulation ("the peer"): Eclipse Paho mqttv3, independent of the firmware's
 * engine, so what it sees is an outside view of the board. Every message it receives becomes a {@code PEER}
 * event.
 * <p>
 * Threading: methods are called from the simulator's command thread; Paho delivers on its own thread.
 */
public final class PeerClient implements AutoCloseable {

	private static final int TIMEOUT_SECONDS = 5;

	/**
	 * Loads the Paho classes on a background thread. Its jar is signed and verifying it takes a second or two of
	 * CPU; doing it while the broker starts keeps the simulator's start-up short.
	 */
	public static void preload() {
		Thread loader = new Thread(() -> {
			try {
				Class.forName(MqttClient.class.getName());
				Class.forName(MqttConnectOptions.class.getName());
			} catch (ClassNotFoundException e) {
				// Reported when the peer is really created.
			}
		}, "sim-peer-preload");
		loader.setDaemon(true);
		loader.start();
	}

	private final MqttClient client;
	private final Events events;

	/**
	 * @param host broker host
	 * @param port broker port (plain TCP)
	 * @param events receives {@code PEER} events
	 * @throws MqttException when the client cannot be created
	 */
	public PeerClient(String host, int port, Events events) throws MqttException {
		String uri = "tcp://" + (host.indexOf(':') >= 0 ? '[' + host + ']' : host) + ':' + port;
		this.client = new MqttClient(uri, "mqttboard-sim-peer-" + Long.toHexString(System.nanoTime()),
				new MemoryPersistence());
		this.events = events;
	}

	/**
	 * Connects (clean session, no credentials).
	 *
	 * @throws MqttException when the broker cannot be reached
	 */
	public void connect() throws MqttException {
		MqttConnectOptions options = new MqttConnectOptions();
		options.setCleanSession(true);
		options.setConnectionTimeout(TIMEOUT_SECONDS);
		options.setAutomaticReconnect(true);
		options.setKeepAliveInterval(30);
		this.client.setCallback(new MqttCallback() {
			@Override
			public void connectionLost(Throwable cause) {
				// Automatic reconnect is on; the board's own state is what the user watches.
			}

			@Override
			public void messageArrived(String topic, MqttMessage message) {
				PeerClient.this.events.emit(Events.PEER, topic, Escape.bytes(message.getPayload()));
			}

			@Override
			public void deliveryComplete(IMqttDeliveryToken token) {
				// Nothing to report: publishes are synchronous.
			}
		});
		this.client.setTimeToWait(TIMEOUT_SECONDS * 1000L);
		this.client.connect(options);
	}

	/**
	 * Publishes and waits for the broker's acknowledgement (for QoS 1 and 2).
	 *
	 * @param topic topic name
	 * @param payload payload text, sent as UTF-8
	 * @param qos 0, 1 or 2
	 * @param retain retain flag
	 * @throws MqttException when the publish fails
	 */
	public void publish(String topic, String payload, int qos, boolean retain) throws MqttException {
		this.client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), qos, retain);
	}

	/**
	 * Subscribes at QoS 2 (the broker downgrades to the publisher's QoS).
	 *
	 * @param filter topic filter
	 * @throws MqttException when the subscription fails
	 */
	public void subscribe(String filter) throws MqttException {
		this.client.subscribe(filter, 2);
	}

	/** Disconnects and releases the client; never throws. */
	@Override
	public void close() {
		try {
			if (this.client.isConnected()) {
				this.client.disconnect(1000);
			}
		} catch (MqttException e) {
			// Closing anyway.
		}
		try {
			this.client.close(true);
		} catch (MqttException e) {
			// Nothing more to release.
		}
	}
}
