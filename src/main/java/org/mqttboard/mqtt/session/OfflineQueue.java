/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

/**
 * Bounded FIFO of publishes waiting for a connection (or for transmit room), in one byte array. Each entry is
 * a 19-byte header (expiry time, flags, token, topic and payload lengths) followed by topic and payload. The head
 * entry is always at offset 0: removing it shifts the rest down (a copy bounded by the queue size, no
 * allocation).
 * <p>
 * Threading: owned by the session's caller thread.
 */
final class OfflineQueue {

	/** Bytes of an entry header. */
	static final int HEADER = 19;

	private final byte[] buf;
	private int used;
	private int count;
	/** Entries at QoS 0. */
	private int qos0;

	/** @param bytes capacity in bytes (0 disables the queue) */
	OfflineQueue(int bytes) {
		this.buf = new byte[bytes];
	}

	int count() {
		return this.count;
	}

	int capacity() {
		return this.buf.length;
	}

	/** @return the bytes an entry with these lengths takes */
	static int entrySize(int topicLen, int payloadLen) {
		return HEADER + topicLen + payloadLen;
	}

	int free() {
		return this.buf.length - this.used;
	}

	/** Appends an entry; the caller checked {@link #free()}. */
	void add(long expiresAt, int qos, boolean retain, int tok, byte[] topic, int tOff, int tLen, byte[] payload,
			int pOff, int pLen) {
		byte[] b = this.buf;
		int o = this.used;
		putLong(b, o, expiresAt);
		b[o + 8] = (byte) (qos | (retain ? 4 : 0));
		putInt(b, o + 9, tok);
		b[o + 13] = (byte) (tLen >> 8);
		b[o + 14] = (byte) tLen;
		putInt(b, o + 15, pLen);
		System.arraycopy(topic, tOff, b, o + HEADER, tLen);
		System.arraycopy(payload, pOff, b, o + HEADER + tLen, pLen);
		this.used = o + HEADER + tLen + pLen;
		this.count++;
		if (qos == 0) {
			this.qos0++;
		}
	}

	/** @return the head entry's expiry time (ms, {@link Long#MAX_VALUE} = never); queue must not be empty */
	long headExpiresAt() {
		return getLong(this.buf, 0);
	}

	/** @return the offset of the first QoS 0 entry (it needs no in-flight slot), -1 when there is none */
	int firstQos0() {
		if (this.qos0 > 0) {
			for (int o = 0; o < this.used; o += HEADER + topicLengthAt(o) + payloadLengthAt(o)) {
				if (qosAt(o) == 0) {
					return o;
				}
			}
		}
		return -1;
	}

	/** Accessors of the entry at offset {@code o} (0 = the head; others from {@link #firstQos0}). */
	int qosAt(int o) {
		return this.buf[o + 8] & 3;
	}

	boolean retainAt(int o) {
		return (this.buf[o + 8] & 4) != 0;
	}

	int tokenAt(int o) {
		return getInt(this.buf, o + 9);
	}

	int topicLengthAt(int o) {
		return ((this.buf[o + 13] & 0xFF) << 8) | (this.buf[o + 14] & 0xFF);
	}

	int payloadLengthAt(int o) {
		return getInt(this.buf, o + 15);
	}

	/** @return the array holding the entries (topic of the head at {@link #HEADER}) */
	byte[] bytes() {
		return this.buf;
	}

	/** Removes the entry at offset {@code o} (0 = the head); the ones after it move up. */
	void remove(int o) {
		int size = HEADER + topicLengthAt(o) + payloadLengthAt(o);
		if (qosAt(o) == 0) {
			this.qos0--;
		}
		System.arraycopy(this.buf, o + size, this.buf, o, this.used - o - size);
		this.used -= size;
		this.count--;
	}

	private static void putInt(byte[] b, int o, int v) {
		b[o] = (byte) (v >>> 24);
		b[o + 1] = (byte) (v >>> 16);
		b[o + 2] = (byte) (v >>> 8);
		b[o + 3] = (byte) v;
	}

	private static int getInt(byte[] b, int o) {
		return ((b[o] & 0xFF) << 24) | ((b[o + 1] & 0xFF) << 16) | ((b[o + 2] & 0xFF) << 8) | (b[o + 3] & 0xFF);
	}

	private static void putLong(byte[] b, int o, long v) {
		putInt(b, o, (int) (v >>> 32));
		putInt(b, o + 4, (int) v);
	}

	private static long getLong(byte[] b, int o) {
		return ((long) getInt(b, o) << 32) | (getInt(b, o + 4) & 0xFFFFFFFFL);
	}
}
