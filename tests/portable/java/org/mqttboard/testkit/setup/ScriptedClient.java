/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.setup;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UnsupportedEncodingException;

import org.mqttboard.testkit.FakeClock;

/**
 * What an HTTP client sends, as the server's input stream: the request bytes in reads of a chosen size, optionally
 * with stalls (a read that times out, as a socket with a read timeout does, after moving the fake clock by that
 * timeout) or with time passing on every read (a slow client), then end of stream.
 * <p>
 * Threading: single test thread.
 */
public final class ScriptedClient extends InputStream {

	private final byte[] data;
	private final FakeClock clock;
	private int pos;
	private int chunk = Integer.MAX_VALUE;
	private int stallEvery;
	private int stallMillis;
	private int millisPerRead;
	private int reads;
	private int stallAt = -1;

	/**
	 * @param request the bytes the client sends
	 * @param clock moved by stalls and slow reads
	 */
	public ScriptedClient(byte[] request, FakeClock clock) {
		this.data = request.clone();
		this.clock = clock;
	}

	/**
	 * @param text the request, UTF-8
	 * @param clock moved by stalls and slow reads
	 * @return the client
	 */
	public static ScriptedClient of(String text, FakeClock clock) {
		return new ScriptedClient(utf8(text), clock);
	}

	/** @param bytes most bytes per read (1 = one byte at a time) */
	public ScriptedClient chunk(int bytes) {
		this.chunk = bytes;
		return this;
	}

	/** @param millis time the clock moves on every read (a client that trickles) */
	public ScriptedClient slow(int millis) {
		this.millisPerRead = millis;
		return this;
	}

	/**
	 * Every {@code every}-th read times out instead of delivering.
	 *
	 * @param every period in reads
	 * @param timeoutMillis how far the clock moves during the stall
	 */
	public ScriptedClient stallEvery(int every, int timeoutMillis) {
		this.stallEvery = every;
		this.stallMillis = timeoutMillis;
		return this;
	}

	/** @param offset once this many bytes were delivered, every further read times out (the client went silent) */
	public ScriptedClient silentAfter(int offset, int timeoutMillis) {
		this.stallAt = offset;
		this.stallMillis = timeoutMillis;
		return this;
	}

	/** @return bytes not delivered yet */
	public int unread() {
		return this.data.length - this.pos;
	}

	@Override
	public int read() throws InterruptedIOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] b, int off, int len) throws InterruptedIOException {
		this.reads++;
		this.clock.advance(this.millisPerRead);
		if ((this.stallEvery > 0 && this.reads % this.stallEvery == 0) || (this.stallAt >= 0 && this.pos >= this.stallAt)) {
			this.clock.advance(this.stallMillis);
			throw new java.net.SocketTimeoutException("read timed out");
		}
		if (this.pos >= this.data.length) {
			return -1;
		}
		int n = Math.min(Math.min(len, this.chunk), this.data.length - this.pos);
		System.arraycopy(this.data, this.pos, b, off, n);
		this.pos += n;
		return n;
	}

	/**
	 * @param s a string
	 * @return its UTF-8 bytes
	 */
	public static byte[] utf8(String s) {
		try {
			return s.getBytes("UTF-8");
		} catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * @param out captured response bytes
	 * @return them as UTF-8 text
	 */
	public static String text(ByteArrayOutputStream out) {
		try {
			return new String(out.toByteArray(), "UTF-8");
		} catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}
}
