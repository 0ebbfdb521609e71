/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

import java.io.UnsupportedEncodingException;

/**
 * UTF-8, the one text encoding of the firmware (MQTT 3.1.1 §1.5.3): strict validation on bytes without decoding
 * ({@link #isValid}, no allocation), and the conversions between {@code String} and bytes used at boot and in
 * logs ({@link #encode}, {@link #decode}), plus the ASCII hex digit shared by the JSON and properties escapes.
 * <p>
 * Threading: pure static functions; {@link #isValid} and {@link #hexDigit} allocate nothing.
 */
public final class Utf8 {

	private static final String UTF_8 = "UTF-8";

	private Utf8() {
	}

	/**
	 * Checks that {@code buf[off..off+len)} is well-formed UTF-8 (shortest form, at most U+10FFFF), encodes no
	 * surrogate U+D800..U+DFFF [MQTT-1.5.3-1] and no U+0000 [MQTT-1.5.3-2]. U+FEFF is accepted and kept
	 * [MQTT-1.5.3-3]. The caller guarantees the range is inside {@code buf}.
	 *
	 * @param buf bytes to check
	 * @return true if valid
	 */
	public static boolean isValid(byte[] buf, int off, int len) {
		int i = off;
		int end = off + len;
		while (i < end) {
			int b = buf[i] & 0xFF;
			if (b < 0x80) {
				if (b == 0) {
					return false;
				}
				i++;
				continue;
			}
			int n = sequenceLength(b);
			if (n == 0 || end - i < n) {
				return false;
			}
			int second = buf[i + 1] & 0xFF;
			if (!secondByteValid(b, second)) {
				return false;
			}
			for (int k = 2; k < n; k++) {
				if ((buf[i + k] & 0xC0) != 0x80) {
					return false;
				}
			}
			i += n;
		}
		return true;
	}

	/** @return total bytes of a sequence starting with lead byte {@code b} (>= 0x80), or 0 if not a lead byte */
	private static int sequenceLength(int b) {
		if (b >= 0xC2 && b <= 0xDF) {
			return 2;
		}
		if (b >= 0xE0 && b <= 0xEF) {
			return 3;
		}
		if (b >= 0xF0 && b <= 0xF4) {
			return 4;
		}
		// 0x80..0xC1: continuation byte or overlong two-byte lead; 0xF5..0xFF: beyond U+10FFFF.
		return 0;
	}

	/**
	 * The second byte's range depends on the lead byte (RFC 3629 §4): this is where overlong three- and four-byte
	 * forms, surrogates (lead 0xED) and code points above U+10FFFF (lead 0xF4) are excluded.
	 */
	private static boolean secondByteValid(int lead, int second) {
		switch (lead) {
		case 0xE0:
			return second >= 0xA0 && second <= 0xBF;
		case 0xED:
			return second >= 0x80 && second <= 0x9F;
		case 0xF0:
			return second >= 0x90 && second <= 0xBF;
		case 0xF4:
			return second >= 0x80 && second <= 0x8F;
		default:
			return (second & 0xC0) == 0x80;
		}
	}

	/**
	 * @return its UTF-8 bytes, a new array the caller owns
	 */
	public static byte[] encode(String s) {
		try {
			return s.getBytes(UTF_8);
		} catch (UnsupportedEncodingException e) {
			// Every Java platform has UTF-8, MicroEJ included (the firmware embeds it).
			throw new IllegalStateException(UTF_8);
		}
	}

	/**
	 * Decodes bytes checked by {@link #isValid} first, so the platform decoder never has to replace anything.
	 *
	 * @return the text, or null when the bytes are not valid UTF-8 (or contain U+0000)
	 */
	public static String decode(byte[] buf, int off, int len) {
		if (!isValid(buf, off, len)) {
			return null;
		}
		try {
			return new String(buf, off, len, UTF_8);
		} catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(UTF_8);
		}
	}

	/**
	 * @param nibble 0..15
	 * @return its lowercase ASCII hex digit
	 */
	public static char hexChar(int nibble) {
		return (char) (nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
	}

	/**
	 * @param c a character
	 * @return its value as an ASCII hex digit (0..15), or -1 (EDC has no {@code Character.digit})
	 */
	public static int hexDigit(int c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'a' && c <= 'f') {
			return c - 'a' + 10;
		}
		if (c >= 'A' && c <= 'F') {
			return c - 'A' + 10;
		}
		return -1;
	}
}
