/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

import org.mqttboard.platform.Clock;

/**
 * A small HTTP/1.1 server core (RFC 9112) for setup mode: one connection at a time, one request per connection
 * ({@code Connection: close}), fixed buffers allocated once. It parses and bounds the request, then hands it to an
 * {@link HttpHandler}:
 * <ul>
 * <li>request line at most {@link #MAX_REQUEST_LINE} bytes, head (request line + headers) at most {@link #MAX_HEAD}
 * bytes: 400 naming the limit;</li>
 * <li>body at most {@link #MAX_BODY} bytes (the configuration limit) and only with {@code Content-Length}: 413 / 411;
 * {@code Transfer-Encoding} is refused (501);</li>
 * <li>each read waits at most the read timeout and the whole request must arrive within the request time: 408;</li>
 * <li>anything malformed (request line, header syntax, obsolete line folding, duplicate or bad lengths, a target
 * that is not a path): 400 with the reason.</li>
 * </ul>
 * Nothing a client sends makes {@link #serve} throw; the caller accepts the next connection right after.
 * <p>
 * Memory: {@link #MAX_HEAD} + the exchange's 1 KB, allocated at construction. Threading: one thread.
 */
final class HttpServer {

	/** Longest request line, in bytes. */
	static final int MAX_REQUEST_LINE = 512;
	/** Longest head (request line and headers, with line ends), in bytes. */
	static final int MAX_HEAD = 2048;
	/** Largest body, in bytes: the largest configuration file the firmware reads. */
	static final int MAX_BODY = ConfigCheck.MAX_BYTES;
	/** How long unread body bytes are drained after the response (so the close is not a reset), in ms. */
	private static final int DRAIN_MILLIS = 2000;

	private static final byte[] CONTINUE = { 'H', 'T', 'T', 'P', '/', '1', '.', '1', ' ', '1', '0', '0', ' ', 'C',
			'o', 'n', 't', 'i', 'n', 'u', 'e', '\r', '\n', '\r', '\n' };

	private final byte[] head = new byte[MAX_HEAD];
	private final HttpHandler handler;
	private final Clock clock;
	private final HttpExchange exchange;
	private final int readTimeoutMillis;
	private final int requestMillis;

	/**
	 * @param handler answers parsed requests
	 * @param clock time base of the request deadline
	 * @param readTimeoutMillis longest wait for one read from the client, ms
	 * @param requestMillis longest time from the connection to the end of the request body, ms
	 */
	HttpServer(HttpHandler handler, Clock clock, int readTimeoutMillis, int requestMillis) {
		this.handler = handler;
		this.clock = clock;
		this.exchange = new HttpExchange(clock);
		this.readTimeoutMillis = readTimeoutMillis;
		this.requestMillis = requestMillis;
	}

	/**
	 * Serves one connection and closes it. Never throws.
	 *
	 * @param socket an accepted connection
	 * @return the status sent, 0 when none (the client sent nothing or went away)
	 */
	int serve(Socket socket) {
		int status = 0;
		try {
			socket.setSoTimeout(this.readTimeoutMillis);
			status = exchange(socket.getInputStream(), socket.getOutputStream());
		} catch (IOException e) {
			// The client went away: nothing to answer.
		} finally {
			try {
				socket.close();
			} catch (IOException e) {
				// Closed either way.
			}
		}
		return status;
	}

	/**
	 * Reads one request from {@code in}, answers it on {@code out}. The streams stay open.
	 *
	 * @param in the client's bytes; a read may throw {@link InterruptedIOException} on timeout
	 * @param out the response
	 * @return the status sent, 0 when none
	 * @throws IOException when the response cannot be written
	 */
	int exchange(InputStream in, OutputStream out) throws IOException {
		long deadline = this.clock.monotonicMillis() + this.requestMillis;
		HttpExchange x = this.exchange;
		x.reset(in, out, this.head, deadline);
		int status;
		try {
			status = readAndDispatch(in, out, x, deadline);
		} catch (InterruptedIOException e) {
			status = x.status() != 0 ? x.status()
					: failed(x, 408, "the request did not arrive within " + this.requestMillis / 1000
							+ " s (each read waits at most " + this.readTimeoutMillis / 1000 + " s)");
		} catch (IOException e) {
			if (x.status() != 0) {
				throw e;
			}
			status = failed(x, 400, "incomplete request: " + e.getMessage());
		}
		if (status != 0) {
			x.flush();
			drain(x);
		}
		x.reset(null, null, this.head, 0); // drop the request's references until the next one
		return status;
	}

