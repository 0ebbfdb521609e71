/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import javax.net.ssl.SSLContext;

/**
 * One MQTT client library under test, driven the same way for every library. Host-only.
 * <p>
 * A client is connected once, subscribed to one topic at QoS 1, then publishes; messages arriving on the
 * subscription and acknowledgements are reported to a {@link Sink}. Implementations must not allocate in the
 * benchmark's own code on the publish path beyond what the library itself needs, so allocation figures are the
 * library's.
 */
interface BenchClient extends AutoCloseable {

	/** Receives library events; called from whatever thread the library uses. */
	interface Sink {
		/** A QoS 1/2 publish was acknowledged. */
		void acked();

		/** A message arrived on the subscription; {@code payload} is only valid during the call. */
		void received(byte[] payload, int off, int len);

		/** The library noticed that the connection is gone (not called for {@link BenchClient#close()}). */
		void lost();
	}

	/** @return the library name and version, for the report */
	String name();

	/**
	 * Connects (TCP or TLS, clean session, keep-alive as given) and subscribes to {@code topic} at QoS 1; returns
	 * once the SUBACK arrived.
	 *
	 * @param tls null for plain TCP, else the context that trusts the broker's test CA
	 */
	void connectAndSubscribe(String host, int port, SSLContext tls, String clientId, String topic,
			int keepAliveSeconds, Sink sink) throws Exception;

	/**
	 * After {@link Sink#lost()}: connects again with the same client object (its TLS context, and so its TLS
	 * session cache, is kept) and subscribes again to the same topic, as an application does at once when the link
	 * drops; returns once the SUBACK arrived.
	 */
	void reconnect() throws Exception;

	/**
	 * Starts one publish; returns without waiting for the acknowledgement when the library allows it (it may
	 * block when the library's in-flight window is full).
	 */
	void publish(String topic, byte[] payload, int qos) throws Exception;

	/**
	 * Issues {@code count} publishes as one step of the application: back to back, with no progress call in
	 * between (threaded libraries send from their own threads meanwhile); returns without waiting for them to leave.
	 */
	default void publishBurst(String topic, byte[] payload, int qos, int count) throws Exception {
		for (int i = 0; i < count; i++) {
			publish(topic, payload, qos);
		}
	}

	/**
	 * Gives the library a chance to make progress for up to {@code millis} (our engine has no thread: this is
	 * where it runs); threaded libraries just sleep or return.
	 */
	void poll(long millis) throws Exception;

	/** @return true while the library believes it is connected */
	boolean isConnected();

	/** Disconnects cleanly (DISCONNECT packet) and releases everything. */
	@Override
	void close() throws Exception;
}
