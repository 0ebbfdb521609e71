/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit;

/**
 * Fixed-size byte FIFO used by the fakes; no allocation after construction. Threading: single test thread.
 */
public final class ByteRing {

	private final byte[] buf;
	private int head;
	private int size;

	/** @param capacity bytes */
	public ByteRing(int capacity) {
		this.buf = new byte[capacity];
	}

	/** @return bytes held */
	public int size() {
		return this.size;
	}

	/** Appends bytes; throws when full (a test sizing error, never a product behaviour). */
	public void put(byte[] src, int off, int len) {
		if (len > this.buf.length - this.size) {
			throw new IllegalStateException("ByteRing full");
		}
		for (int i = 0; i < len; i++) {
			this.buf[(this.head + this.size + i) % this.buf.length] = src[off + i];
		}
		this.size += len;
	}

	/** @return up to {@code max} bytes moved into {@code dst} */
	public int take(byte[] dst, int off, int max) {
		int n = Math.min(max, this.size);
		for (int i = 0; i < n; i++) {
			dst[off + i] = this.buf[(this.head + i) % this.buf.length];
		}
		this.head = (this.head + n) % this.buf.length;
		this.size -= n;
		return n;
	}
}
