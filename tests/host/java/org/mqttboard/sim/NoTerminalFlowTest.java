/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The simulator's real command line without a terminal (a service manager, a pipe): event lines until SIGTERM or
 * SIGINT, then a clean end with status 0; status 4 when the board halts on its configuration, also at the end of
 * a script that did not expect it; {@code --check} through the command line.
 */
public class NoTerminalFlowTest {

	/** Longest wait for a line or an exit, seconds. */
	private static final long WAIT_SECONDS = 60;
	private static final Pattern BROKER_PORT = Pattern.compile("broker: 127\\.0\\.0\\.1 port (\\d+)");

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private SimProcess sim;

	@After
	public void killLeftover() throws InterruptedException {
		if (this.sim != null) {
			this.sim.close();
		}
	}

	/** Starts the simulator with standard input a closed pipe (no terminal), collecting both outputs. */
	private void start(String... args) throws IOException {
		this.sim = new SimProcess(args);
		this.sim.process.getOutputStream().close();
	}

	private String awaitLine(List<String> lines, Pattern pattern) throws InterruptedException {
		return this.sim.awaitLine(lines, pattern, WAIT_SECONDS);
	}

	private int awaitExit() throws InterruptedException {
		return this.sim.awaitExit(WAIT_SECONDS);
	}

	@Override
	public String toString() {
		return String.valueOf(this.sim);
	}

	@Test
	public void defaultRun_printsEventLinesUntilSigterm_thenStopsTheEmbeddedBroker_andExits0() throws Exception {
		start();
		awaitLine(this.sim.out, Pattern.compile("^STATE ONLINE$"));
		Matcher port = BROKER_PORT.matcher(awaitLine(this.sim.err, BROKER_PORT));
		assertTrue(port.find());
		Thread.sleep(1000);
		assertTrue("still running without a terminal:\n" + this, this.sim.process.isAlive());
		this.sim.process.destroy(); // SIGTERM
		assertEquals(this.toString(), 0, awaitExit());
		for (String line : this.sim.out) {
			assertTrue("only event lines on stdout: " + line, line.matches("(STATE|DISPLAY|PUBLISHED|RECEIVED|PEER|ERROR) .*"));
		}
		try {
			new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(port.group(1))).close();
			fail("the embedded broker still accepts connections after the end");
		} catch (ConnectException expected) {
			// Stopped.
		}
	}

	@Test
	public void ownConfig_keepsRetryingWithoutATerminal_untilSigint_andExits0() throws Exception {
		// A broker and an SNTP server that do not answer, on loopback: the board keeps trying, nothing leaves the PC.
		int closedTcp;
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedTcp = s.getLocalPort();
		}
		int silentUdp;
		try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			silentUdp = s.getLocalPort();
		}
		Path config = write("own.properties", "wifi.ssid = home", "wifi.passphrase = home-pass-1",
				"broker.host = 127.0.0.1", "broker.port = " + closedTcp, "broker.tls = false",
				"time.sntp.servers = 127.0.0.1:" + silentUdp, "time.sntp.timeout.ms = 500");
		start("--config", config.toString());
		awaitLine(this.sim.out, Pattern.compile("^ERROR BROKER cannot reach broker "));
		assertTrue("still running:\n" + this, this.sim.process.isAlive());
		Process kill = new ProcessBuilder("kill", "-INT", Long.toString(this.sim.process.pid())).inheritIO().start();
		assertEquals(0, kill.waitFor());
		assertEquals(this.toString(), 0, awaitExit());
		assertTrue(this.toString(), this.sim.err.contains("simulate: stopped"));
	}

	@Test
	public void configThatHaltsTheBoard_withoutATerminal_reportsTheErrors_thenServesTheSetupPage() throws Exception {
		start("--config", badConfig().toString());
		String setup = awaitLine(this.sim.out, Pattern.compile("^SETUP http://127\\.0\\.0\\.1:\\d+/$"));
		assertTrue(this.toString(), this.sim.out.indexOf("STATE HALTED") >= 0
				&& this.sim.out.indexOf("STATE HALTED") < this.sim.out.indexOf(setup));
		assertTrue(this.toString(), this.sim.out.stream().anyMatch(l -> l.startsWith("ERROR CONFIG line 2: broker.port: ")));
		HttpURLConnection page = (HttpURLConnection) new URL(setup.substring("SETUP ".length())).openConnection();
		assertEquals(200, page.getResponseCode());
		try (InputStream in = page.getInputStream()) {
			String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(html, html.contains("<title>mqttboard setup</title>"));
		}
		Process kill = new ProcessBuilder("kill", "-INT", Long.toString(this.sim.process.pid())).inheritIO().start();
		assertEquals(0, kill.waitFor());
		assertEquals(this.toString(), 0, awaitExit());
	}

	@Test
	public void script_endingWithoutExpectingTheHalt_exits4_andOneNamingItPasses() throws Exception {
		Path dir = this.temp.getRoot().toPath();
		SimRun unexpected = SimRun.run(dir, "press A\nsleep 2000\n", "--config", badConfig().toString());
		assertEquals(unexpected.toString(), ScriptRunner.BOARD_HALTED, unexpected.exit);
		assertTrue(unexpected.toString(), unexpected.out.contains("FAIL end of script: the board halted (ERROR CONFIG "));
		SimRun named = SimRun.run(dir, "expect state HALTED 10000\n", "--config", badConfig().toString());
		assertEquals(named.toString(), 0, named.exit);
	}

	@Test
	public void check_throughTheCommandLine_exits0Valid_1Problems_2Usage() throws Exception {
		Path dir = this.temp.getRoot().toPath();
		Path good = write("good.properties", "wifi.ssid = home", "wifi.passphrase = home-pass-1",
				"broker.host = broker.example", "broker.port = 8883", "broker.ca.resources = /org/mqttboard/ca/isrg-root-x1.pem");
		SimRun valid = SimRun.run(dir, null, "--check", good.toString());
		assertEquals(valid.toString(), 0, valid.exit);
		assertTrue(valid.toString(), valid.out.contains("good.properties: valid (profile generic, broker "
				+ "broker.example:8883 TLS)"));
		SimRun problems = SimRun.run(dir, null, "--check", badConfig().toString());
		assertEquals(problems.toString(), 1, problems.exit);
		assertTrue(problems.toString(), problems.out.contains("ERROR line 2: broker.port: "));
		assertFalse("no broker for a check", problems.err.contains("broker:"));
		SimRun usage = SimRun.run(dir, null, "--check", good.toString(), "--gui");
		assertEquals(usage.toString(), 2, usage.exit);
	}

	private Path badConfig() throws IOException {
		return write("bad.properties", "wifi.ssid = home", "broker.port = 99999", "wifi.passphrase = home-pass-1",
				"broker.host = broker.example");
	}

	private Path write(String name, String... lines) throws IOException {
		Path path = this.temp.getRoot().toPath().resolve(name);
		Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		assertNotNull(path);
		return path;
	}
}
