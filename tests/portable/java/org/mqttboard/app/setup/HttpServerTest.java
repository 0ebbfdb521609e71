/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

import org.junit.Before;
import org.junit.Test;
import org.mqttboard.testkit.FakeClock;
import org.mqttboard.testkit.setup.ScriptedClient;

/**
 * {@link HttpServer} on scripted client streams: partial and one-byte reads, every limit, slow and silent clients,
 * malformed requests, and a seeded fuzz after which the server still answers a good request.
 */
public class HttpServerTest {

	private static final int READ_TIMEOUT = 10000;
	private static final int REQUEST_TIME = 30000;

	private FakeClock clock;
	private Echo echo;
	private HttpServer server;

	@Before
	public void setUp() {
		this.clock = new FakeClock(1000);
		this.echo = new Echo();
		this.server = new HttpServer(this.echo, this.clock, READ_TIMEOUT, REQUEST_TIME);
	}

	@Test
	public void get_deliveredOneByteAtATime_isParsedAndAnswered() throws IOException {
		String r = call(ScriptedClient.of("GET /config?name=hivemq-cloud&x=1 HTTP/1.1\r\nHost: 192.168.4.1\r\n"
				+ "X-Setup-Token: abc\r\nAccept: */*\r\n\r\n", this.clock).chunk(1));
		assertStatus(200, r);
		assertTrue(r, r.endsWith("GET /config name=hivemq-cloud host=192.168.4.1 token=abc body=\n"));
		assertTrue(r, r.indexOf("\r\nConnection: close\r\n") > 0);
		assertTrue(r, r.indexOf("\r\nContent-Length: ") > 0);
	}

	@Test
	public void post_bodyInEveryPartialReadSize_arrivesExactly() throws IOException {
		String body = "wifi.ssid = a\nbroker.host = b.example\n# é and more\n";
		for (int chunk = 1; chunk <= 40; chunk++) {
			setUp();
			String r = call(ScriptedClient.of(post("/check", body), this.clock).chunk(chunk));
			assertStatus(200, r);
			assertTrue("chunk " + chunk + ": " + r, r.endsWith("body=" + body + "\n"));
		}
	}

