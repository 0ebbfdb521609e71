/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.Before;
import org.junit.Test;
import org.mqttboard.app.store.AtomicFile;
import org.mqttboard.app.store.StoredConfigSource;
import org.mqttboard.testkit.FakeClock;
import org.mqttboard.testkit.setup.FakeAccessPoint;
import org.mqttboard.testkit.setup.PowerCutStorage;
import org.mqttboard.testkit.setup.ScriptedClient;

/**
 * The setup routes through the HTTP server core: page with token, masked configuration, examples, check and save
 * with the firmware's own findings, the marker keeping stored secrets, CSRF and rebinding guards, scan, CA upload.
 */
public class SetupRoutesTest {

	private static final String TOKEN = "0123456789abcdef0123456789abcdef";
	private static final String NAME = "mqttboard.properties";
	private static final String STORED = "# stored on the board\nwifi.ssid = HomeNet\nwifi.passphrase = correct horse\n"
			+ "broker.profile = generic\nbroker.host = broker.example.org\nbroker.tls = false\n"
			+ "broker.username = user\nbroker.password = pa55-w0rd\nbroker.allow.insecure = true\n";

	private FakeClock clock;
	private PowerCutStorage storage;
	private AtomicFile target;
	private FakeAccessPoint radio;
	private SetupRoutes routes;
	private HttpServer server;

	@Before
	public void setUp() throws IOException {
		this.clock = new FakeClock(0);
		this.storage = new PowerCutStorage();
		this.storage.put(NAME, ScriptedClient.utf8(STORED));
		this.target = new AtomicFile(this.storage, NAME);
		this.radio = new FakeAccessPoint(new byte[] { 1, 2, 3, 4, 0x3f, 0x2a }, "192.168.4.1", "Office", "-70",
				"WPA2", "HomeNet", "-80", "WPA2", "HomeNet", "-40", "WPA2_WPA3_MIXED", "", "-30", "OPEN", "Café",
				"-60", "OPEN");
		this.routes = new SetupRoutes(TOKEN, new StoredConfigSource(this.target, "/org/mqttboard/app/default.properties"),
				this.target, this.storage, this.radio);
		this.server = new HttpServer(this.routes, this.clock, 10000, 30000);
	}

	@Test
	public void page_isServedWithTheTokenSpliced_exactLength_andLockedDownHeaders() throws IOException {
		String r = get("/");
		assertStatus(200, r);
		String body = body(r);
		assertTrue(body.indexOf("value=\"" + TOKEN + "\"") > 0);
		assertFalse(body.indexOf("@TOKEN@") >= 0);
		assertEquals(ScriptedClient.utf8(body).length, contentLength(r));
		assertTrue(r, r.indexOf("Content-Security-Policy: default-src 'none'") > 0);
		assertTrue(r, r.indexOf("X-Frame-Options: DENY") > 0);
		assertTrue("the page is at most 16 KiB: " + contentLength(r), contentLength(r) <= 16 * 1024);
	}

	@Test
	public void config_masksEverySecret_andKeepsTheRest() throws IOException {
		String r = get("/config");
		assertStatus(200, r);
		String body = body(r);
		assertFalse(body, body.indexOf("correct horse") >= 0);
		assertFalse(body, body.indexOf("pa55-w0rd") >= 0);
		assertTrue(body, body.indexOf("wifi.passphrase = <unchanged>\n") > 0);
		assertTrue(body, body.indexOf("broker.password = <unchanged>\n") > 0);
		assertTrue(body, body.startsWith("# stored on the board\nwifi.ssid = HomeNet\n"));
	}

