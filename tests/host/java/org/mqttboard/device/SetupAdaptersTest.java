/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.device;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mqttboard.app.store.AtomicFile;
import org.mqttboard.microej.EcomAccessPointRadio;
import org.mqttboard.microej.FsStorage;
import org.mqttboard.platform.Storage;
import org.mqttboard.sim.SimStorage;

import ej.ecom.wifi.AccessPoint;
import ej.ecom.wifi.SecurityMode;
import ej.ecom.wifi.WifiManager;

/**
 * The setup-mode ports of the device layer (on the host fakes of ECOM-WIFI and the JDK's file system) and of the
 * simulator: both storages keep the {@link Storage} contract the crash-safe file relies on.
 */
public class SetupAdaptersTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private WifiManager wifi;

	@Before
	public void setUp() {
		this.wifi = new WifiManager();
		WifiManager.instance = this.wifi;
	}

	@Test
	public void accessPoint_opensWpa2WithTheNameAndPassphrase_andClosesIdempotently() throws IOException {
		EcomAccessPointRadio radio = new EcomAccessPointRadio(null);
		String address = radio.startAccessPoint("mqttboard-3f2a", "abcdefgh2345");
		assertEquals("mqttboard-3f2a", this.wifi.softAp.ssid);
		assertEquals("abcdefgh2345", this.wifi.softAp.passphrase);
		assertEquals(SecurityMode.WPA2, this.wifi.softAp.securityMode);
		assertFalse("an address to show", address.isEmpty());
		radio.stopAccessPoint();
		radio.stopAccessPoint();
		assertNull(this.wifi.softAp);
	}

	@Test
	public void accessPoint_refused_isAnIOExceptionWithTheDriversReason() {
		this.wifi.softApFailure = new IOException("SoftAP not supported");
		try {
			new EcomAccessPointRadio(null).startAccessPoint("n", "abcdefgh2345");
			fail("refusal must be reported");
		} catch (IOException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("SoftAP not supported"));
		}
	}

	@Test
	public void scan_reportsEveryAccessPoint_withRoundedRssiAndConfigurationSecurityNames() throws IOException {
		this.wifi.scanResult = new AccessPoint[] { new AccessPoint("home", -47.6f, SecurityMode.WPA2),
				new AccessPoint("old", -80.2f, SecurityMode.WEP128), new AccessPoint("mixed", -60f, SecurityMode.MIXED),
				new AccessPoint("unknown", -90f) };
		List<String> seen = new ArrayList<>();
		int n = new EcomAccessPointRadio(null).scan((ssid, rssi, security) -> seen.add(ssid + " " + rssi + " " + security));
		assertEquals(4, n);
		assertEquals(List.of("home -48 WPA2", "old -80 WEP", "mixed -60 WPA_WPA2_MIXED", "unknown -90 UNKNOWN"), seen);
	}

	@Test
	public void macAddress_isSixBytesOrNone() {
		byte[] mac = new EcomAccessPointRadio(null).macAddress();
		assertTrue(mac == null || mac.length == 6);
	}

	@Test
	public void fsStorage_keepsTheStorageContract() throws IOException {
		Path folder = this.tmp.getRoot().toPath().resolve("sd/mqttboard");
		contract(new FsStorage(folder.toString()), folder);
	}

	@Test
	public void simStorage_keepsTheStorageContract() throws IOException {
		Path folder = this.tmp.getRoot().toPath().resolve("data");
		contract(new SimStorage(folder), folder);
	}

	private static void contract(Storage storage, Path folder) throws IOException {
		assertFalse(storage.exists("a"));
		assertTrue("deleting nothing succeeds", storage.delete("a"));
		try (OutputStream out = storage.create("a")) {
			out.write("one".getBytes(StandardCharsets.UTF_8));
			out.flush();
		}
		assertTrue("the folder is created on the first write", Files.isDirectory(folder));
		assertEquals("one", read(storage, "a"));
		try (OutputStream out = storage.create("a")) {
			out.write("2".getBytes(StandardCharsets.UTF_8));
		}
		assertEquals("create empties an existing file", "2", read(storage, "a"));
		try (OutputStream out = storage.create("b")) {
			out.write("bee".getBytes(StandardCharsets.UTF_8));
		}
		assertFalse("a rename never replaces", storage.rename("a", "b"));
		assertEquals("bee", read(storage, "b"));
		assertTrue(storage.delete("b"));
		assertTrue(storage.rename("a", "b"));
		assertFalse(storage.exists("a"));
		assertEquals("2", read(storage, "b"));
		assertFalse("renaming a missing file fails", storage.rename("a", "c"));
		try {
			storage.read("missing");
			fail("reading a missing file is an IOException");
		} catch (IOException e) {
			// expected
		}
		assertEquals(folder.resolve("b").toAbsolutePath().toString(), storage.describe("b"));

		AtomicFile file = new AtomicFile(storage, "mqttboard.properties");
		for (String version : new String[] { "first\n", "second\n" }) {
			OutputStream out = file.begin();
			out.write(version.getBytes(StandardCharsets.UTF_8));
			file.end(out);
			file.commit();
			try (InputStream in = file.open()) {
				assertEquals(version, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		try (var files = Files.list(folder)) {
			assertEquals(List.of("b", "mqttboard.properties"),
					files.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	private static String read(Storage storage, String name) throws IOException {
		try (InputStream in = storage.read(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
