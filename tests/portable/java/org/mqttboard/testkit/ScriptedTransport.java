/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit;

import org.mqttboard.mqtt.transport.Transport;

/**
 * An in-memory {@link Transport} whose behaviour is scripted: bytes fed by the test (or a
 * {@link ScriptedBroker}) are read back in chunks limited by a cyclic read pattern, written bytes are captured,
 * writes follow a cyclic write pattern (e.g. {0, Integer.MAX_VALUE}: accept nothing, then everything), and the link
 * can be closed at any point. No allocation on read or write.
 * <p>
 * Threading: single test thread.
 */
public final class ScriptedTransport implements Transport {

	private static final int[] UNLIMITED = { Integer.MAX_VALUE };

	/** Bytes the client will read. */
	public final ByteRing toClient;
	/** Bytes the client wrote. */
	public final ByteRing fromClient;
	private int[] readPattern = UNLIMITED;
	private int readIndex;
	private int[] writePattern = UNLIMITED;
	private int writeIndex;
	private int writes;
	private boolean closedByPeer;
	private boolean closedByClient;
	private boolean failWrites;

	/** A transport with 64 KiB in each direction. */
	public ScriptedTransport() {
		this(65536);
	}

	/** @param capacity bytes buffered in each direction */
	public ScriptedTransport(int capacity) {
		this.toClient = new ByteRing(capacity);
		this.fromClient = new ByteRing(capacity);
	}

	/**
	 * @param maxBytes cyclic limits per read call; 0 = the call returns 0 (nothing now)
	 * @return this
	 */
	public ScriptedTransport readPattern(int... maxBytes) {
		this.readPattern = maxBytes.clone();
		this.readIndex = 0;
		return this;
	}

	/**
	 * @param maxBytes cyclic limits per write call; 0 = the call accepts nothing
	 * @return this
	 */
	public ScriptedTransport writePattern(int... maxBytes) {
		this.writePattern = maxBytes.clone();
		this.writeIndex = 0;
		return this;
	}

	/** Queues bytes for the client. */
	public void feed(byte[] bytes) {
		this.toClient.put(bytes, 0, bytes.length);
	}

	/** Queues bytes for the client. */
	public void feed(byte[] bytes, int off, int len) {
		this.toClient.put(bytes, off, len);
	}

	/** The peer closes: reads return -1 once the fed bytes are consumed, writes return -1 at once. */
	public void closeByPeer() {
		this.closedByPeer = true;
	}

	/** From now on writes return -1 (a broken link seen first on the send side). */
	public void failWrites() {
		this.failWrites = true;
	}

	/** @return true after {@link #close()} */
	public boolean closedByClient() {
		return this.closedByClient;
	}

	/** @return write calls that moved at least one byte (one TLS record each on a TLS link) */
	public int writes() {
		return this.writes;
	}

	@Override
	public int read(byte[] buf, int off, int len) {
		if (off < 0 || len < 0 || off + len > buf.length) {
			throw new IllegalArgumentException("read outside the buffer: off=" + off + " len=" + len);
		}
		if (this.closedByClient) {
			return -1;
		}
		if (this.toClient.size() == 0) {
			return this.closedByPeer ? -1 : 0;
		}
		int limit = this.readPattern[this.readIndex];
		this.readIndex = (this.readIndex + 1) % this.readPattern.length;
		return this.toClient.take(buf, off, Math.min(limit, len));
	}

	@Override
	public int write(byte[] buf, int off, int len) {
		if (off < 0 || len < 0 || off + len > buf.length) {
			throw new IllegalArgumentException("write outside the buffer: off=" + off + " len=" + len);
		}
		if (this.closedByClient || this.closedByPeer || this.failWrites) {
			return -1;
		}
		int limit = this.writePattern[this.writeIndex];
		this.writeIndex = (this.writeIndex + 1) % this.writePattern.length;
		int n = Math.min(limit, len);
		this.fromClient.put(buf, off, n);
		if (n > 0) {
			this.writes++;
		}
		return n;
	}

	@Override
	public void close() {
		this.closedByClient = true;
	}
}