	private int readAndDispatch(InputStream in, OutputStream out, HttpExchange x, long deadline)
			throws IOException {
		int filled = 0;
		int lineStart = 0;
		int headEnd = -1;
		int requestLineEnd = -1;
		while (headEnd < 0) {
			if (filled == MAX_HEAD) {
				return requestLineEnd < 0 ? fail(x, 400, "request line longer than " + MAX_REQUEST_LINE + " bytes")
						: fail(x, 400, "request head (request line and headers) larger than " + MAX_HEAD + " bytes");
			}
			if (this.clock.monotonicMillis() >= deadline) {
				throw new SocketTimeoutException("deadline");
			}
			int n = in.read(this.head, filled, MAX_HEAD - filled);
			if (n < 0) {
				if (filled == 0) {
					return 0; // connected and closed without a request
				}
				return fail(x, 400, "incomplete request: the connection closed inside the request head");
			}
			int end = filled + n;
			for (int i = filled; i < end; i++) {
				if (this.head[i] != '\n') {
					continue;
				}
				if (requestLineEnd < 0) {
					if (isEmptyLine(lineStart, i)) {
						lineStart = i + 1; // RFC 9112 §2.2: empty lines before the request line are ignored
						continue;
					}
					requestLineEnd = i;
				} else if (isEmptyLine(lineStart, i)) {
					headEnd = i + 1;
					break;
				}
				lineStart = i + 1;
			}
			filled = end;
			if (requestLineEnd < 0 && filled - lineStart > MAX_REQUEST_LINE) {
				return fail(x, 400, "request line longer than " + MAX_REQUEST_LINE + " bytes");
			}
		}
		int status = parseHead(x, requestLineEnd, headEnd);
		// Also after an error: the body is then drained (bounded) so the close does not reset the response.
		x.expectBody(Math.min(x.contentLength, MAX_BODY), headEnd, filled);
		if (status != 0) {
			return status;
		}
		if (x.expectContinue && x.contentLength > filled - headEnd) {
			// RFC 9110 §10.1.1: the client (curl, not browsers) waits for this before it sends the body.
			out.write(CONTINUE, 0, CONTINUE.length);
			out.flush();
		}
		this.handler.handle(x);
		if (x.status() == 0) {
			return fail(x, 500, "no response for " + x.path());
		}
		return x.status();
	}

	/** @return 0 when the head is acceptable (the exchange then holds it), else the error status sent */
	private int parseHead(HttpExchange x, int requestLineEnd, int headEnd) throws IOException {
		int start = 0;
		while (this.head[start] == '\r' || this.head[start] == '\n') {
			start++;
		}
		int end = trimCr(start, requestLineEnd);
		if (end - start > MAX_REQUEST_LINE) {
			return fail(x, 400, "request line longer than " + MAX_REQUEST_LINE + " bytes");
		}
		int sp1 = indexOf(' ', start, end);
		int sp2 = sp1 < 0 ? -1 : indexOf(' ', sp1 + 1, end);
		if (sp1 <= start || sp2 <= sp1 + 1 || indexOf(' ', sp2 + 1, end) >= 0 || !printable(start, end)) {
			return fail(x, 400, "malformed request line; expected: METHOD /path HTTP/1.1");
		}
		if (!startsWith(sp2 + 1, end, "HTTP/1.")) {
			return fail(x, 400, "only HTTP/1.x is served");
		}
		if (this.head[sp1 + 1] != '/') {
			return fail(x, 400, "the request target must be a path starting with /");
		}
		x.method = equals(start, sp1, "GET") ? HttpExchange.GET
				: equals(start, sp1, "POST") ? HttpExchange.POST : HttpExchange.OTHER;
		int q = indexOf('?', sp1 + 1, sp2);
		x.path = ascii(sp1 + 1, q < 0 ? sp2 : q);
		x.query = q < 0 ? null : ascii(q + 1, sp2);
		int line = requestLineEnd + 1;
		int lastEnd = headEnd - 1;
		while (line < lastEnd) {
			int nl = indexOf('\n', line, headEnd);
			int le = trimCr(line, nl);
			if (le == line) {
				break;
			}
			int status = header(x, line, le);
			if (status != 0) {
				return status;
			}
			line = nl + 1;
		}
		if (x.method == HttpExchange.POST && x.contentLength < 0) {
			return fail(x, 411, "a POST needs a Content-Length header");
		}
		if (x.contentLength > MAX_BODY) {
			return fail(x, 413, "the body is " + x.contentLength + " bytes; at most " + MAX_BODY
					+ " are accepted (the configuration limit)");
		}
		return 0;
	}

