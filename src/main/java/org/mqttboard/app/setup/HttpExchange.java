/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;

import org.mqttboard.platform.Clock;

/**
 * One request/response of {@link HttpServer}: what the server parsed (method, path, query, the few headers setup
 * mode uses, the body as a bounded stream) and the writer of the response (HTTP/1.1, always {@code Connection:
 * close}). One instance per server, reused for every connection; its buffers are allocated once.
 * <p>
 * Threading: the server's thread; valid only during {@link HttpHandler#handle}.
 */
final class HttpExchange {

	/** {@link #method()}: GET. */
	static final int GET = 1;
	/** {@link #method()}: POST. */
	static final int POST = 2;
	/** {@link #method()}: any other method. */
	static final int OTHER = 3;

	private static final int OUT_BYTES = 512;
	private static final int SCRATCH_BYTES = 512;
	/** Headers sent with every response: no caching of configuration data, no content sniffing. */
	private static final String COMMON_HEADERS = "Connection: close\r\nCache-Control: no-store\r\n"
			+ "X-Content-Type-Options: nosniff\r\n";

	private final byte[] out = new byte[OUT_BYTES];
	private final byte[] scratch = new byte[SCRATCH_BYTES];
	private final Body body = new Body();
	private final Clock clock;
	private OutputStream sink;
	private int outLength;
	private int status;

	int method;
	String path;
	String query;
	String host;
	String token;
	int contentLength;
	boolean expectContinue;

	/** @param clock time base of the request deadline */
	HttpExchange(Clock clock) {
		this.clock = clock;
	}

	/** Prepares for a new connection. */
	void reset(InputStream in, OutputStream os, byte[] head, long deadline) {
		this.sink = os;
		this.outLength = 0;
		this.status = 0;
		this.method = OTHER;
		this.path = null;
		this.query = null;
		this.host = null;
		this.token = null;
		this.contentLength = -1;
		this.expectContinue = false;
		this.body.reset(in, head, deadline);
	}

	/** @return {@link #GET}, {@link #POST} or {@link #OTHER} */
	int method() {
		return this.method;
	}

	/** @return the path of the request target, starting with {@code /}, without the query */
	String path() {
		return this.path;
	}

	/**
	 * @param name a query parameter name
	 * @return its raw (undecoded) value, or null when absent
	 */
	String query(String name) {
		String q = this.query;
		if (q == null) {
			return null;
		}
		int start = 0;
		while (start <= q.length()) {
			int end = q.indexOf('&', start);
			if (end < 0) {
				end = q.length();
			}
			if (q.startsWith(name, start) && start + name.length() < end && q.charAt(start + name.length()) == '=') {
				return q.substring(start + name.length() + 1, end);
			}
			start = end + 1;
		}
		return null;
	}

	/** @return the {@code Host} header, or null */
	String host() {
		return this.host;
	}

	/** @return the {@code X-Setup-Token} header, or null */
	String token() {
		return this.token;
	}

	/** @return the declared body length in bytes, -1 when the request has no {@code Content-Length} */
	int contentLength() {
		return this.contentLength;
	}

	/**
	 * @return the request body: exactly {@link #contentLength()} bytes (none without it); a read blocks at most the
	 *         server's read timeout and fails once the request deadline passed ({@link java.io.InterruptedIOException}); a
	 *         body that ends early is an {@link IOException}
	 */
	InputStream body() {
		return this.body;
	}

	/** @return a scratch buffer for copying, owned by this exchange (reused across requests) */
	byte[] scratch() {
		return this.scratch;
	}

	/** @return the status sent, 0 while no response was started */
	int status() {
		return this.status;
	}

	/**
	 * Sends a complete short response.
	 *
	 * @param code the status code
	 * @param contentType e.g. {@code text/plain; charset=utf-8}
	 * @param text the body (UTF-8)
	 * @throws IOException when the connection fails
	 */
	void respond(int code, String contentType, String text) throws IOException {
		byte[] b = text.getBytes("UTF-8");
		begin(code, contentType, b.length, null);
		write(b, 0, b.length);
	}

	/**
	 * Sends a plain-text error naming the problem, e.g. {@code 413 Content Too Large: ...}.
	 *
	 * @param code the status code
	 * @param message what is wrong and what to do
	 * @throws IOException when the connection fails
	 */
	void fail(int code, String message) throws IOException {
		fail(code, message, null);
	}

	/**
	 * @param code the status code
	 * @param message what is wrong and what to do
	 * @param extraHeaders further header lines (each ending in CR LF), or null; e.g. {@code Allow} with a 405
	 * @throws IOException when the connection fails
	 */
	void fail(int code, String message, String extraHeaders) throws IOException {
		byte[] b = (code + " " + reason(code) + ": " + message + "\n").getBytes("UTF-8");
		begin(code, "text/plain; charset=utf-8", b.length, extraHeaders);
		write(b, 0, b.length);
	}