	@Test
	public void config_withNothingStored_isTheEmbeddedDefault_withItsPlaceholdersVisible() throws IOException {
		this.storage = new PowerCutStorage();
		this.target = new AtomicFile(this.storage, NAME);
		this.routes = new SetupRoutes(TOKEN, new StoredConfigSource(this.target, "/org/mqttboard/app/default.properties"),
				this.target, this.storage, this.radio);
		this.server = new HttpServer(this.routes, this.clock, 10000, 30000);
		String body = body(get("/config"));
		assertTrue(body, body.indexOf("wifi.passphrase = <your Wi-Fi passphrase>") > 0);
	}

	@Test
	public void example_isTheBundledCopy_andAnUnknownOneIs404() throws IOException {
		String r = get("/example?name=hivemq-cloud");
		assertStatus(200, r);
		assertTrue(body(r).indexOf("broker.profile = hivemq-cloud") > 0);
		assertStatus(404, get("/example?name=../../secret"));
		assertStatus(404, get("/example"));
	}

	@Test
	public void check_reportsTheFirmwaresOwnFindings_withLineAndKey() throws IOException {
		String text = "wifi.ssid = HomeNet\nwifi.passphrase = <unchanged>\nbroker.host = b.example.org\n"
				+ "broker.tls = false\nbroker.port = 99999\n";
		String r = post("/check", text, TOKEN);
		assertStatus(200, r);
		String body = body(r);
		assertTrue(body, body.indexOf("E\t5\tbroker.port\t") >= 0);
		assertTrue(body, body.endsWith("INVALID\t1\n"));
		assertFalse("the stored secret restored by the marker is valid: " + body, body.indexOf("wifi.passphrase") >= 0);
	}

	@Test
	public void check_ofAValidText_isValid() throws IOException {
		String body = body(post("/check", replace(STORED, "correct horse", "<unchanged>"), TOKEN));
		assertTrue(body, body.endsWith("VALID\n") && body.indexOf("\nE\t") < 0 && !body.startsWith("E\t"));
	}

	@Test
	public void save_storesTheTextWithTheStoredSecretsBack_andEndsSetupMode() throws IOException {
		String page = replace(body(get("/config")), "broker.host = broker.example.org", "broker.host = new.example.org");
		String r = post("/save", page, TOKEN);
		assertStatus(200, r);
		assertTrue(body(r), body(r).endsWith("SAVED\n"));
		assertTrue(this.routes.saved());
		String stored = new String(this.storage.content(NAME), "UTF-8");
		assertEquals(replace(STORED, "broker.example.org", "new.example.org"), stored);
		assertEquals("[" + NAME + "]", this.storage.listing());
	}

	@Test
	public void save_ofAnInvalidText_is422_andKeepsTheStoredFile() throws IOException {
		String r = post("/save", "wifi.ssid = x\nbroker.port = 0\n", TOKEN);
		assertStatus(422, r);
		assertTrue(body(r), body(r).indexOf("E\t2\tbroker.port\t") >= 0);
		assertFalse(this.routes.saved());
		assertArrayEquals(ScriptedClient.utf8(STORED), this.storage.content(NAME));
		assertEquals("[" + NAME + "]", this.storage.listing());
	}

	@Test
	public void posts_needTheToken_andEveryRequestNeedsAnAddressAsHost() throws IOException {
		assertStatus(403, post("/save", STORED, null));
		assertStatus(403, post("/save", STORED, "wrong"));
		assertStatus(400, call("GET / HTTP/1.1\r\nHost: evil.example:80\r\n\r\n"));
		assertStatus(400, call("GET /config HTTP/1.1\r\n\r\n"));
		assertStatus(200, call("GET / HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n"));
		assertStatus(200, call("GET / HTTP/1.1\r\nHost: 127.0.0.1:41234\r\n\r\n"));
		assertFalse(this.routes.saved());
	}

	@Test
	public void wrongMethodsAre405_andUnknownPaths404() throws IOException {
		String r = get("/save");
		assertStatus(405, r);
		assertTrue(r, r.indexOf("\r\nAllow: POST\r\n") > 0);
		assertStatus(405, post("/config", "", TOKEN));
		assertStatus(404, get("/nope"));
		assertStatus(405, call("DELETE / HTTP/1.1\r\nHost: 1.2.3.4\r\n\r\n"));
	}

