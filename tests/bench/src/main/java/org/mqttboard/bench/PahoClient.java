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
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** Eclipse Paho mqttv3 1.2.5 (the code base of the 2016 MicroEJ fork), asynchronous client. Host-only. */
final class PahoClient implements BenchClient {

	/** Paho's best setting for a window: its maximum in-flight count (default 10). */
	static final int MAX_INFLIGHT = 1000;

	private MqttAsyncClient client;
	private MqttConnectOptions options;
	private String topic;

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
				sink.lost();
			}

			@Override
			public void messageArrived(String t, MqttMessage message) {
				byte[] p = message.getPayload();
				sink.received(p, 0, p.length);
			}

			@Override
			public void deliveryComplete(IMqttDeliveryToken token) {
				// Paho also reports a QoS 0 message as delivered once written; only QoS 1/2 ones (packet id > 0)
				// were acknowledged by the broker, as the other clients report.
				if (token.getMessageId() != 0) {
					sink.acked();
				}
			}
		});
		this.options = options;
		this.topic = topic;
		connectUntilSubscribed();
	}

	@Override
	public void reconnect() throws Exception {
		connectUntilSubscribed();
	}

	/** CONNECT, then SUBSCRIBE once connected (Paho accepts no subscribe before). */
	private void connectUntilSubscribed() throws Exception {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (true) {
			try {
				this.client.connect(this.options).waitForCompletion(10_000);
				break;
			} catch (MqttException e) {
				// Right after connectionLost Paho may still be tearing the old connection down: try again.
				if (e.getReasonCode() != MqttException.REASON_CODE_CLIENT_DISCONNECTING
						&& e.getReasonCode() != MqttException.REASON_CODE_CONNECT_IN_PROGRESS
						|| System.nanoTime() > deadline) {
					throw e;
				}
				Thread.sleep(1);
			}
		}
		this.client.subscribe(this.topic, 1).waitForCompletion(10_000);
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
