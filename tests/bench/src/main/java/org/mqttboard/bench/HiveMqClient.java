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
import com.hivemq.client.mqtt.MqttClientState;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
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
				.serverPort(port).addDisconnectedListener(context -> {
					if (context.getSource() != MqttDisconnectSource.USER) {
						sink.lost();
					}
				});
		if (tls != null) {
			builder = builder.sslConfig().trustManagerFactory(this.trust).protocols(java.util.List.of("TLSv1.2"))
					.applySslConfig();
		}
		this.client = builder.buildAsync();
		this.sink = sink;
		this.topic = topic;
		this.keepAliveSeconds = keepAliveSeconds;
		connectUntilSubscribed();
	}

	@Override
	public void reconnect() throws Exception {
		long deadline = System.nanoTime() + 10_000_000_000L;
		// The disconnected listener runs before the client state settles to DISCONNECTED.
		while (this.client.getState() != MqttClientState.DISCONNECTED) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("HiveMQ client stuck in " + this.client.getState());
			}
			Thread.sleep(0, 100_000);
		}
		connectUntilSubscribed();
	}

	/** CONNECT, then SUBSCRIBE once connected. */
	private void connectUntilSubscribed() throws Exception {
		Sink s = this.sink;
		this.client.connectWith().cleanSession(true).keepAlive(this.keepAliveSeconds).send().get(10,
				TimeUnit.SECONDS);
		this.client.subscribeWith().topicFilter(this.topic).qos(MqttQos.AT_LEAST_ONCE).callback(publish -> {
			ByteBuffer p = publish.getPayload().orElse(ByteBuffer.allocate(0));
			byte[] bytes = new byte[p.remaining()];
			p.get(bytes);
			s.received(bytes, 0, bytes.length);
		}).send().get(10, TimeUnit.SECONDS);
	}

	private Sink sink;
	private String topic;
	private int keepAliveSeconds;

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
