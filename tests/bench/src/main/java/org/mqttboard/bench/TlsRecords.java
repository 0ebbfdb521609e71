/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

/**
 * Reads one direction of one TCP connection as a TLS 1.2 record stream (RFC 5246 section 6.2): counts records per
 * content type, notes when the first record of each type was seen, and, on the server's direction, tells a full
 * handshake from an abbreviated one (section 7.3): a full one sends Certificate after ServerHello; a resumed one
 * goes from ServerHello straight to ChangeCipherSpec. Handshake messages are readable only until ChangeCipherSpec
 * (encrypted afterwards), which is all the classification needs. A stream that does not start like a TLS record
 * (plain MQTT) is left alone. Host-only; fed by one thread, read by any.
 */
final class TlsRecords {

	/** Record content types (RFC 5246 section 6.2.1). */
	static final int CHANGE_CIPHER_SPEC = 20;
	static final int HANDSHAKE = 22;
	static final int APPLICATION_DATA = 23;

	/** {@link #handshake()} results. */
	static final int NONE = 0;
	static final int FULL = 1;
	static final int ABBREVIATED = 2;

	/** Handshake message types (RFC 5246 section 7.4). */
	private static final int SERVER_HELLO = 2;
	private static final int CERTIFICATE = 11;

	private final int[] counts = new int[256];
	private final long[] firstNanos = new long[256];
	private final byte[] header = new byte[5];
	private int headerBytes;
	private int bodyLeft;
	private int bodyType;
	private boolean notTls;
	/** Handshake message header being read across records (type + 24-bit length), and message bytes to skip. */
	private final byte[] message = new byte[4];
	private int messageBytes;
	private int messageLeft;
	private boolean sawServerHello;
	private boolean sawCertificate;
	private boolean cipherChanged;
	private volatile int handshake = NONE;

	/** Feeds the next bytes of the stream, read at {@code nanos} ({@link System#nanoTime()}). */
	synchronized void feed(byte[] b, int off, int len, long nanos) {
		int end = off + len;
		int i = off;
		while (i < end && !this.notTls) {
			if (this.bodyLeft == 0) {
				this.header[this.headerBytes++] = b[i++];
				if (this.headerBytes == 5) {
					startRecord(nanos);
				}
				continue;
			}
			int n = Math.min(this.bodyLeft, end - i);
			if (this.bodyType == HANDSHAKE && !this.cipherChanged) {
				readHandshake(b, i, n);
			}
			this.bodyLeft -= n;
			i += n;
		}
	}

	private void startRecord(long nanos) {
		this.headerBytes = 0;
		int type = this.header[0] & 0xff;
		if (type < CHANGE_CIPHER_SPEC || type > APPLICATION_DATA || this.header[1] != 3) {
			this.notTls = true;
			return;
		}
		this.bodyType = type;
		this.bodyLeft = ((this.header[3] & 0xff) << 8) | (this.header[4] & 0xff);
		if (this.counts[type]++ == 0) {
			this.firstNanos[type] = nanos;
		}
		if (type == CHANGE_CIPHER_SPEC && !this.cipherChanged) {
			this.cipherChanged = true;
			if (this.sawServerHello) {
				this.handshake = this.sawCertificate ? FULL : ABBREVIATED;
			}
		}
	}

	private void readHandshake(byte[] b, int off, int len) {
		int i = off;
		int end = off + len;
		while (i < end) {
			if (this.messageLeft > 0) {
				int n = Math.min(this.messageLeft, end - i);
				this.messageLeft -= n;
				i += n;
				continue;
			}
			this.message[this.messageBytes++] = b[i++];
			if (this.messageBytes == 4) {
				this.messageBytes = 0;
				int type = this.message[0] & 0xff;
				this.sawServerHello |= type == SERVER_HELLO;
				this.sawCertificate |= type == CERTIFICATE;
				this.messageLeft = ((this.message[1] & 0xff) << 16) | ((this.message[2] & 0xff) << 8)
						| (this.message[3] & 0xff);
			}
		}
	}

	/** @return records of this content type seen so far */
	synchronized int records(int contentType) {
		return this.counts[contentType];
	}

	/** @return {@link System#nanoTime()} when the first record of this type was read, or -1 */
	synchronized long firstNanos(int contentType) {
		return this.counts[contentType] == 0 ? -1 : this.firstNanos[contentType];
	}

	/** @return {@link #FULL} or {@link #ABBREVIATED} once the server changed cipher, else {@link #NONE} */
	int handshake() {
		return this.handshake;
	}
}
