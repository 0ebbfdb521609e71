/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;

/** HiveMQ MQTT client 1.3.x, MQTT 3.1.1 asynchronous API (Netty underneath). Host-only. */
final class HiveMqClient implements BenchClient {

	private final TrustManagerFactory trust;
	private Mqtt3AsyncClient client;

	/** @param trust trust managers for TLS runs (the HiveMQ client takes a factory, not an SSLContext) */
	HiveMqClient(TrustManagerFactory trust) {
		this.trust = trust;
	}

	@Override
	public String name() {
		return "HiveMQ MQTT client 1.3.3";
	}

	@Override
	public void connectAndSubscribe(String host, int port, SSLContext tls, String clientId, String topic,
			int keepAliveSeconds, Sink sink) throws Exception {
		Mqtt3ClientBuilder builder = MqttClient.builder().useMqttVersion3().identifier(clientId).serverHost(host)
				.serverPort(port);
		if (tls != null) {
			builder = builder.sslConfig().trustManagerFactory(this.trust).protocols(java.util.List.of("TLSv1.2"))
					.applySslConfig();
		}
		this.client = builder.buildAsync();
		this.client.connectWith().cleanSession(true).keepAlive(keepAliveSeconds).send().get(10, TimeUnit.SECONDS);
		this.client.subscribeWith().topicFilter(topic).qos(MqttQos.AT_LEAST_ONCE).callback(publish -> {
			ByteBuffer p = publish.getPayload().orElse(ByteBuffer.allocate(0));
			byte[] bytes = new byte[p.remaining()];
			p.get(bytes);
			sink.received(bytes, 0, bytes.length);
		}).send().get(10, TimeUnit.SECONDS);
		this.sink = sink;
	}

	private Sink sink;

	@Override
	public void publish(String topic, byte[] payload, int qos) throws Exception {
		Sink s = this.sink;
		this.client.publishWith().topic(topic).qos(MqttQos.fromCode(qos)).payload(payload).send()
				.whenComplete((r, e) -> {
					if (e == null && qos > 0) {
						s.acked();
					}
				});
	}

	@Override
	public void poll(long millis) throws Exception {
		Thread.sleep(millis);
	}

	@Override
	public boolean isConnected() {
		return this.client != null && this.client.getState().isConnected();
	}

	@Override
	public void close() throws Exception {
		if (this.client != null && this.client.getState().isConnected()) {
			this.client.disconnect().get(5, TimeUnit.SECONDS);
		}
	}
}
