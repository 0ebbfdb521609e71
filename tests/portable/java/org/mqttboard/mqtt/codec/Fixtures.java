/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

import java.io.UnsupportedEncodingException;

/**
 * Helpers for byte fixtures written one field per line.
 */
public final class Fixtures {

	private Fixtures() {
	}

	/**
	 * @param values byte values 0..255 (ints so fixtures need no casts)
	 * @return the bytes
	 */
	public static byte[] bytes(int... values) {
		byte[] out = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = (byte) values[i];
		}
		return out;
	}

	/**
	 * @return {@code s} encoded as UTF-8
	 */
	public static byte[] utf8(String s) {
		try {
			return s.getBytes("UTF-8");
		} catch (UnsupportedEncodingException e) {
			throw new AssertionError(e);
		}
	}

	/**
	 * @return the UTF-8 string at {@code buf[off..off+len)}
	 */
	public static String string(byte[] buf, int off, int len) {
		try {
			return new String(buf, off, len, "UTF-8");
		} catch (UnsupportedEncodingException e) {
			throw new AssertionError(e);
		}
	}

	/**
	 * @return {@code buf[0..len)} as a new array
	 */
	public static byte[] head(byte[] buf, int len) {
		byte[] out = new byte[len];
		System.arraycopy(buf, 0, out, 0, len);
		return out;
	}

	/**
	 * @return lower-case hex of {@code b}, for assertion messages
	 */
	public static String hex(byte[] b) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < b.length; i++) {
			int v = b[i] & 0xFF;
			sb.append(Character.forDigit(v >>> 4, 16)).append(Character.forDigit(v & 0x0F, 16));
		}
		return sb.toString();
	}
}