	@Test
	public void expectContinue_getsAn100InterimAnswer_beforeTheBodyIsRead() throws IOException {
		String r = call(ScriptedClient.of("POST /check HTTP/1.1\r\nHost: 1.2.3.4\r\nExpect: 100-continue\r\n"
				+ "Content-Length: 5\r\n\r\nhello", this.clock).chunk(1));
		assertTrue(r, r.startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"));
		assertTrue(r, r.endsWith("body=hello\n"));
	}

	@Test
	public void lfOnlyLineEnds_andEmptyLinesBeforeTheRequest_areAccepted() throws IOException {
		assertStatus(200, call(ScriptedClient.of("\r\n\nGET / HTTP/1.0\nHost: 10.0.0.1\n\n", this.clock)));
	}

	@Test
	public void requestLine_overTheLimit_is400NamingIt_beforeTheHeadIsComplete() throws IOException {
		StringBuilder target = new StringBuilder("/");
		while (target.length() < HttpServer.MAX_REQUEST_LINE) {
			target.append('a');
		}
		ScriptedClient client = ScriptedClient.of("GET " + target + " HTTP/1.1\r\nHost: 1.2.3.4\r\n\r\n", this.clock);
		String r = call(client);
		assertStatus(400, r);
		assertTrue(r, r.indexOf("request line longer than " + HttpServer.MAX_REQUEST_LINE + " bytes") > 0);
		assertEquals(0, this.echo.calls);
	}

	@Test
	public void head_overTheLimit_is400NamingIt() throws IOException {
		StringBuilder h = new StringBuilder("GET / HTTP/1.1\r\n");
		while (h.length() <= HttpServer.MAX_HEAD) {
			h.append("X-Filler: 0123456789012345678901234567890123456789\r\n");
		}
		String r = call(ScriptedClient.of(h + "\r\n", this.clock).chunk(100));
		assertStatus(400, r);
		assertTrue(r, r.indexOf("larger than " + HttpServer.MAX_HEAD + " bytes") > 0);
	}

	@Test
	public void body_overTheConfigurationLimit_is413_withoutCallingTheHandler() throws IOException {
		String r = call(ScriptedClient.of("POST /save HTTP/1.1\r\nHost: 1.2.3.4\r\nContent-Length: "
				+ (HttpServer.MAX_BODY + 1) + "\r\n\r\nwifi.ssid=x\n", this.clock));
		assertStatus(413, r);
		assertTrue(r, r.indexOf("at most " + HttpServer.MAX_BODY) > 0);
		assertEquals(0, this.echo.calls);
		assertStatus(413, call(ScriptedClient.of("POST /save HTTP/1.1\r\nContent-Length: 99999999999999\r\n\r\n",
				this.clock)));
	}

	@Test
	public void body_atExactlyTheLimit_isAccepted() throws IOException {
		StringBuilder b = new StringBuilder();
		while (b.length() < HttpServer.MAX_BODY) {
			b.append('#');
		}
		String r = call(ScriptedClient.of(post("/save", b.toString()), this.clock).chunk(1000));
		assertStatus(200, r);
		assertEquals(HttpServer.MAX_BODY, this.echo.lastBodyLength);
	}

	@Test
	public void post_withoutLength_is411_andChunkedIs501() throws IOException {
		assertStatus(411, call(ScriptedClient.of("POST /save HTTP/1.1\r\nHost: 1.2.3.4\r\n\r\n", this.clock)));
		assertStatus(501, call(ScriptedClient.of("POST /save HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
				this.clock)));
	}

	@Test
	public void malformedRequests_are400_withAReason() throws IOException {
		String[] bad = { "GET\r\n\r\n", "GET /\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n", "GET / HTTP/2.0\r\n\r\n",
				"GET http://x/ HTTP/1.1\r\n\r\n", "GET /a b HTTP/1.1\r\n\r\n", "GET /\u0001 HTTP/1.1\r\n\r\n",
				"GET / HTTP/1.1\r\nNoColon\r\n\r\n", "GET / HTTP/1.1\r\n: empty name\r\n\r\n",
				"GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", "GET / HTTP/1.1\r\nA: 1\r\n  folded\r\n\r\n",
				"POST / HTTP/1.1\r\nContent-Length: 12a\r\n\r\n", "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
				"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
				"GET / HTTP/1.1\r\nHost: a\r\n" };
		for (String request : bad) {
			String r = call(ScriptedClient.of(request, this.clock));
			assertStatus(400, r);
			assertTrue(request + " -> " + r, r.indexOf("400 Bad Request: ") > 0);
		}
		assertEquals(0, this.echo.calls);
	}

	@Test
	public void clientThatSendsNothing_getsNoAnswer() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(0, this.server.exchange(ScriptedClient.of("", this.clock), out));
		assertEquals(0, out.size());
	}

	@Test
	public void silentClient_gets408_afterOneReadTimeout() throws IOException {
		String r = call(ScriptedClient.of("GET / HTTP/1.1\r\nHost: 1.2.3.4\r\n", this.clock)
				.silentAfter(10, READ_TIMEOUT));
		assertStatus(408, r);
		assertTrue(r, r.indexOf("within 30 s") > 0);
	}

	@Test
	public void clientTricklingBytes_isCutAtTheRequestDeadline_evenIfEachReadIsInTime() throws IOException {
		ScriptedClient slow = ScriptedClient.of(post("/save", "wifi.ssid = slowly sent\n"), this.clock).chunk(1)
				.slow(READ_TIMEOUT - 1);
		String r = call(slow);
		assertStatus(408, r);
		assertTrue("stopped reading early, " + slow.unread() + " bytes left", slow.unread() > 0);
	}

	@Test
	public void occasionalStalls_withinTheDeadline_areTolerated() throws IOException {
		// A read that times out but is followed by data within the request time is not fatal for the body.
		String r = call(ScriptedClient.of(post("/check", "a = b\n"), this.clock).chunk(5).stallEvery(1000, 100));
		assertStatus(200, r);
	}

	@Test
	public void bodyShorterThanDeclared_is400() throws IOException {
		String r = call(ScriptedClient.of("POST /check HTTP/1.1\r\nHost: 1.2.3.4\r\nContent-Length: 50\r\n\r\nshort",
				this.clock));
		assertStatus(400, r);
		assertTrue(r, r.indexOf("the body ended after 5 of 50 bytes") > 0);
	}

	@Test
	public void handlerThatAnswersNothing_gives500() throws IOException {
		this.echo.silent = true;
		assertStatus(500, call(ScriptedClient.of("GET / HTTP/1.1\r\n\r\n", this.clock)));
	}

