/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * Strict UTF-8 decoding of one line. The platform decoder silently replaces malformed input, which would let a
 * broken passphrase through; this one rejects overlong forms, surrogates and code points above U+10FFFF
 * (RFC 3629 section 3).
 */
final class Utf8 {

	/** {@link #decode} result when the bytes are not well-formed UTF-8. */
	static final String MALFORMED = new String("\u0000malformed");

	private Utf8() {
	}

	/**
	 * @param b the bytes
	 * @param off first byte
	 * @param end one past the last byte
	 * @return the decoded text, or {@link #MALFORMED} (compare by identity)
	 */
	static String decode(byte[] b, int off, int end) {
		StringBuilder out = new StringBuilder(end - off);
		int i = off;
		while (i < end) {
			int c = b[i] & 0xFF;
			if (c < 0x80) {
				out.append((char) c);
				i++;
				continue;
			}
			int need;
			int cp;
			int min;
			if (c >= 0xC2 && c <= 0xDF) {
				need = 1;
				cp = c & 0x1F;
				min = 0x80;
			} else if (c >= 0xE0 && c <= 0xEF) {
				need = 2;
				cp = c & 0x0F;
				min = 0x800;
			} else if (c >= 0xF0 && c <= 0xF4) {
				need = 3;
				cp = c & 0x07;
				min = 0x10000;
			} else {
				return MALFORMED;
			}
			if (i + need >= end) {
				return MALFORMED;
			}
			for (int k = 1; k <= need; k++) {
				int cc = b[i + k] & 0xFF;
				if ((cc & 0xC0) != 0x80) {
					return MALFORMED;
				}
				cp = (cp << 6) | (cc & 0x3F);
			}
			if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
				return MALFORMED;
			}
			if (cp >= 0x10000) {
				cp -= 0x10000;
				out.append((char) (0xD800 + (cp >> 10)));
				out.append((char) (0xDC00 + (cp & 0x3FF)));
			} else {
				out.append((char) cp);
			}
			i += need + 1;
		}
		return out.toString();
	}

	/**
	 * @param s a string
	 * @return the UTF-8 length of {@code s} in bytes
	 */
	static int length(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x80) {
				n += 1;
			} else if (c < 0x800) {
				n += 2;
			} else if (c >= 0xD800 && c <= 0xDBFF) {
				// A surrogate pair is one 4-byte sequence (EDC may lack Character.isHighSurrogate).
				n += 4;
				i++;
			} else {
				n += 3;
			}
		}
		return n;
	}

	/**
	 * @param c a character
	 * @return its value as a hex digit, or -1 (EDC has no evidence of {@code Character.digit})
	 */
	static int hexDigit(char c) {
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
