/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import javax.net.ssl.SSLContext;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** Eclipse Paho mqttv3 1.2.5 (the code base of the 2016 MicroEJ fork), asynchronous client. Host-only. */
final class PahoClient implements BenchClient {

	/** Paho's best setting for a window: its maximum in-flight count (default 10). */
	static final int MAX_INFLIGHT = 1000;

	private MqttAsyncClient client;

	@Override
	public String name() {
		return "Paho mqttv3 1.2.5";
	}

	@Override
	public void connectAndSubscribe(String host, int port, SSLContext tls, String clientId, String topic,
			int keepAliveSeconds, Sink sink) throws Exception {
		String uri = (tls == null ? "tcp://" : "ssl://") + host + ":" + port;
		this.client = new MqttAsyncClient(uri, clientId, new MemoryPersistence());
		MqttConnectOptions options = new MqttConnectOptions();
		options.setCleanSession(true);
		options.setKeepAliveInterval(keepAliveSeconds);
		options.setMaxInflight(MAX_INFLIGHT);
		options.setAutomaticReconnect(false);
		options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
		if (tls != null) {
			options.setSocketFactory(tls.getSocketFactory());
			options.setHttpsHostnameVerificationEnabled(true);
		}
		this.client.setCallback(new MqttCallback() {
			@Override
			public void connectionLost(Throwable cause) {
				// observed through isConnected()
			}

			@Override
			public void messageArrived(String t, MqttMessage message) {
				byte[] p = message.getPayload();
				sink.received(p, 0, p.length);
			}

			@Override
			public void deliveryComplete(IMqttDeliveryToken token) {
				sink.acked();
			}
		});
		this.client.connect(options).waitForCompletion(10_000);
		this.client.subscribe(topic, 1).waitForCompletion(10_000);
	}

	@Override
	public void publish(String topic, byte[] payload, int qos) throws Exception {
		this.client.publish(topic, payload, qos, false);
	}

	@Override
	public void poll(long millis) throws Exception {
		Thread.sleep(millis);
	}

	@Override
	public boolean isConnected() {
		return this.client != null && this.client.isConnected();
	}

	@Override
	public void close() throws Exception {
		if (this.client == null) {
			return;
		}
		try {
			if (this.client.isConnected()) {
				this.client.disconnect(0).waitForCompletion(5_000);
			}
		} finally {
			this.client.close(true);
		}
	}
}
