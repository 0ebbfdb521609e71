/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * HOST-ONLY independent MQTT peer (Eclipse Paho 1.2.5, plain TCP on loopback) for the engine matrix: publishes to
 * and records what the broker delivers to it.
 */
public final class PahoPeer implements AutoCloseable, MqttCallback {

	/** A message as Paho received it. */
	public static final class Received {
		public final String topic;
		public final String payload;
		public final int qos;
		public final boolean retained;
		public final boolean duplicate;

		Received(String topic, MqttMessage m) {
			this.topic = topic;
			this.payload = new String(m.getPayload(), StandardCharsets.UTF_8);
			this.qos = m.getQos();
			this.retained = m.isRetained();
			this.duplicate = m.isDuplicate();
		}
	}

	private final MqttClient client;
	private final MqttConnectOptions options;
	private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();

	/**
	 * Connects a peer.
	 *
	 * @param cleanSession false keeps the peer's subscriptions and queued messages across its reconnects
	 */
	public PahoPeer(int port, String clientId, String user, String password, boolean cleanSession)
			throws MqttException {
		this.client = new MqttClient("tcp://127.0.0.1:" + port, clientId, new MemoryPersistence());
		this.client.setCallback(this);
		this.options = new MqttConnectOptions();
		this.options.setCleanSession(cleanSession);
		this.options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
		this.options.setConnectionTimeout(10);
		this.options.setKeepAliveInterval(30);
		if (user != null) {
			this.options.setUserName(user);
			this.options.setPassword(password.toCharArray());
		}
		this.client.connect(this.options);
	}

	/** Reconnects after the broker went away (same client id and options). */
	public void reconnect() throws MqttException {
		if (this.client.isConnected()) {
			this.client.disconnectForcibly(100, 100);
		}
		this.client.connect(this.options);
	}

	/** Subscribes and waits for the SUBACK. */
	public void subscribe(String filter, int qos) throws MqttException {
		this.client.subscribe(filter, qos);
	}

	/** Publishes and waits for completion of the QoS flow. */
	public void publish(String topic, String payload, int qos, boolean retain) throws MqttException {
		this.client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), qos, retain);
	}

	/** @return the next message received, or null after {@code timeoutMillis} */
	public Received next(long timeoutMillis) throws InterruptedException {
		return this.received.poll(timeoutMillis, TimeUnit.MILLISECONDS);
	}

	/** @return every message received within {@code millis} from now */
	public List<Received> drain(long millis) throws InterruptedException {
		List<Received> out = new ArrayList<>();
		long deadline = System.currentTimeMillis() + millis;
		for (long left = millis; left > 0; left = deadline - System.currentTimeMillis()) {
			Received r = this.received.poll(left, TimeUnit.MILLISECONDS);
			if (r != null) {
				out.add(r);
			}
		}
		return out;
	}

	@Override
	public void connectionLost(Throwable cause) {
		// Tests reconnect explicitly when they restart the broker.
	}

	@Override
	public void messageArrived(String topic, MqttMessage message) {
		this.received.add(new Received(topic, message));
	}

	@Override
	public void deliveryComplete(IMqttDeliveryToken token) {
		// Publishing is synchronous here.
	}

	@Override
	public void close() {
		try {
			if (this.client.isConnected()) {
				this.client.disconnect(1000);
			}
			this.client.close(true);
		} catch (MqttException e) {
			// Best effort at teardown.
		}
	}
}
