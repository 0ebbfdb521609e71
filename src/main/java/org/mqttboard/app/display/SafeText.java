/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.display;

/**
 * Turns arbitrary payload bytes into text any display can show: printable ASCII is kept, tabs and line breaks
 * become spaces, every other byte or UTF-8 sequence becomes one {@code ?}, and text longer than the limit is cut
 * with a trailing {@code ...}. Never throws on any input.
 * <p>
 * Threading: stateless. Allocation: none.
 */
public final class SafeText {

	private SafeText() {
	}

	/**
	 * @param src source bytes
	 * @param out destination characters
	 * @param max most characters to write (&lt;= out.length, &gt;= 3)
	 * @return characters written
	 */
	public static int toAscii(byte[] src, int off, int len, char[] out, int max) {
		int n = 0;
		int end = off + len;
		int i = off;
		while (i < end) {
			int b = src[i++] & 0xFF;
			char c;
			if (b >= 0x20 && b <= 0x7E) {
				c = (char) b;
			} else if (b == '\t' || b == '\n' || b == '\r') {
				c = ' ';
			} else {
				c = '?';
				if (b >= 0xC0) {
					// One '?' per UTF-8 sequence: skip its continuation bytes.
					while (i < end && (src[i] & 0xC0) == 0x80) {
						i++;
					}
				}
			}
			if (n == max) {
				out[max - 3] = '.';
				out[max - 2] = '.';
				out[max - 1] = '.';
				return max;
			}
			out[n++] = c;
		}
		return n;
	}

	/**
	 * @param text characters
	 * @param len number of characters
	 * @return true when {@code text[0..len)} is a decimal number: optional sign, digits, optional fraction
	 */
	public static boolean isNumber(char[] text, int len) {
		int i = 0;
		if (i < len && (text[i] == '-' || text[i] == '+')) {
			i++;
		}
		int digits = 0;
		while (i < len && text[i] >= '0' && text[i] <= '9') {
			i++;
			digits++;
		}
		if (i < len && text[i] == '.') {
			i++;
			while (i < len && text[i] >= '0' && text[i] <= '9') {
				i++;
				digits++;
			}
		}
		return digits > 0 && i == len;
	}

	/**
	 * Removes leading and trailing spaces in place.
	 *
	 * @param text characters
	 * @param len number of characters
	 * @return the new length (text is shifted to start at 0)
	 */
	public static int trim(char[] text, int len) {
		int start = 0;
		while (start < len && text[start] == ' ') {
			start++;
		}
		int end = len;
		while (end > start && text[end - 1] == ' ') {
			end--;
		}
		if (start > 0) {
			System.arraycopy(text, start, text, 0, end - start);
		}
		return end - start;
	}
}