	/**
	 * Starts a response; the body follows with {@link #write} or {@link #copy}.
	 *
	 * @param code the status code
	 * @param contentType the media type
	 * @param length the body length in bytes, or -1 when the body ends with the connection
	 * @param extraHeaders further header lines, each ending in CR LF, or null
	 * @throws IOException when the connection fails
	 */
	void begin(int code, String contentType, int length, String extraHeaders) throws IOException {
		if (this.status != 0) {
			throw new IllegalStateException("response already started");
		}
		this.status = code;
		StringBuilder h = new StringBuilder(160);
		h.append("HTTP/1.1 ").append(code).append(' ').append(reason(code)).append("\r\n");
		h.append("Content-Type: ").append(contentType).append("\r\n");
		if (length >= 0) {
			h.append("Content-Length: ").append(length).append("\r\n");
		}
		h.append(COMMON_HEADERS);
		if (extraHeaders != null) {
			h.append(extraHeaders);
		}
		h.append("\r\n");
		String head = h.toString();
		for (int i = 0; i < head.length(); i++) {
			put(head.charAt(i));
		}
	}

	/**
	 * @param b bytes of the response body
	 * @param off first byte
	 * @param len how many
	 * @throws IOException when the connection fails
	 */
	void write(byte[] b, int off, int len) throws IOException {
		for (int i = 0; i < len; i++) {
			put(b[off + i]);
		}
	}

	/**
	 * Copies a stream to the response body through the scratch buffer.
	 *
	 * @param in the source; not closed here
	 * @param limit most bytes to copy
	 * @return the number of bytes copied
	 * @throws IOException when either side fails
	 */
	int copy(InputStream in, int limit) throws IOException {
		int total = 0;
		byte[] b = this.scratch;
		while (total < limit) {
			int n = in.read(b, 0, Math.min(b.length, limit - total));
			if (n < 0) {
				break;
			}
			write(b, 0, n);
			total += n;
		}
		return total;
	}

	/** Sends what is buffered. */
	void flush() throws IOException {
		if (this.outLength > 0) {
			this.sink.write(this.out, 0, this.outLength);
			this.outLength = 0;
		}
		this.sink.flush();
	}

	/** @return body bytes the handler left unread (declared length minus what was read) */
	int unreadBody() {
		return this.body.remaining;
	}

	private void put(int b) throws IOException {
		if (this.outLength == this.out.length) {
			this.sink.write(this.out, 0, this.outLength);
			this.outLength = 0;
		}
		this.out[this.outLength++] = (byte) b;
	}

	/**
	 * @param code a status code
	 * @return its reason phrase (RFC 9110 §15)
	 */
	static String reason(int code) {
		switch (code) {
		case 200:
			return "OK";
		case 400:
			return "Bad Request";
		case 403:
			return "Forbidden";
		case 404:
			return "Not Found";
		case 405:
			return "Method Not Allowed";
		case 408:
			return "Request Timeout";
		case 411:
			return "Length Required";
		case 413:
			return "Content Too Large";
		case 422:
			return "Unprocessable Content";
		case 500:
			return "Internal Server Error";
		case 501:
			return "Not Implemented";
		case 503:
			return "Service Unavailable";
		default:
			return "Status";
		}
	}

	/** The request body: the bytes read past the head first, then the connection, never past the declared length. */
	private final class Body extends InputStream {
		private final byte[] one = new byte[1];
		private InputStream in;
		private byte[] head;
		private int headPos;
		private int headEnd;
		long deadline;
		int remaining;
		private int declared;

		void reset(InputStream source, byte[] headBuffer, long requestDeadline) {
			this.in = source;
			this.head = headBuffer;
			this.headPos = 0;
			this.headEnd = 0;
			this.deadline = requestDeadline;
			this.remaining = 0;
			this.declared = 0;
		}

		/** Called by the server once the head is parsed. */
		void expect(int length, int leftoverStart, int leftoverEnd) {
			this.remaining = length;
			this.declared = length;
			this.headPos = leftoverStart;
			this.headEnd = leftoverEnd;
		}

		@Override
		public int read() throws IOException {
			return read(this.one, 0, 1) < 0 ? -1 : this.one[0] & 0xFF;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (this.remaining == 0) {
				return -1;
			}
			if (len == 0) {
				return 0;
			}
			int want = Math.min(len, this.remaining);
			int n;
			if (this.headPos < this.headEnd) {
				n = Math.min(want, this.headEnd - this.headPos);
				System.arraycopy(this.head, this.headPos, b, off, n);
				this.headPos += n;
			} else {
				if (HttpExchange.this.clock.monotonicMillis() >= this.deadline) {
					throw new SocketTimeoutException("request took too long");
				}
				n = this.in.read(b, off, want);
				if (n < 0) {
					throw new IOException("the body ended after " + (this.declared - this.remaining) + " of "
							+ this.declared + " bytes");
				}
			}
			this.remaining -= n;
			return n;
		}

		@Override
		public int available() {
			return Math.min(this.remaining, this.headEnd - this.headPos);
		}
	}

	/** Gives the body its length and the body bytes already read with the head. */
	void expectBody(int length, int leftoverStart, int leftoverEnd) {
		this.body.expect(length < 0 ? 0 : length, leftoverStart, leftoverEnd);
	}

	/** @param until the monotonic time after which body reads fail (draining after the response) */
	void bodyDeadline(long until) {
		this.body.deadline = until;
	}
}
