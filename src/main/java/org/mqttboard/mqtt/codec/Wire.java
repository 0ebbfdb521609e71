/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * Big-endian 16-bit integers and length-prefixed strings (MQTT 3.1.1 §1.5.2, §1.5.3). Callers check bounds first.
 */
final class Wire {

	/** Largest value of a two-byte length or packet identifier. */
	static final int MAX_U16 = 0xFFFF;

	private Wire() {
	}

	static int readU16(byte[] buf, int i) {
		return ((buf[i] & 0xFF) << 8) | (buf[i + 1] & 0xFF);
	}

	static void writeU16(byte[] buf, int i, int value) {
		buf[i] = (byte) (value >>> 8);
		buf[i + 1] = (byte) value;
	}

	/**
	 * Writes a two-byte length then {@code len} bytes of {@code src} ({@code src} may be null when {@code len} is 0).
	 *
	 * @return the index after the string
	 */
	static int writeString(byte[] buf, int i, byte[] src, int srcOff, int len) {
		writeU16(buf, i, len);
		if (len > 0) {
			System.arraycopy(src, srcOff, buf, i + 2, len);
		}
		return i + 2 + len;
	}

	/**
	 * @return true if {@code [off, limit)} is a valid range of {@code buf}
	 */
	static boolean inBounds(byte[] buf, int off, int limit) {
		return off >= 0 && off <= limit && limit <= buf.length;
	}
}
