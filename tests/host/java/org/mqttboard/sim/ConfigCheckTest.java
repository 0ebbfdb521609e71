/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code ./simulate --check FILE}: the board's own boot-time check, all problems at once, no network. */
public class ConfigCheckTest {

	private static final String SECRET = "Zq9-not-for-logs";

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private String out;

	private int check(String... lines) throws Exception {
		Path file = this.temp.getRoot().toPath().resolve("board.properties");
		Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return check(file.toString());
	}

	private int check(String file) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = ConfigCheck.run(file, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		this.out = bytes.toString(StandardCharsets.UTF_8);
		System.out.print(this.out);
		return status;
	}

	@Test
	public void fileWithErrors_listsEveryProblemWithLineKeyAndReason_masksSecrets_andExits1() throws Exception {
		int status = check(
				"wifi.ssid = home",
				"wifi.passphrase = " + SECRET,
				"broker.profile = hivemq-cloud",
				"broker.host = <your cluster>",
				"broker.port = 0",
				"broker.pasword = " + SECRET,
				"broker.username = board",
				"broker.password = " + SECRET,
				"broker.tls = false");
		assertEquals(this.out, ConfigCheck.PROBLEMS, status);
		List<String> lines = this.out.lines().toList();
		assertTrue(this.out, lines.contains(
				"ERROR line 4: broker.host: still the placeholder of the example file; edit this value (<your cluster>)"));
		assertTrue(this.out, lines.contains("ERROR line 5: broker.port: out of range 1..65535 (got '0')"));
		assertTrue(this.out, lines.contains("ERROR line 6: broker.pasword: unknown key; did you mean broker.password?"));
		// The hivemq-cloud profile's own rule: TLS only.
		assertTrue(this.out, lines.stream().anyMatch(l -> l.startsWith("ERROR line 9: broker.tls: ")));
		String verdict = lines.get(lines.size() - 1);
		assertTrue(verdict, verdict.matches(".*board.properties: \\d+ errors, \\d+ warnings?: the board would stop at "
				+ "boot and show CFG \\d+ ERR L4 broker.host"));
		assertFalse("no secret in the output", this.out.contains(SECRET));
	}

	@Test
	public void validFile_appliesTheProfileDefaults_printsWarnings_andExits0() throws Exception {
		int status = check(
				"wifi.ssid = home",
				"wifi.passphrase = " + SECRET,
				"broker.profile = hivemq-cloud",
				"broker.host = 0123abcd.s1.eu.hivemq.cloud",
				"broker.username = board",
				"broker.password = " + SECRET,
				"broker.tls.verify = false");
		assertEquals(this.out, ConfigCheck.VALID, status);
		List<String> lines = this.out.lines().toList();
		assertTrue(this.out, lines.get(0).startsWith("WARNING line 7: broker.tls.verify: "));
		// Port 8883 and TLS come from the profile, not from the file.
		assertTrue(this.out, lines.get(lines.size() - 1).endsWith("board.properties: valid (profile hivemq-cloud, "
				+ "broker 0123abcd.s1.eu.hivemq.cloud:8883 TLS), 1 warning"));
		assertFalse(this.out.contains(SECRET));
	}

	@Test
	public void theEmbeddedDefaultConfiguration_asShipped_asksForEveryPlaceholderToBeEdited() {
		String file = SimRun.root().resolve("src/main/resources/org/mqttboard/app/default.properties").toString();
		assertEquals(ConfigCheck.PROBLEMS, check(file));
		assertTrue(this.out, this.out.lines().anyMatch(l -> l.matches("ERROR line \\d+: wifi.ssid: still the "
				+ "placeholder of the example file; edit this value .*")));
		assertTrue(this.out, this.out.lines().anyMatch(l -> l.matches("ERROR line \\d+: broker.host: still the "
				+ "placeholder of the example file; edit this value .*")));
	}

	@Test
	public void missingFile_isAProblem() {
		assertEquals(ConfigCheck.PROBLEMS, check(this.temp.getRoot().toPath().resolve("nope.properties").toString()));
		assertTrue(this.out, this.out.contains("nope.properties does not exist"));
	}
}
