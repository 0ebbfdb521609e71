/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.device;

import java.io.IOException;
import java.io.InputStream;

/** Counts PUBLISH packets in the peer's byte stream (fixed header + remaining length framing). */
final class PublishCounter {
	private final InputStream in;
	int count;
	private int state; // 0 = type byte, 1 = length bytes, 2 = body
	private int type;
	private int remaining;
	private int multiplier;

	PublishCounter(InputStream in) {
		this.in = in;
	}

	void drainFor(long millis) throws IOException {
		long end = System.currentTimeMillis() + millis;
		do {
			int b;
			try {
				b = this.in.read();
			} catch (java.net.SocketTimeoutException e) {
				continue;
			}
			if (b < 0) {
				throw new IOException("peer link closed");
			}
			feed(b);
			while (this.in.available() > 0) {
				feed(this.in.read());
			}
		} while (System.currentTimeMillis() < end);
	}

	private void feed(int b) {
		if (this.state == 0) {
			this.type = b >> 4;
			this.remaining = 0;
			this.multiplier = 1;
			this.state = 1;
		} else if (this.state == 1) {
			this.remaining += (b & 0x7F) * this.multiplier;
			this.multiplier *= 128;
			if ((b & 0x80) == 0) {
				packetStarted();
			}
		} else if (--this.remaining == 0) {
			this.state = 0;
		}
	}

	private void packetStarted() {
		if (this.type == 3) {
			this.count++;
		}
		this.state = this.remaining == 0 ? 0 : 2;
	}
}
