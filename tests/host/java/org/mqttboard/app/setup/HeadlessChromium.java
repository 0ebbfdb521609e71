/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.Assert;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * The real browser of the setup-page tests: Debian's {@code chromium} driven through {@code chromium-driver}
 * (Selenium), headless, with a fresh profile, talking to loopback only. Installed by {@code ./run-tests} and
 * {@code .ci/run}; Selenium Manager never downloads anything (both paths are given).
 */
public final class HeadlessChromium implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private final Path profile;
	private final ChromeDriverService service;
	private final RemoteWebDriver driver;

	/**
	 * @param width window width, px (a phone is about 400)
	 * @param height window height, px
	 * @throws IOException when the profile folder cannot be made or the driver does not start
	 */
	public HeadlessChromium(int width, int height) throws IOException {
		this.profile = Files.createTempDirectory("mqttboard-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + this.profile, "--window-size=" + width + "," + height);
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
				.build();
		this.service.start();
		// A plain WebDriver session: ChromeDriver would also open a DevTools WebSocket, which nothing here needs and
		// which hangs on JDK 25 (Selenium's JDK WebSocket client never completes the handshake there).
		this.driver = new RemoteWebDriver(this.service.getUrl(), options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
	}

	/** @return true when chromium and its driver are installed */
	public static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
	}

	/** @return the value of the setup page's configuration text area */
	public static String textArea(RemoteWebDriver web) {
		return web.findElement(By.id("config")).getDomProperty("value");
	}

	/** Edits the setup page's text area as a user would, through the page's own DOM. */
	public static void edit(RemoteWebDriver web, String what, String with) {
		Object ok = web.executeScript("var t=document.getElementById('config');var i=t.value.indexOf(arguments[0]);"
				+ "if(i<0)return false;t.value=t.value.substring(0,i)+arguments[1]+t.value.substring(i+arguments[0].length);"
				+ "return true;", what, with);
		Assert.assertEquals("text area contains " + what, Boolean.TRUE, ok);
	}

	/** @return the driver */
	public RemoteWebDriver driver() {
		return this.driver;
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		} finally {
			this.service.stop();
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
