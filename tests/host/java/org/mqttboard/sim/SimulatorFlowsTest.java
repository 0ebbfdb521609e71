/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * End-to-end flows through the simulator's real command line ({@code Main} in a child JVM, embedded broker on a
 * free loopback port, the unchanged firmware, the Paho peer).
 */
public class SimulatorFlowsTest {

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private Path dir() {
		return this.temp.getRoot().toPath();
	}

	private Path file(String name, String text) throws Exception {
		Path path = dir().resolve(name);
		Files.writeString(path, text, StandardCharsets.UTF_8);
		return path;
	}

	@Test
	public void hivemqTutorial_buttonAPublishesHello_andTwoOnTestTopic2LightsTheMatrix() throws Exception {
		Path png = dir().resolve("panel.png");
		SimRun run = SimRun.run(dir(), String.join("\n",
				"peer subscribe testtopic/1",
				"expect state ONLINE 20000",
				"press A",
				"expect peer testtopic/1 hello 5000",
				"peer publish testtopic/2 2",
				"expect display 2 5000",
				"quit", ""), "--snapshot", png.toString());
		assertEquals(run.toString(), 0, run.exit);
		assertEquals(run.toString(), 1, run.count("PUBLISHED testtopic/1 hello"));
		assertEquals(run.toString(), 1, run.count("PEER testtopic/1 hello"));
		assertEquals(run.toString(), 1, run.count("RECEIVED testtopic/2 2"));
		assertTrue(run.toString(), run.out.contains("STATE ONLINE\n"));
		assertTrue(run.toString(), run.out.endsWith("PASS 3 expectations\n"));
		assertTrue(run.err, run.err.contains("broker: 127.0.0.1 port "));
		// The front panel, rendered headless at exit, shows the firmware's "2" on the matrix.
		BufferedImage image = ImageIO.read(png.toFile());
		PanelRendererTest.assertMatrix(image, new String[] {"###..", "...#.", "..#..", ".#...", "####."});
	}

	@Test
	public void amebaFlow_outTopicOnConnectAndButton_inTopicToDisplay() throws Exception {
		Path config = file("ameba.properties", String.join("\n",
				"wifi.ssid = home",
				"wifi.passphrase = wifi-secret-1",
				"wifi.security = WPA2",
				"broker.profile = ameba-cloud",
				"broker.client.id = amb82-demo",
				"broker.username = demo-user",
				"broker.password = ameba-secret-2",
				""));
		SimRun run = SimRun.run(dir(), String.join("\n",
				"peer subscribe outTopic",
				"expect state ONLINE 20000",
				"expect peer outTopic \"hello world\" 5000",
				"press A",
				"expect peer outTopic \"hello world\" 5000",
				"peer publish inTopic 7",
				"expect display 7 5000",
				"quit", ""), "--config", config.toString(), "--broker", "embedded");
		assertEquals(run.toString(), 0, run.exit);
		assertFalse("no secret in any output", (run.out + run.err).contains("secret-"));
	}

	@Test
	public void wifiDrop_queuedPressIsDeliveredOnceAfterRecovery() throws Exception {
		SimRun run = SimRun.run(dir(), String.join("\n",
				"peer subscribe testtopic/1",
				"expect state ONLINE 20000",
				"wifi down",
				"expect state WIFI_JOIN 5000",
				"press A",
				"sleep 500",
				"wifi up",
				"expect state ONLINE 20000",
				"expect peer testtopic/1 hello 10000",
				"sleep 1500",
				"quit", ""));
		assertEquals(run.toString(), 0, run.exit);
		assertEquals("delivered exactly once\n" + run, 1, run.count("PEER testtopic/1 hello"));
	}

	@Test
	public void badConfig_givesTheFirmwaresErrorsWithKeyAndLine_andTheScriptFails() throws Exception {
		Path config = file("bad.properties", String.join("\n",
				"wifi.ssid = home",
				"wifi.passphrase = wifi-secret-3",
				"broker.profile = generic",
				"broker.host = broker.example",
				"broker.port = 99999",
				"broker.keepalive.seconds = soon",
				""));
		// The file names its own broker: no embedded broker, no peer; the firmware reads the file byte for byte.
		SimRun pass = SimRun.run(dir(), "expect error CONFIG 10000\nexpect state HALTED 5000\n", "--config",
				config.toString());
		assertEquals(pass.toString(), 0, pass.exit);
		assertTrue(pass.toString(), pass.out.lines().anyMatch(
				l -> l.startsWith("ERROR CONFIG ") && l.contains("line 5") && l.contains("broker.port")));
		assertTrue(pass.toString(), pass.out.lines().anyMatch(
				l -> l.startsWith("ERROR CONFIG ") && l.contains("line 6") && l.contains("broker.keepalive.seconds")));
		assertFalse(pass.toString(), (pass.out + pass.err).contains("wifi-secret-3"));
		assertFalse("no broker starts for a config naming its own", pass.err.contains("(embedded)"));

		SimRun fail = SimRun.run(dir(), "\nexpect state ONLINE 3000\n", "--config", config.toString());
		assertEquals(fail.toString(), 1, fail.exit);
		assertTrue(fail.toString(), fail.out.contains("FAIL line 2: expect state ONLINE 3000"));
	}

	@Test
	public void commandLine_rejectsUnknownOption_andMissingConfigFile() throws Exception {
		SimRun usage = SimRun.run(dir(), null, "--frobnicate");
		assertEquals(usage.toString(), 2, usage.exit);
		assertTrue(usage.err, usage.err.contains("unknown option '--frobnicate'"));
		SimRun missing = SimRun.run(dir(), "quit\n", "--config", dir().resolve("nope.properties").toString());
		assertEquals(missing.toString(), 3, missing.exit);
		assertTrue(missing.err, missing.err.contains("does not exist"));
	}
}
