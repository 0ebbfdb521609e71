/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.packets.connect.ConnectPacket;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;

/**
 * HOST-ONLY rig: HiveMQ CE embedded (Maven Central) in this JVM, on ephemeral loopback ports: a plain listener
 * ("plain") and named TLS listeners, each with a JKS keystore from {@link TestPki}, in-memory persistence,
 * logging left to the test class path's logback-test.xml (warnings only), and an
 * embedded authentication extension that accepts exactly the configured username/password pairs (HiveMQ allows
 * everyone when no authenticator is registered). Start costs about 2.5 s: start it once per test class.
 * Threading: one test thread drives it; HiveMQ runs its own threads.
 */
public final class HiveMqRig implements AutoCloseable {

	private final Path dir;
	private final Map<String, Integer> ports = new LinkedHashMap<>();
	private final Map<String, String> users;
	private final EmbeddedHiveMQ broker;

	private HiveMqRig(Map<String, TestPki.Issued> tls, Map<String, String> users) throws IOException {
		this.dir = Files.createTempDirectory("mqttboard-hivemq-");
		this.users = Map.copyOf(users);
		Path config = Files.createDirectories(this.dir.resolve("conf"));
		Path data = Files.createDirectories(this.dir.resolve("data"));
		Path extensions = Files.createDirectories(this.dir.resolve("extensions"));
		StringBuilder xml = new StringBuilder();
		xml.append("<?xml version=\"1.0\"?>\n<hivemq>\n  <listeners>\n");
		int plainPort = Rigs.freePort();
		this.ports.put("plain", plainPort);
		xml.append("    <tcp-listener><port>").append(plainPort)
				.append("</port><bind-address>127.0.0.1</bind-address></tcp-listener>\n");
		for (Map.Entry<String, TestPki.Issued> listener : tls.entrySet()) {
			int port = Rigs.freePort();
			this.ports.put(listener.getKey(), port);
			xml.append("    <tls-tcp-listener><port>").append(port).append("</port>")
					.append("<bind-address>127.0.0.1</bind-address><tls>")
					.append("<keystore><path>").append(listener.getValue().jks).append("</path>")
					.append("<password>").append(TestPki.STORE_PASSWORD).append("</password>")
					.append("<private-key-password>").append(TestPki.STORE_PASSWORD)
					.append("</private-key-password></keystore>")
					.append("<client-authentication-mode>NONE</client-authentication-mode>")
					.append("</tls></tls-tcp-listener>\n");
		}
		xml.append("  </listeners>\n");
		xml.append("  <persistence><mode>in-memory</mode></persistence>\n");
		xml.append("  <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>\n");
		xml.append("</hivemq>\n");
		Files.writeString(config.resolve("config.xml"), xml.toString(), StandardCharsets.UTF_8);
		EmbeddedExtension auth = EmbeddedExtension.builder().withId("mqttboard-test-auth")
				.withName("mqttboard test auth").withVersion("1").withPriority(0).withStartPriority(1000)
				.withAuthor("mqttboard").withExtensionMain(new AuthMain(this.users)).build();
		this.broker = EmbeddedHiveMQ.builder().withConfigurationFolder(config).withDataFolder(data)
				.withExtensionsFolder(extensions).withEmbeddedExtension(auth).withoutLoggingBootstrap().build();
	}

	/**
	 * Starts HiveMQ CE and waits for every listener.
	 *
	 * @param tls TLS listeners by name, each presenting its certificate
	 * @param users accepted username → password pairs (an empty map refuses everyone)
	 */
	public static HiveMqRig start(Map<String, TestPki.Issued> tls, Map<String, String> users) throws Exception {
		HiveMqRig rig = new HiveMqRig(tls, users);
		try {
			rig.broker.start().get(60, TimeUnit.SECONDS);
			for (int port : rig.ports.values()) {
				if (!Rigs.waitForPort(port, 10_000, () -> true)) {
					throw new IOException("HiveMQ did not open port " + port);
				}
			}
		} catch (Exception e) {
			rig.close();
			throw e;
		}
		return rig;
	}

	/** @return the port of the listener {@code name} ("plain" or a TLS listener's name) */
	public int port(String name) {
		Integer port = this.ports.get(name);
		if (port == null) {
			throw new IllegalArgumentException("no listener " + name);
		}
		return port;
	}

	@Override
	public void close() {
		try {
			this.broker.stop().get(30, TimeUnit.SECONDS);
			this.broker.close();
		} catch (Exception e) {
			// Stopping is best effort: the JVM ends after the tests anyway.
		}
		Rigs.deleteTree(this.dir);
	}

	/** The embedded extension: registers a username/password authenticator. */
	private static final class AuthMain implements ExtensionMain {
		private final Map<String, String> users;

		AuthMain(Map<String, String> users) {
			this.users = users;
		}

		@Override
		public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
			SimpleAuthenticator authenticator = (authInput, authOutput) -> {
				ConnectPacket connect = authInput.getConnectPacket();
				Optional<String> user = connect.getUserName();
				Optional<ByteBuffer> password = connect.getPassword();
				String expected = user.map(this.users::get).orElse(null);
				if (expected != null && password.isPresent()
						&& expected.equals(StandardCharsets.UTF_8.decode(password.get().duplicate()).toString())) {
					authOutput.authenticateSuccessfully();
				} else {
					authOutput.failAuthentication(ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, "bad credentials");
				}
			};
			Services.securityRegistry().setAuthenticatorProvider(providerInput -> authenticator);
		}

		@Override
		public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
			// Nothing to release.
		}
	}
}
