/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

/**
 * Receive buffer: bytes read but not yet handled are {@code buf[0..length)}, a packet always starts at 0.
 * {@code drain} counts bytes of an oversize packet still to be read and thrown away.
 * <p>
 * Threading: owned by the session's caller thread.
 */
final class RxBuffer {

	/** The bytes. */
	final byte[] buf;
	/** Bytes held. */
	int length;
	/** Bytes of a dropped packet still to skip. */
	int drain;

	/** @param bytes capacity */
	RxBuffer(int bytes) {
		this.buf = new byte[bytes];
	}

	/** Drops the first {@code n} bytes (a handled packet) and moves the rest to the front. */
	void consume(int n) {
		int rest = this.length - n;
		System.arraycopy(this.buf, n, this.buf, 0, rest);
		this.length = rest;
	}

	/** Forgets everything (new connection). */
	void clear() {
		this.length = 0;
		this.drain = 0;
	}
}
