/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.transport.Transport;

/**
 * Transmit buffer: encoded packets wait in {@code buf[head..end)} until the transport accepts them. Partial
 * writes advance {@code head}; the bytes are moved to the front only when room is needed.
 * <p>
 * Threading: owned by the session's caller thread.
 */
final class TxBuffer {

	/**
	 * Bytes kept free by publishes and subscribes so that one acknowledgement (4 bytes) and one PINGREQ (2 bytes)
	 * always fit, even while the transport accepts nothing.
	 */
	static final int CONTROL_RESERVE = 6;

	/** The bytes; packets are encoded directly at {@link #end}. */
	final byte[] buf;
	/** First byte not yet written. */
	int head;
	int end;
	/** Bytes the transport accepted since construction (wraps after 2^63, never in practice). */
	long written;

	TxBuffer(int bytes) {
		this.buf = new byte[bytes];
	}

	/** @return bytes waiting to be written */
	int pending() {
		return this.end - this.head;
	}

	/** @return bytes that can be appended (after compaction) */
	int free() {
		return this.buf.length - pending();
	}

	/**
	 * Makes {@code bytes} contiguous room at {@link #end}; the caller checked {@link #free()}.
	 */
	void makeRoom(int bytes) {
		if (this.buf.length - this.end < bytes) {
			int n = this.end - this.head;
			System.arraycopy(this.buf, this.head, this.buf, 0, n);
			this.head = 0;
			this.end = n;
		}
	}

	/**
	 * One write attempt of all pending bytes.
	 *
	 * @return bytes written, 0 when nothing was pending or accepted, &lt; 0 when the link is closed
	 */
	int flush(Transport t) {
		int n = this.end - this.head;
		if (n == 0) {
			return 0;
		}
		int w = t.write(this.buf, this.head, n);
		if (w > 0) {
			// A transport never reports more than asked; min() keeps the indices in range if one does.
			this.head += Math.min(w, n);
			this.written += Math.min(w, n);
			if (this.head == this.end) {
				this.head = 0;
				this.end = 0;
			}
		}
		return w;
	}

	void clear() {
		this.head = 0;
		this.end = 0;
	}
}
