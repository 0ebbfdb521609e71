/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.device;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mqttboard.app.setup.SetupMode;
import org.mqttboard.app.store.AtomicFile;
import org.mqttboard.app.store.StoredConfigSource;
import org.mqttboard.platform.Display;
import org.mqttboard.sim.SimAccessPointRadio;
import org.mqttboard.sim.SimClock;
import org.mqttboard.sim.SimStorage;

/**
 * Memory of setup mode (goal: at most 8 KB of heap beyond the normal firmware, nothing of it in normal mode): the
 * retained heap-equivalent of the {@link SetupMode} object graph (same 32-bit model as
 * {@link FootprintMeasurementTest}), measured after it served pages, checks, saves, scans and a seeded stream of
 * bad requests over real loopback sockets; it must not grow with the number of requests. Also reports what one
 * request allocates transiently on the server thread (garbage, collected between requests). A benchmark with
 * figures; asserts only that the work was done, that retained memory is flat, and the 8 KB goal.
 */
public class SetupFootprintTest {

	private static final int GOAL_BYTES = 8 * 1024;

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test(timeout = 120000)
	public void setupMode_servingRequests_retainsAtMost8KB_andDoesNotGrow() throws Exception {
		Path data = this.tmp.newFolder("data").toPath();
		Files.writeString(data.resolve("mqttboard.properties"), "wifi.ssid = lab\nwifi.passphrase = lab-pass-123\n"
				+ "broker.host = broker.example.org\nbroker.tls = false\nbroker.password = secret-1\n"
				+ "broker.username = u\nbroker.allow.insecure = true\n");
		SimStorage storage = new SimStorage(data);
		AtomicFile target = new AtomicFile(storage, "mqttboard.properties");
		byte[] entropy = new byte[SetupMode.ENTROPY_BYTES];
		new Random(1).nextBytes(entropy);
		SetupMode mode = new SetupMode(new SimClock(), new FootprintMeasurementTest.QuietDisplay(),
				(level, line) -> { }, new SimAccessPointRadio(), storage,
				new StoredConfigSource(target, "/org/mqttboard/app/default.properties"), target, entropy);
		long[] built = HeapWalker.measure(mode);
		ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		int port = listener.getLocalPort();
		mode.openAccessPoint(port);
		AtomicLong serverThread = new AtomicLong();
		CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
			serverThread.set(Thread.currentThread().getId());
			return mode.run(listener);
		});
		String page = call(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
		int at = page.indexOf("id=\"token\" value=\"") + 18;
		String token = page.substring(at, page.indexOf('"', at));
		String config = call(port, "GET /config HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
		String text = config.substring(config.indexOf("\r\n\r\n") + 4);

		String[] requests = { "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
				"GET /config HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
				"GET /example?name=hivemq-cloud HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", post("/check", text, token),
				post("/scan", "", token) };
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		for (String r : requests) {
			call(port, r); // warm-up
		}
		long[] afterFirst = HeapWalker.measure(mode);
		long allocated0 = threads.getThreadAllocatedBytes(serverThread.get());
		int rounds = 40;
		for (int i = 0; i < rounds; i++) {
			for (String r : requests) {
				assertTrue(r, call(port, r).startsWith("HTTP/1.1 200 "));
			}
		}
		long perRequest = (threads.getThreadAllocatedBytes(serverThread.get()) - allocated0) / (rounds * requests.length);
		long seed = System.currentTimeMillis();
		Random random = new Random(seed);
		for (int i = 0; i < 300; i++) {
			byte[] junk = new byte[random.nextInt(3000)];
			random.nextBytes(junk);
			String reply = callBytes(port, junk);
			assertTrue("seed " + seed + ": " + reply, reply.isEmpty() || reply.startsWith("HTTP/1.1 4"));
		}
		long[] afterMany = HeapWalker.measure(mode);
		assertTrue(post("/save", text, token), call(port, post("/save", text, token)).endsWith("SAVED\n"));
		assertEquals(SetupMode.SAVED, (int) run.get(10, TimeUnit.SECONDS));

		System.out.printf("SETUP FOOTPRINT built %d bytes in %d objects; after the first requests %d bytes in %d "
				+ "objects; after %d more requests and 300 random ones (seed %d) %d bytes in %d objects; "
				+ "transient allocation per request on the server thread %d bytes (JDK)%n", built[0], built[1],
				afterFirst[0], afterFirst[1], rounds * requests.length, seed, afterMany[0], afterMany[1], perRequest);
		System.out.printf("SETUP FOOTPRINT goal: retained %d <= %d B %s%n", afterMany[0], GOAL_BYTES,
				afterMany[0] <= GOAL_BYTES ? "met" : "MISSED");
		assertTrue("the walk sees the buffers", afterFirst[0] > 2048);
		assertTrue("retained memory does not grow with requests", afterMany[0] <= afterFirst[0]);
		assertTrue("setup mode retains " + afterMany[0] + " B", afterMany[0] <= GOAL_BYTES);
	}

	private static String post(String path, String body, String token) {
		return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Setup-Token: " + token + "\r\nContent-Length: "
				+ body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
	}

	private static String call(int port, String request) throws IOException {
		return callBytes(port, request.getBytes(StandardCharsets.UTF_8));
	}

	private static String callBytes(int port, byte[] request) throws IOException {
		try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
			s.setSoTimeout(15000);
			OutputStream out = s.getOutputStream();
			try {
				out.write(request);
				out.flush();
				s.shutdownOutput();
			} catch (IOException e) {
				// the server may already have answered and closed (limits)
			}
			ByteArrayOutputStream b = new ByteArrayOutputStream();
			try {
				s.getInputStream().transferTo(b);
			} catch (IOException e) {
				// reset after an early answer: what arrived is the answer
			}
			return b.toString(StandardCharsets.UTF_8);
		}
	}
}