	/** @return 0 when the header line is acceptable, else the error status sent */
	private int header(HttpExchange x, int start, int end) throws IOException {
		if (this.head[start] == ' ' || this.head[start] == '\t') {
			return fail(x, 400, "obsolete header line folding is not accepted");
		}
		int colon = indexOf(':', start, end);
		if (colon <= start || !token(start, colon) || !printable(colon + 1, end)) {
			return fail(x, 400, "malformed header line (expected Name: value)");
		}
		int vs = colon + 1;
		int ve = end;
		while (vs < ve && (this.head[vs] == ' ' || this.head[vs] == '\t')) {
			vs++;
		}
		while (ve > vs && (this.head[ve - 1] == ' ' || this.head[ve - 1] == '\t')) {
			ve--;
		}
		if (equalsIgnoreCase(start, colon, "content-length")) {
			int length = digits(vs, ve);
			if (length == -1 || (x.contentLength >= 0 && x.contentLength != length)) {
				return fail(x, 400, "bad or repeated Content-Length");
			}
			x.contentLength = length == -2 ? MAX_BODY + 1 : length;
		} else if (equalsIgnoreCase(start, colon, "transfer-encoding")) {
			return fail(x, 501, "Transfer-Encoding is not supported; send the body with a Content-Length");
		} else if (equalsIgnoreCase(start, colon, "host")) {
			x.host = ascii(vs, ve);
		} else if (equalsIgnoreCase(start, colon, "x-setup-token")) {
			x.token = ascii(vs, ve);
		} else if (equalsIgnoreCase(start, colon, "expect") && equalsIgnoreCase(vs, ve, "100-continue")) {
			x.expectContinue = true;
		}
		return 0;
	}

	private int fail(HttpExchange x, int code, String message) throws IOException {
		x.fail(code, message);
		return code;
	}

	/** Like {@link #fail}, when the connection may already be unusable: a response that cannot be sent is none. */
	private int failed(HttpExchange x, int code, String message) {
		try {
			x.fail(code, message);
			return code;
		} catch (IOException e) {
			return 0;
		}
	}

	/** Reads and drops what the handler left of the body, briefly, so closing does not reset the response. */
	private void drain(HttpExchange x) {
		int left = x.unreadBody();
		long until = this.clock.monotonicMillis() + DRAIN_MILLIS;
		x.bodyDeadline(until);
		byte[] b = x.scratch();
		try {
			while (left > 0 && this.clock.monotonicMillis() < until) {
				int n = x.body().read(b, 0, Math.min(b.length, left));
				if (n < 0) {
					return;
				}
				left -= n;
			}
		} catch (IOException e) {
			// Gone or slow: closing now is fine.
		}
	}

	private boolean isEmptyLine(int start, int lf) {
		return lf == start || (lf == start + 1 && this.head[start] == '\r');
	}

	private int trimCr(int start, int lf) {
		return lf > start && this.head[lf - 1] == '\r' ? lf - 1 : lf;
	}

	private int indexOf(int c, int from, int to) {
		for (int i = from; i < to; i++) {
			if (this.head[i] == c) {
				return i;
			}
		}
		return -1;
	}

	private boolean printable(int from, int to) {
		for (int i = from; i < to; i++) {
			int c = this.head[i] & 0xFF;
			if ((c < 0x20 && c != '\t') || c == 0x7F) {
				return false;
			}
		}
		return true;
	}

	/** RFC 9110 §5.6.2 token characters. */
	private boolean token(int from, int to) {
		for (int i = from; i < to; i++) {
			int c = this.head[i] & 0xFF;
			boolean alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
			if (!alnum && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

	private boolean startsWith(int from, int to, String s) {
		return to - from >= s.length() && equals(from, from + s.length(), s);
	}

	private boolean equals(int from, int to, String s) {
		if (to - from != s.length()) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			if (this.head[from + i] != s.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private boolean equalsIgnoreCase(int from, int to, String lower) {
		if (to - from != lower.length()) {
			return false;
		}
		for (int i = 0; i < lower.length(); i++) {
			int c = this.head[from + i];
			if (c >= 'A' && c <= 'Z') {
				c += 'a' - 'A';
			}
			if (c != lower.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** @return the decimal value, -1 when not 1..9 digits only, -2 when it has more digits (too large anyway) */
	private int digits(int from, int to) {
		if (from == to) {
			return -1;
		}
		int v = 0;
		for (int i = from; i < to; i++) {
			int c = this.head[i];
			if (c < '0' || c > '9') {
				return -1;
			}
			if (i - from >= 9) {
				return -2;
			}
			v = v * 10 + (c - '0');
		}
		return v;
	}

	private String ascii(int from, int to) {
		char[] c = new char[to - from];
		for (int i = 0; i < c.length; i++) {
			c[i] = (char) (this.head[from + i] & 0xFF);
		}
		return new String(c);
	}
}
