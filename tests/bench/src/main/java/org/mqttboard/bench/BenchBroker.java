/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * mosquitto (Debian package) on loopback for the benchmarks: one plain and one TLS listener, anonymous access,
 * a CA and server certificate generated with openssl at start. Can be frozen (SIGSTOP) to measure dead-link
 * detection. Host-only; {@link #close()} kills it and deletes its directory.
 */
final class BenchBroker implements AutoCloseable {

	private final Path dir;
	private final Process process;
	private final int plainPort;
	private final int tlsPort;
	private final SSLContext clientTls;
	private final TrustManagerFactory trust;

	BenchBroker() throws Exception {
		this.dir = Files.createTempDirectory("bench-mosquitto");
		run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=bench-ca",
				"-keyout", "ca.key", "-out", "ca.pem");
		run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", "server.key",
				"-out", "server.csr");
		Files.writeString(this.dir.resolve("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
		run("openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
				"-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", "server.pem");
		this.plainPort = freePort();
		this.tlsPort = freePort();
		StringBuilder conf = new StringBuilder();
		if ("root".equals(System.getProperty("user.name"))) {
			conf.append("user root\n");
		}
		conf.append("per_listener_settings false\nallow_anonymous true\npersistence false\n");
		conf.append("max_inflight_messages 0\nmax_queued_messages 100000\n");
		conf.append("listener ").append(this.plainPort).append(" 127.0.0.1\n");
		conf.append("listener ").append(this.tlsPort).append(" 127.0.0.1\n");
		conf.append("cafile ").append(this.dir.resolve("ca.pem")).append('\n');
		conf.append("certfile ").append(this.dir.resolve("server.pem")).append('\n');
		conf.append("keyfile ").append(this.dir.resolve("server.key")).append('\n');
		conf.append("tls_version tlsv1.2\n");
		Files.writeString(this.dir.resolve("mosquitto.conf"), conf.toString());
		this.process = new ProcessBuilder(mosquitto(), "-c", this.dir.resolve("mosquitto.conf").toString())
				.redirectErrorStream(true).redirectOutput(this.dir.resolve("mosquitto.log").toFile()).start();
		waitForPort(this.plainPort);
		waitForPort(this.tlsPort);
		publishCaOnClassPath();
		KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
		ks.load(null, null);
		try (InputStream in = Files.newInputStream(this.dir.resolve("ca.pem"))) {
			ks.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
		}
		this.trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		this.trust.init(ks);
		this.clientTls = SSLContext.getInstance("TLSv1.2");
		this.clientTls.init(null, this.trust.getTrustManagers(), null);
	}

	/** Our engine loads CAs as class-path resources, as on the device: copy the CA into the class folder. */
	private void publishCaOnClassPath() throws Exception {
		Path classes = Path.of(BenchBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Path target = classes.resolve(OurClient.CA_RESOURCE.substring(1));
		Files.createDirectories(target.getParent());
		Files.copy(this.dir.resolve("ca.pem"), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	int plainPort() {
		return this.plainPort;
	}

	int tlsPort() {
		return this.tlsPort;
	}

	/** @return a TLS 1.2 context trusting the generated CA */
	SSLContext clientTls() {
		return this.clientTls;
	}

	TrustManagerFactory trust() {
		return this.trust;
	}

	/** @return the CA certificate file (PEM) */
	Path caFile() {
		return this.dir.resolve("ca.pem");
	}

	/** Freezes (true, SIGSTOP) or thaws (false, SIGCONT) the broker process. */
	void freeze(boolean frozen) throws Exception {
		run("kill", frozen ? "-STOP" : "-CONT", Long.toString(this.process.pid()));
	}

	private void run(String... cmd) throws Exception {
		Process p = new ProcessBuilder(cmd).directory(this.dir.toFile()).redirectErrorStream(true).start();
		byte[] out = p.getInputStream().readAllBytes();
		if (p.waitFor() != 0) {
			throw new IOException(String.join(" ", cmd) + " failed: " + new String(out, StandardCharsets.UTF_8));
		}
	}

	private static String mosquitto() {
		for (String c : new String[] { "/usr/sbin/mosquitto", "/usr/bin/mosquitto" }) {
			if (Files.isExecutable(Path.of(c))) {
				return c;
			}
		}
		throw new IllegalStateException("mosquitto is not installed (apt-get install mosquitto)");
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return s.getLocalPort();
		}
	}

	private void waitForPort(int port) throws Exception {
		for (int i = 0; i < 100; i++) {
			try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
				return;
			} catch (IOException e) {
				if (!this.process.isAlive()) {
					throw new IOException("mosquitto exited: " + Files.readString(this.dir.resolve("mosquitto.log")));
				}
				Thread.sleep(50);
			}
		}
		throw new IOException("mosquitto did not open port " + port);
	}

	@Override
	public void close() throws Exception {
		this.process.destroy();
		freezeQuietly();
		this.process.waitFor();
		List<Path> files = new ArrayList<>();
		try (var walk = Files.walk(this.dir)) {
			walk.forEach(files::add);
		}
		for (int i = files.size() - 1; i >= 0; i--) {
			Files.deleteIfExists(files.get(i));
		}
	}

	private void freezeQuietly() {
		try {
			freeze(false);
		} catch (Exception e) {
			// not frozen or already gone
		}
	}
}
