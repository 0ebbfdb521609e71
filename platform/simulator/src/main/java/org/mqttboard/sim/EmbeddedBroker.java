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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.hivemq.embedded.EmbeddedHiveMQ;

/**
 * An MQTT 3.1/3.1.1 broker (HiveMQ Community Edition, embedded) inside the simulator process: one plain TCP
 * listener on a loopback address, anonymous (no authenticator: HiveMQ then allows every client), in-memory
 * persistence, usage statistics off, quiet logging. Its configuration and data live in a temporary folder
 * deleted on {@link #close}.
 * <p>
 * Threading: start and close from one thread; the broker runs on its own threads.
 */
public final class EmbeddedBroker implements AutoCloseable {

	private static final long START_SECONDS = 60;
	private static final long STOP_SECONDS = 10;

	private final String host;
	private Path dir;
	private EmbeddedHiveMQ broker;
	private int port;

	/** @param host the loopback address to bind, e.g. {@code 127.0.0.1} */
	public EmbeddedBroker(String host) {
		this.host = host;
	}

	/**
	 * Starts the broker and waits until it accepts connections.
	 *
	 * @param requestedPort TCP port, 0 for a free ephemeral port
	 * @throws IOException when it cannot start or bind
	 */
	public void start(int requestedPort) throws IOException {
		this.port = requestedPort != 0 ? requestedPort : freePort();
		this.dir = Files.createTempDirectory("mqttboard-sim-broker-");
		Path config = Files.createDirectories(this.dir.resolve("conf"));
		Path data = Files.createDirectories(this.dir.resolve("data"));
		Path extensions = Files.createDirectories(this.dir.resolve("extensions"));
		String xml = "<?xml version=\"1.0\"?>\n<hivemq>\n"
				+ "  <listeners>\n    <tcp-listener><port>" + this.port + "</port><bind-address>" + this.host
				+ "</bind-address></tcp-listener>\n  </listeners>\n"
				+ "  <persistence><mode>in-memory</mode></persistence>\n"
				+ "  <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>\n"
				+ "</hivemq>\n";
		Files.writeString(config.resolve("config.xml"), xml, StandardCharsets.UTF_8);
		// No appender: the broker stays silent (the simulator's own lines are what the user reads).
		Files.writeString(config.resolve("logback.xml"), "<configuration><root level=\"OFF\"/></configuration>\n",
				StandardCharsets.UTF_8);
		this.broker = EmbeddedHiveMQ.builder().withConfigurationFolder(config).withDataFolder(data)
				.withExtensionsFolder(extensions).build();
		try {
			this.broker.start().get(START_SECONDS, TimeUnit.SECONDS);
		} catch (Exception e) {
			close();
			throw new IOException("the embedded broker did not start on " + this.host + ':' + this.port + ": " + e,
					e);
		}
		if (!accepts()) {
			close();
			throw new IOException("the embedded broker does not accept connections on " + this.host + ':' + this.port);
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

	private int freePort() throws IOException {
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(this.host))) {
			return probe.getLocalPort();
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

	/** Stops the broker and deletes its folder; bounded in time; idempotent. */
	@Override
	public void close() {
		if (this.broker != null) {
			try {
				this.broker.stop().get(STOP_SECONDS, TimeUnit.SECONDS);
				this.broker.close();
			} catch (Exception e) {
				// Best effort: the simulator exits right after.
			}
			this.broker = null;
		}
		if (this.dir != null) {
			try (Stream<Path> files = Files.walk(this.dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			} catch (IOException e) {
				// A leftover temporary folder is harmless.
			}
			this.dir = null;
		}
	}
}