	@Test
	public void fuzz_randomAndMutatedRequests_neverThrow_alwaysAnswerWellFormed_andTheServerKeepsServing()
			throws IOException {
		String property = System.getProperty("fuzz.seed");
		long seed = property != null ? Long.parseLong(property) : System.currentTimeMillis();
		System.out.println("HttpServerTest fuzz seed " + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
		Random random = new Random(seed);
		String[] seeds = { "GET / HTTP/1.1\r\nHost: 192.168.4.1\r\n\r\n", post("/save", "wifi.ssid = x\n"),
				"GET /example?name=generic HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n", post("/check", "") };
		int answered = 0;
		for (int round = 0; round < 3000; round++) {
			byte[] request = mutate(ScriptedClient.utf8(seeds[random.nextInt(seeds.length)]), random);
			ScriptedClient client = new ScriptedClient(request, this.clock).chunk(1 + random.nextInt(64));
			if (random.nextInt(8) == 0) {
				client.stallEvery(1 + random.nextInt(6), READ_TIMEOUT);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int status = -1;
			try {
				status = this.server.exchange(client, out);
			} catch (RuntimeException e) {
				fail("seed " + seed + " round " + round + ": " + e);
			}
			String r = ScriptedClient.text(out);
			String where = "seed " + seed + " round " + round + " status " + status + ": " + r;
			if (status == 0) {
				assertEquals(where, 0, out.size());
			} else {
				answered++;
				assertTrue(where, r.startsWith("HTTP/1.1 " + status + " "));
				assertTrue(where, r.indexOf("\r\nConnection: close\r\n") > 0);
				assertTrue(where, "200 400 408 411 413 500 501".indexOf(Integer.toString(status)) >= 0);
			}
			assertStatus(200, call(ScriptedClient.of(seeds[round % 2], this.clock).chunk(7)));
		}
		assertTrue("most fuzzed requests get an answer: " + answered, answered > 2000);
	}

	// --- helpers ---

	private String call(InputStream client) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.server.exchange(client, out);
		return ScriptedClient.text(out);
	}

	private static String post(String path, String body) {
		return "POST " + path + " HTTP/1.1\r\nHost: 192.168.4.1\r\nContent-Type: text/plain\r\nContent-Length: "
				+ ScriptedClient.utf8(body).length + "\r\n\r\n" + body;
	}

	private static void assertStatus(int status, String response) {
		if (!response.startsWith("HTTP/1.1 " + status + " ")) {
			fail("expected " + status + ", got: " + response);
		}
	}

	private static byte[] mutate(byte[] b, Random r) {
		byte[] out = b.clone();
		int kind = r.nextInt(6);
		if (kind == 0) {
			byte[] cut = new byte[r.nextInt(out.length + 1)]; // truncated
			System.arraycopy(out, 0, cut, 0, cut.length);
			return cut;
		}
		int edits = 1 + r.nextInt(6);
		for (int i = 0; i < edits && out.length > 0; i++) {
			int at = r.nextInt(out.length);
			switch (kind) {
			case 1:
				out[at] = (byte) r.nextInt(256);
				break;
			case 2:
				out[at] = (byte) " \r\n:\t/?HTTP0123456789"
						.charAt(r.nextInt(21));
				break;
			default:
				byte[] grown = new byte[out.length + 1 + r.nextInt(300)];
				System.arraycopy(out, 0, grown, 0, at);
				for (int k = at; k < at + grown.length - out.length; k++) {
					grown[k] = (byte) (kind == 3 ? 'A' + r.nextInt(26) : r.nextInt(256));
				}
				System.arraycopy(out, at, grown, at + grown.length - out.length, out.length - at);
				out = grown;
			}
		}
		return out;
	}

	/** Answers with what it parsed. */
	private static final class Echo implements HttpHandler {
		int calls;
		int lastBodyLength;
		boolean silent;

		@Override
		public void handle(HttpExchange x) throws IOException {
			this.calls++;
			if (this.silent) {
				return;
			}
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			byte[] b = new byte[333];
			for (int n = x.body().read(b, 0, b.length); n >= 0; n = x.body().read(b, 0, b.length)) {
				body.write(b, 0, n);
			}
			this.lastBodyLength = body.size();
			String method = x.method() == HttpExchange.GET ? "GET" : x.method() == HttpExchange.POST ? "POST" : "OTHER";
			x.respond(200, "text/plain; charset=utf-8", method + " " + x.path() + " name=" + x.query("name")
					+ " host=" + x.host() + " token=" + x.token() + " body=" + ScriptedClient.text(body) + "\n");
		}
	}
}
