/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mqttboard.app.store.AtomicFile;
import org.mqttboard.app.store.StoredConfigSource;
import org.mqttboard.platform.Display;
import org.mqttboard.sim.SimAccessPointRadio;
import org.mqttboard.sim.SimClock;
import org.mqttboard.sim.SimStorage;
import org.mqttboard.testkit.app.RecordingDisplay;
import org.mqttboard.testkit.app.RecordingLog;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The setup page in a real browser (headless Debian chromium), against setup mode on loopback with the simulator's
 * storage and radio: the stored secrets never reach the page, an example loads, Check shows the firmware's error of
 * a bad port next to its line, a scanned network fills {@code wifi.ssid}, and Save stores the file (the stored secret
 * kept by the marker) and ends setup mode. Leaves a phone-sized screenshot in {@code tests/host/target}.
 */
public class SetupPageBrowserTest {

	private static final String STORED = "wifi.ssid = old-net\nwifi.passphrase = very-secret-wifi\n"
			+ "broker.host = old.example.org\nbroker.tls = false\nbroker.username = u\n"
			+ "broker.password = very-secret-broker\nbroker.allow.insecure = true\n";

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test(timeout = 120000)
	public void page_inChromium_checkShowsTheBadPort_scanFillsTheSsid_andSaveKeepsTheStoredSecret() throws Exception {
		assertTrue("chromium and chromium-driver are required (./run-tests installs them)", HeadlessChromium.available());
		Path data = this.tmp.newFolder("data").toPath();
		Files.writeString(data.resolve("mqttboard.properties"), STORED);
		SimStorage storage = new SimStorage(data);
		AtomicFile target = new AtomicFile(storage, "mqttboard.properties");
		byte[] entropy = new byte[SetupMode.ENTROPY_BYTES];
		new SecureRandom().nextBytes(entropy);
		SetupMode mode = new SetupMode(new SimClock(), new RecordingDisplay(Display.KIND_SERIAL, 80),
				new RecordingLog(), new SimAccessPointRadio(), storage,
				new StoredConfigSource(target, "/org/mqttboard/app/default.properties"), target, entropy);
		ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		int port = listener.getLocalPort();
		mode.openAccessPoint(port);
		CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> mode.run(listener));
		try (HeadlessChromium chromium = new HeadlessChromium(412, 1000)) {
			RemoteWebDriver web = chromium.driver();
			WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(15));
			web.get("http://127.0.0.1:" + port + "/");
			wait.until(d -> HeadlessChromium.textArea(web).contains("wifi.passphrase = <unchanged>"));
			assertFalse("no stored secret in the page", web.getPageSource().contains("very-secret"));
			assertFalse("no stored secret in the text area", HeadlessChromium.textArea(web).contains("very-secret"));

			new Select(web.findElement(By.id("example"))).selectByValue("hivemq-cloud");
			web.findElement(By.id("load-example")).click();
			wait.until(d -> HeadlessChromium.textArea(web).contains("broker.profile = hivemq-cloud"));
			HeadlessChromium.edit(web, "<your Wi-Fi name>", "lab");
			HeadlessChromium.edit(web, "<your Wi-Fi passphrase>", "<unchanged>");
			HeadlessChromium.edit(web, "<your cluster host, e.g. 0123abcd.s1.eu.hivemq.cloud>", "cluster.example.org");
			HeadlessChromium.edit(web, "<credential user name>", "board-user");
			HeadlessChromium.edit(web, "<credential password>", "typed-broker-password");
			HeadlessChromium.edit(web, "broker.profile = hivemq-cloud", "broker.profile = hivemq-cloud\nbroker.port = 70000");
			web.findElement(By.id("check")).click();
			wait.until(d -> !findings(web).isEmpty());
			String text = HeadlessChromium.textArea(web);
			int portLine = text.substring(0, text.indexOf("broker.port = 70000")).split("\n", -1).length;
			String portError = findings(web).get(0).getText();
			assertTrue(portError, portError.startsWith("Error line " + portLine + ": broker.port: out of range"));
			assertTrue(web.findElement(By.id("status")).getText(), web.findElement(By.id("status")).getText()
					.startsWith("1 error(s)"));
			Files.copy(web.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "setup-page.png"),
					StandardCopyOption.REPLACE_EXISTING);

			HeadlessChromium.edit(web, "broker.port = 70000", "broker.port = 8883");
			web.findElement(By.id("check")).click();
			wait.until(d -> web.findElement(By.id("status")).getText().startsWith("No errors"));

			web.findElement(By.id("scan")).click();
			wait.until(d -> web.findElements(By.cssSelector("#networks li")).size() == 3);
			List<WebElement> networks = web.findElements(By.cssSelector("#networks li"));
			assertTrue(networks.get(0).getText(), networks.get(0).getText().matches("sim-home +\\(-48 dBm, WPA2\\)"));
			networks.get(1).click();
			assertTrue(HeadlessChromium.textArea(web), HeadlessChromium.textArea(web).contains("wifi.ssid = sim-office\n"));

			web.findElement(By.id("save")).click();
			wait.until(d -> web.findElement(By.id("status")).getText().startsWith("Saved."));
			assertEquals(SetupMode.SAVED, (int) run.get(10, TimeUnit.SECONDS));
		}
		String stored = Files.readString(data.resolve("mqttboard.properties"));
		assertTrue(stored, stored.contains("wifi.ssid = sim-office\n"));
		assertTrue("the marker kept the stored Wi-Fi passphrase: " + stored,
				stored.contains("wifi.passphrase = very-secret-wifi\n"));
		assertTrue(stored, stored.contains("broker.password = typed-broker-password\n"));
		assertTrue(stored, stored.contains("broker.port = 8883\n"));
	}

	private static List<WebElement> findings(RemoteWebDriver web) {
		return web.findElements(By.cssSelector("#findings li"));
	}
}
