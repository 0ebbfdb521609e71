/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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

	private static final long STOP_WAIT_MILLIS = 500;

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
		if (requestedPort != 0) {
			startOn(requestedPort);
			return;
		}
		// Moquette 0.17 cannot report the port it bound for "port=0", so take a free port from the OS first;
		// another process may grab it in between, hence the few retries.
		IOException last = null;
		for (int attempt = 0; attempt < 5; attempt++) {
			int port;
			try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(this.host))) {
				port = probe.getLocalPort();
			}
			try {
				startOn(port);
				return;
			} catch (IOException e) {
				last = e;
			}
		}
		throw last;
	}

	private void startOn(int port) throws IOException {
		Properties props = new Properties();
		props.setProperty("host", this.host);
		props.setProperty("port", Integer.toString(port));
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
		try {
			this.server.startServer(new MemoryConfig(props));
		} catch (RuntimeException e) {
			throw new IOException("cannot start the embedded broker on " + this.host + ':' + port + ": " + e, e);
		}
		this.running = true;
		this.port = port;
		if (!accepts()) {
			close();
			throw new IOException("the embedded broker does not accept connections on " + this.host + ':' + port);
		}
	}

	private boolean accepts() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(this.host, this.port), 2000);
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** @return the bound host address */
	public String host() {
		return this.host;
	}

	/** @return the bound TCP port (valid after {@link #start}) */
	public int port() {
		return this.port;
	}

	/**
	 * Stops the broker; idempotent. Netty's graceful shutdown takes about two seconds; this waits at most
	 * {@code STOP_WAIT_MILLIS} for it (the listening socket is closed first, and the simulator exits right after).
	 */
	@Override
	public void close() {
		if (this.running) {
			this.running = false;
			Thread stopper = new Thread(this.server::stopServer, "sim-broker-stop");
			stopper.setDaemon(true);
			stopper.start();
			try {
				stopper.join(STOP_WAIT_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
