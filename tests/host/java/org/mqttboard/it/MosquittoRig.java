/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HOST-ONLY rig: a real mosquitto (Debian package, {@code /usr/sbin/mosquitto}) as a child process on ephemeral
 * loopback ports, with a generated configuration: an optional plain listener, any number of named TLS listeners
 * (each with its own server certificate), a password file made with {@code mosquitto_passwd -b},
 * {@code allow_anonymous} on or off, persistence on or off.
 * <p>
 * Lifecycle: {@link #start()} waits until every listener accepts; {@link #restart()} keeps ports, config and
 * persistence; {@link #freeze()}/{@link #thaw()} send SIGSTOP/SIGCONT (TCP stays up, nothing answers);
 * {@link #close()} stops it and deletes the temp dir (also registered as a JVM shutdown hook, so a crashed test
 * never leaves a broker behind). Running as root, {@code user root} is written so mosquitto does not drop to user
 * {@code mosquitto}, which could not read the temp dir. Threading: one test thread.
 */
public final class MosquittoRig implements AutoCloseable {

	/** The mosquitto executable. */
	public static final String MOSQUITTO = "/usr/sbin/mosquitto";

	private final Path dir;
	private final boolean plain;
	private final Map<String, TestPki.Issued> tlsCerts;
	private final Map<String, Integer> ports = new LinkedHashMap<>();
	private final List<String[]> users;
	private final boolean allowAnonymous;
	private final boolean persistence;
	private final Map<String, Path> clientCas;
	private final Thread shutdownHook;
	private Process process;

	/** Configures a rig; nothing starts before {@link Builder#start()}. */
	public static final class Builder {
		private boolean plain = true;
		private final Map<String, TestPki.Issued> tls = new LinkedHashMap<>();
		private final List<String[]> users = new ArrayList<>();
		private boolean allowAnonymous = true;
		private boolean persistence;
		private final Map<String, Path> clientCas = new LinkedHashMap<>();

		/**
		 * Makes the TLS listener {@code name} require a client certificate issued by the CA in {@code caPem}
		 * ({@code require_certificate true}, {@code cafile}).
		 */
		public Builder requireClientCertificate(String name, Path caPem) {
			this.clientCas.put(name, caPem);
			return this;
		}

		/** @param on whether to open a plain TCP listener named "plain" (on by default) */
		public Builder plain(boolean on) {
			this.plain = on;
			return this;
		}

		/** Adds a TLS listener named {@code name} presenting {@code cert} (with its chain). */
		public Builder tls(String name, TestPki.Issued cert) {
			this.tls.put(name, cert);
			return this;
		}

		/** Adds a user to the password file. */
		public Builder user(String name, String password) {
			this.users.add(new String[] { name, password });
			return this;
		}

		/** @param on false writes {@code allow_anonymous false} */
		public Builder allowAnonymous(boolean on) {
			this.allowAnonymous = on;
			return this;
		}

		/** @param on true writes {@code persistence true} with a location in the temp dir */
		public Builder persistence(boolean on) {
			this.persistence = on;
			return this;
		}

		/** Starts the broker and waits for every listener. */
		public MosquittoRig start() throws IOException, InterruptedException {
			MosquittoRig rig = new MosquittoRig(this);
			try {
				rig.start();
			} catch (IOException | RuntimeException e) {
				rig.close();
				throw e;
			}
			return rig;
		}
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return true when the mosquitto package is installed */
	public static boolean available() {
		return new File(MOSQUITTO).canExecute();
	}

	private MosquittoRig(Builder b) throws IOException {
		this.dir = Files.createTempDirectory("mqttboard-mosquitto-");
		this.plain = b.plain;
		this.tlsCerts = new LinkedHashMap<>(b.tls);
		this.users = new ArrayList<>(b.users);
		this.allowAnonymous = b.allowAnonymous;
		this.persistence = b.persistence;
		this.clientCas = new LinkedHashMap<>(b.clientCas);
		if (this.plain) {
			this.ports.put("plain", Rigs.freePort());
		}
		for (String name : this.tlsCerts.keySet()) {
			this.ports.put(name, Rigs.freePort());
		}
		this.shutdownHook = new Thread(this::kill, "mosquitto-rig-stop");
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
		writeConfig();
	}

	/** @return the port of the listener {@code name} ("plain" or a TLS listener's name) */
	public int port(String name) {
		Integer port = this.ports.get(name);
		if (port == null) {
			throw new IllegalArgumentException("no listener " + name);
		}
		return port;
	}

	/** @return the process id of the running broker */
	public long pid() {
		return this.process.pid();
	}

	/** @return true while the broker process runs */
	public boolean isRunning() {
		return this.process != null && this.process.isAlive();
	}

	/** @return the broker's log so far (for failure messages) */
	public String log() {
		try {
			return Files.readString(this.dir.resolve("mosquitto.log"), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}

	private void writeConfig() throws IOException {
		StringBuilder conf = new StringBuilder();
		conf.append("# generated by MosquittoRig\n");
		if ("root".equals(System.getProperty("user.name"))) {
			conf.append("user root\n");
		}
		conf.append("log_dest stderr\nlog_type error\nlog_type warning\nlog_type notice\nlog_type information\n");
		conf.append("connection_messages true\n");
		conf.append("persistence ").append(this.persistence).append('\n');
		if (this.persistence) {
			conf.append("persistence_location ").append(this.dir).append("/\n");
			conf.append("autosave_interval 1\n");
		}
		conf.append("allow_anonymous ").append(this.allowAnonymous).append('\n');
		if (!this.users.isEmpty()) {
			Path passwords = this.dir.resolve("passwords");
			boolean first = true;
			for (String[] user : this.users) {
				List<String> cmd = new ArrayList<>(List.of("mosquitto_passwd"));
				if (first) {
					cmd.add("-c");
				}
				cmd.addAll(List.of("-b", passwords.toString(), user[0], user[1]));
				run(cmd);
				first = false;
			}
			conf.append("password_file ").append(passwords).append('\n');
		}
		for (Map.Entry<String, Integer> listener : this.ports.entrySet()) {
			conf.append("\nlistener ").append(listener.getValue()).append(" 127.0.0.1\n");
			TestPki.Issued cert = this.tlsCerts.get(listener.getKey());
			if (cert != null && !"plain".equals(listener.getKey())) {
				conf.append("certfile ").append(cert.certPem).append('\n');
				conf.append("keyfile ").append(cert.keyPem).append('\n');
				conf.append("tls_version tlsv1.2\n");
				Path clientCa = this.clientCas.get(listener.getKey());
				if (clientCa != null) {
					conf.append("require_certificate true\ncafile ").append(clientCa).append('\n');
				}
			}
		}
		Files.writeString(this.dir.resolve("mosquitto.conf"), conf.toString(), StandardCharsets.UTF_8);
	}

	private static void run(List<String> cmd) throws IOException {
		try {
			Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
				p.destroyForcibly();
				throw new IOException(cmd.get(0) + " failed: " + out);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted running " + cmd.get(0), e);
		}
	}

	private void start() throws IOException, InterruptedException {
		ProcessBuilder pb = new ProcessBuilder(MOSQUITTO, "-c", this.dir.resolve("mosquitto.conf").toString());
		pb.redirectErrorStream(true);
		pb.redirectOutput(ProcessBuilder.Redirect.appendTo(this.dir.resolve("mosquitto.log").toFile()));
		this.process = pb.start();
		for (int port : this.ports.values()) {
			if (!Rigs.waitForPort(port, 10_000, this::isRunning)) {
				kill();
				throw new IOException("mosquitto did not open port " + port + ":\n" + log());
			}
		}
	}

	/** Stops the broker gracefully (SIGTERM, so persistence is written) and starts it again on the same ports. */
	public void restart() throws IOException, InterruptedException {
		stop();
		start();
	}

	/** Stops the broker gracefully (SIGTERM); {@link #restart()} can bring it back. */
	public void stop() throws InterruptedException {
		if (this.process == null) {
			return;
		}
		thaw();
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
		}
	}

	/** Kills the broker abruptly (SIGKILL): no persistence written, no will sent by a clean shutdown path. */
	public void kill() {
		if (this.process != null && this.process.isAlive()) {
			signal("CONT");
			this.process.destroyForcibly();
			try {
				this.process.waitFor(5, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** SIGSTOP: the kernel keeps TCP up, but the broker answers nothing (a stalled broker, half-open link). */
	public void freeze() {
		signal("STOP");
	}

	/** SIGCONT after {@link #freeze()}. */
	public void thaw() {
		signal("CONT");
	}

	private void signal(String name) {
		if (this.process == null || !this.process.isAlive()) {
			return;
		}
		try {
			run(List.of("kill", "-" + name, Long.toString(this.process.pid())));
		} catch (IOException e) {
			throw new IllegalStateException("kill -" + name + " failed", e);
		}
	}

	@Override
	public void close() {
		kill();
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		} catch (IllegalStateException e) {
			// Already shutting down: the hook runs anyway.
		}
		Rigs.deleteTree(this.dir);
	}
}
