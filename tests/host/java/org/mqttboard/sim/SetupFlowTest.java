/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.util.regex.Pattern;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mqttboard.app.setup.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A board with no usable configuration taken to ONLINE with only a browser, end to end: the real
 * {@code ./simulate --setup} command line (no terminal, script on standard input) serves the setup page on
 * loopback; headless Debian chromium starts from the HiveMQ example, Check shows the firmware's error of a bad port,
 * the port is fixed, Save stores the file, the simulated board restarts with it, goes ONLINE on the embedded broker
 * and button A publishes. The page source never holds a stored secret. Writes {@code docs/setup-page.png}.
 */
public class SetupFlowTest {

	private static final long WAIT_SECONDS = 90;

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private SimProcess sim;

	@After
	public void killLeftover() throws InterruptedException {
		if (this.sim != null) {
			this.sim.close();
		}
	}

	@Test(timeout = 240000)
	public void browserOnly_fromTheHiveMqExample_toOnline_andButtonAPublishes() throws Exception {
		assertTrue("chromium and chromium-driver are required (./run-tests installs them)", HeadlessChromium.available());
		Path data = this.temp.newFolder("data").toPath();
		// A configuration already stored on the board, with secrets the page must never show.
		Files.writeString(data.resolve("mqttboard.properties"), "wifi.ssid = old-net\n"
				+ "wifi.passphrase = stored-wifi-secret-1\nbroker.host = old.example.org\nbroker.tls = false\n"
				+ "broker.username = u\nbroker.password = stored-broker-secret-2\nbroker.allow.insecure = true\n",
				StandardCharsets.UTF_8);
		this.sim = new SimProcess("--setup", "--data", data.toString(), "--script", "-");
		OutputStream script = this.sim.process.getOutputStream();
		// Switch the board on (button B at boot is not the setup hold) and let the peer watch the button's topic.
		send(script, "peer subscribe testtopic/1\npress B\n");
		String url = this.sim.awaitLine(this.sim.out, Pattern.compile("^SETUP http://127\\.0\\.0\\.1:"), WAIT_SECONDS)
				.substring("SETUP ".length());
		assertTrue(url, url.matches("http://127\\.0\\.0\\.1:\\d+/"));

		try (HeadlessChromium chromium = new HeadlessChromium(412, 1100)) {
			RemoteWebDriver web = chromium.driver();
			WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(20));
			web.get(url);
			wait.until(d -> HeadlessChromium.textArea(web).contains("wifi.passphrase = <unchanged>"));
			assertTrue(HeadlessChromium.textArea(web), HeadlessChromium.textArea(web).contains("wifi.ssid = old-net"));
			assertFalse("no stored secret in the page", web.getPageSource().contains("stored-wifi-secret-1")
					|| web.getPageSource().contains("stored-broker-secret-2"));
			assertFalse("no stored secret in the text area", HeadlessChromium.textArea(web).contains("stored-"));

			new Select(web.findElement(By.id("example"))).selectByValue("hivemq-cloud");
			web.findElement(By.id("load-example")).click();
			wait.until(d -> HeadlessChromium.textArea(web).contains("broker.profile = hivemq-cloud"));
			HeadlessChromium.edit(web, "<your Wi-Fi name>", "lab-net");
			HeadlessChromium.edit(web, "<your Wi-Fi passphrase>", "lab-pass-123");
			HeadlessChromium.edit(web, "<your cluster host, e.g. 0123abcd.s1.eu.hivemq.cloud>", "0123abcd.s1.eu.hivemq.cloud");
			HeadlessChromium.edit(web, "<credential user name>", "board-user");
			HeadlessChromium.edit(web, "<credential password>", "typed-broker-password");
			HeadlessChromium.edit(web, "broker.profile = hivemq-cloud", "broker.profile = hivemq-cloud\nbroker.port = 8338");
			web.findElement(By.id("check")).click();
			wait.until(d -> !web.findElements(By.cssSelector("#findings li")).isEmpty());
			List<String> findings = web.findElements(By.cssSelector("#findings li")).stream().map(WebElement::getText)
					.toList();
			assertTrue(findings.toString(), findings.stream().anyMatch(f -> f.startsWith("Error line ")
					&& f.contains("broker.port: HiveMQ Cloud serves MQTT over TLS on 8883 only")));
			Path png = SimRun.root().resolve("docs/setup-page.png");
			Files.copy(web.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);

			HeadlessChromium.edit(web, "broker.port = 8338", "broker.port = 8883");
			web.findElement(By.id("check")).click();
			wait.until(d -> web.findElement(By.id("status")).getText().startsWith("No errors"));
			web.findElement(By.id("save")).click();
			wait.until(d -> web.findElement(By.id("status")).getText().startsWith("Saved."));
			assertFalse("no stored secret in the page after saving", web.getPageSource().contains("stored-"));
		}
		String stored = Files.readString(data.resolve("mqttboard.properties"), StandardCharsets.UTF_8);
		assertTrue(stored, stored.contains("broker.port = 8883\n"));
		assertTrue(stored, stored.contains("broker.password = typed-broker-password\n"));

		// The board restarts with the saved file, pointed at the embedded broker; button A publishes.
		send(script, "expect state ONLINE 60000\npress A\nexpect peer testtopic/1 hello 10000\nquit\n");
		script.close();
		assertEquals(this.sim.toString(), 0, this.sim.awaitExit(WAIT_SECONDS));
		assertTrue(this.sim.toString(), this.sim.out.contains("PASS 2 expectations"));
		assertTrue(this.sim.toString(), this.sim.out.contains("PUBLISHED testtopic/1 hello"));
		for (String line : this.sim.out) {
			assertFalse("no secret in the event lines: " + line, line.contains("typed-broker-password"));
		}
		for (String line : this.sim.err) {
			assertFalse("no secret in the log: " + line, line.contains("typed-broker-password")
					|| line.contains("lab-pass-123") || line.contains("stored-"));
		}
	}

	private static void send(OutputStream script, String lines) throws IOException {
		script.write(lines.getBytes(StandardCharsets.UTF_8));
		script.flush();
	}
}
