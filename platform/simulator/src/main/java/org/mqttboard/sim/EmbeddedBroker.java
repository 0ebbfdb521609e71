/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.io.IOException;
import java.util.Properties;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;

/**
 * An MQTT 3.1/3.1.1 broker (Moquette 0.17) inside the simulator process, plain TCP, anonymous, in memory,
 * bound to one loopback address. Telemetry, metrics, error reporting and websockets are off: nothing leaves the
 * machine.
 * <p>
 * Threading: start and close from one thread; the broker runs on its own Netty threads.
 */
public final class EmbeddedBroker implements AutoCloseable {

	private final Server server = new Server();
	private final String host;
	private int port;
	private boolean running;

	/** @param host the loopback address to bind, e.g. {@code 127.0.0.1} */
	public EmbeddedBroker(String host) {
		this.host = host;
	}

	/**
	 * Starts the broker.
	 *
	 * @param requestedPort TCP port, 0 for an ephemeral free port
	 * @throws IOException when the port cannot be bound
	 */
	public void start(int requestedPort) throws IOException {
		Properties props = new Properties();
		props.setProperty("host", this.host);
		props.setProperty("port", Integer.toString(requestedPort));
		props.setProperty("websocket_port", "disabled");
		props.setProperty("allow_anonymous", "true");
		// Moquette refuses an empty client id unless told otherwise (CONNACK 2); real brokers accept it.
		props.setProperty("allow_zero_byte_client_id", "true");
		props.setProperty("persistence_enabled", "false");
		props.setProperty("telemetry_enabled", "false");
		props.setProperty("use_metrics", "false");
		props.setProperty("use_bugsnag", "false");
		props.setProperty("netty.epoll", "false");
		// Flush every packet at once: the simulator is about latency, not throughput.
		props.setProperty("immediate_buffer_flush", "true");
		this.server.startServer(new MemoryConfig(props));
		this.running = true;
		this.port = this.server.getPort();
	}

	/** @return the bound host address */
	public String host() {
		return this.host;
	}

	/** @return the bound TCP port (valid after {@link #start}) */
	public int port() {
		return this.port;
	}

	/** Stops the broker; idempotent. */
	@Override
	public void close() {
		if (this.running) {
			this.running = false;
			this.server.stopServer();
		}
	}
}