	@Test
	public void scan_listsEachNetworkOnce_strongestFirst_withoutHiddenOnes() throws IOException {
		String r = post("/scan", "", TOKEN);
		assertStatus(200, r);
		assertEquals("-40\tWPA2_WPA3_MIXED\tHomeNet\n-60\tOPEN\tCafé\n-70\tWPA2\tOffice\n", body(r));
		this.radio.failure = new IOException("radio busy");
		assertStatus(503, post("/scan", "", TOKEN));
	}

	@Test
	public void ca_isStoredBesideTheConfiguration_whenItIsAPemCertificate() throws IOException {
		String pem = "Bag Attributes: x\n-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n";
		String r = post("/ca?name=my-ca.pem", pem, TOKEN);
		assertStatus(200, r);
		assertEquals(pem, new String(this.storage.content("my-ca.pem"), "UTF-8"));
		assertStatus(400, post("/ca?name=../x.pem", pem, TOKEN));
		assertStatus(400, post("/ca?name=mqttboard.properties", pem, TOKEN));
		assertStatus(400, post("/ca?name=bad.pem", "not a certificate\n", TOKEN));
		assertStatus(400, post("/ca?name=bin.pem", "-----BEGIN CERTIFICATE-----\n\u0001\n", TOKEN));
		assertNull(this.storage.content("bad.pem"));
		StringBuilder big = new StringBuilder(pem);
		while (big.length() <= org.mqttboard.app.store.CaFiles.MAX_BYTES) {
			big.append("MIIBszCCAVmgAwIBAgIU\n");
		}
		assertStatus(413, post("/ca?name=big.pem", big.toString(), TOKEN));
		assertStatus(403, post("/ca?name=my-ca.pem", pem, null));
	}

	@Test
	public void addressCheck_acceptsOnlyIpLiterals() {
		assertTrue(SetupRoutes.isAddress("192.168.4.1"));
		assertTrue(SetupRoutes.isAddress("127.0.0.1:8080"));
		assertTrue(SetupRoutes.isAddress("[fe80::1]"));
		assertFalse(SetupRoutes.isAddress("mqttboard.local"));
		assertFalse(SetupRoutes.isAddress("1.2.3.4.attacker.example"));
		assertFalse(SetupRoutes.isAddress("1.2.3.4:"));
		assertFalse(SetupRoutes.isAddress(""));
	}

	// --- helpers ---

	private String get(String path) throws IOException {
		return call("GET " + path + " HTTP/1.1\r\nHost: 192.168.4.1\r\n\r\n");
	}

	private String post(String path, String body, String token) throws IOException {
		return call("POST " + path + " HTTP/1.1\r\nHost: 192.168.4.1\r\n" + (token == null ? "" : "X-Setup-Token: "
				+ token + "\r\n") + "Content-Length: " + ScriptedClient.utf8(body).length + "\r\n\r\n" + body);
	}

	private String call(String request) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		InputStream in = ScriptedClient.of(request, this.clock).chunk(13);
		this.server.exchange(in, out);
		return ScriptedClient.text(out);
	}

	private static String replace(String s, String what, String with) {
		int at = s.indexOf(what);
		return at < 0 ? s : s.substring(0, at) + with + s.substring(at + what.length());
	}

	private static String body(String response) {
		return response.substring(response.indexOf("\r\n\r\n") + 4);
	}

	private static int contentLength(String response) {
		int at = response.indexOf("Content-Length: ") + 16;
		return Integer.parseInt(response.substring(at, response.indexOf('\r', at)));
	}

	private static void assertStatus(int status, String response) {
		assertTrue("expected " + status + ", got: " + response, response.startsWith("HTTP/1.1 " + status + " "));
	}
}
