/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
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

/**
 * Setup mode over real loopback sockets: one connection at a time (a stalled client delays the next one only until
 * its read timeout), and the whole mode from access point to "Save" on the simulator's storage.
 */
public class SetupSocketTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test(timeout = 20000)
	public void stalledClient_isCutAtTheReadTimeout_thenTheNextClientIsServed() throws Exception {
		HttpServer server = new HttpServer(x -> x.respond(200, "text/plain", "hello " + x.path() + "\n"), new SimClock(),
				500, 2000);
		try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			CompletableFuture<int[]> served = CompletableFuture.supplyAsync(() -> {
				int[] statuses = new int[2];
				for (int i = 0; i < 2; i++) {
					try {
						statuses[i] = server.serve(listener.accept());
					} catch (IOException e) {
						throw new IllegalStateException(e);
					}
				}
				return statuses;
			});
			try (Socket stalled = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
					Socket next = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
				stalled.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127".getBytes(StandardCharsets.US_ASCII));
				long start = System.nanoTime();
				String second = exchange(next, "GET /next HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
				long waitedMs = (System.nanoTime() - start) / 1_000_000;
				assertTrue(second, second.startsWith("HTTP/1.1 200 ") && second.endsWith("hello /next\n"));
				assertTrue("the second client waited for the first one's timeout: " + waitedMs + " ms", waitedMs >= 400);
				String first = readAll(stalled.getInputStream());
				assertTrue(first, first.startsWith("HTTP/1.1 408 "));
				assertEquals(408, served.get(5, TimeUnit.SECONDS)[0]);
			}
		}
	}

	@Test(timeout = 30000)
	public void setupMode_servesThePageWithItsToken_andASaveEndsItWithTheFileStored() throws Exception {
		Path data = this.tmp.newFolder("data").toPath();
		SimStorage storage = new SimStorage(data);
		AtomicFile target = new AtomicFile(storage, "mqttboard.properties");
		SimAccessPointRadio radio = new SimAccessPointRadio();
		RecordingDisplay display = new RecordingDisplay(Display.KIND_SERIAL, 80);
		byte[] entropy = new byte[SetupMode.ENTROPY_BYTES];
		new SecureRandom().nextBytes(entropy);
		SetupMode mode = new SetupMode(new SimClock(), display, new RecordingLog(), radio, storage,
				new StoredConfigSource(target, "/org/mqttboard/app/default.properties"), target, entropy);
		ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		int port = listener.getLocalPort();
		assertTrue(mode.openAccessPoint(port));
		assertEquals("mqttboard-5e7a", radio.openedSsid());
		CompletableFuture<Integer> result = CompletableFuture.supplyAsync(() -> mode.run(listener));

		String page = get(port, "/");
		assertTrue(page, page.startsWith("HTTP/1.1 200 "));
		int at = page.indexOf("id=\"token\" value=\"") + 18;
		String token = page.substring(at, page.indexOf('"', at));
		assertEquals(32, token.length());
		String config = "wifi.ssid = lab\nwifi.passphrase = lab-pass-123\nbroker.host = broker.example.org\n"
				+ "broker.tls = false\n";
		String bad = post(port, "/save", "broker.port = 0\n" + config, token);
		assertTrue(bad, bad.startsWith("HTTP/1.1 422 ") && bad.contains("E\t1\tbroker.port\t"));
		assertFalse(Files.exists(data.resolve("mqttboard.properties")));
		String saved = post(port, "/save", config, token);
		assertTrue(saved, saved.startsWith("HTTP/1.1 200 ") && saved.endsWith("SAVED\n"));
		assertEquals(SetupMode.SAVED, (int) result.get(5, TimeUnit.SECONDS));
		assertEquals(config, Files.readString(data.resolve("mqttboard.properties")));
		assertEquals("only the configuration is left", 1, Files.list(data).count());
		assertTrue("the access point is closed on return", radio.openedSsid() == null);
		assertTrue(listener.isClosed());
	}

	static String get(int port, String path) throws IOException {
		try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
			return exchange(s, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n");
		}
	}

	static String post(int port, String path, String body, String token) throws IOException {
		byte[] b = body.getBytes(StandardCharsets.UTF_8);
		try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
			return exchange(s, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Setup-Token: " + token
					+ "\r\nContent-Length: " + b.length + "\r\n\r\n" + body);
		}
	}

	static String exchange(Socket s, String request) throws IOException {
		s.setSoTimeout(10000);
		OutputStream out = s.getOutputStream();
		out.write(request.getBytes(StandardCharsets.UTF_8));
		out.flush();
		return readAll(s.getInputStream());
	}

	static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		in.transferTo(b);
		return b.toString(StandardCharsets.UTF_8);
	}
}
