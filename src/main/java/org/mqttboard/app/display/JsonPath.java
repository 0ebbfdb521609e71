/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.display;

import org.mqttboard.mqtt.codec.Utf8;

/**
 * A tiny JSON path extractor for display rules: finds one value in a JSON payload without building a tree and
 * without allocating, e.g. {@code data.temperature} in a SENSORO push or {@code content} in an IoTDA
 * {@code messages/down} message. Path syntax: names separated by dots; an array element is a segment of digits or
 * an index in brackets, so {@code services.0.level} and {@code services[0].level} are the same path. Names use
 * letters, digits, {@code _}, {@code -} and {@code $}.
 * <p>
 * Malformed or truncated JSON simply yields "not found"; nesting depth is only bounded by the payload (scanning is
 * iterative). Keys are compared byte for byte as written in the payload (a key spelled with escapes does not
 * match).
 * <p>
 * Threading: immutable after construction; {@link #find} is reentrant. Allocation: none in {@link #find}.
 */
public final class JsonPath {

	/** Largest array index accepted. */
	private static final int MAX_INDEX = 100000;

	private final String text;
	private final byte[][] keys;
	/** Per segment: the array index, or -1 for a name (then {@link #keys} holds it). */
	private final int[] indexes;

	/**
	 * @param path the path, e.g. {@code data.temperature}, {@code list.0.id} or {@code list[0].id}
	 * @throws IllegalArgumentException when the path is empty or malformed (names the column)
	 */
	public JsonPath(String path) {
		this.text = path;
		int length = path.length();
		byte[][] keys = new byte[length + 1][];
		int[] indexes = new int[length + 1];
		int count = 0;
		int i = 0;
		boolean ok = length > 0;
		while (ok && i < length) {
			int end;
			int index;
			if (path.charAt(i) == '[') {
				end = path.indexOf(']', i);
				index = end < 0 ? -1 : index(path, i + 1, end);
				ok = index >= 0;
				i = end + 1;
			} else {
				end = i;
				while (end < length && path.charAt(end) != '.' && path.charAt(end) != '[') {
					end++;
				}
				index = index(path, i, end);
				ok = end > i && (index >= 0 || isName(path, i, end));
				if (index < 0) {
					keys[count] = Utf8.encode(path.substring(i, end));
				}
				i = end;
			}
			indexes[count++] = index;
			// After a segment: the end, a '.' and another name or index, or a '['.
			if (ok && i < length && path.charAt(i) == '.') {
				i++;
				ok = i < length && path.charAt(i) != '.' && path.charAt(i) != '[';
			} else if (ok && i < length) {
				ok = path.charAt(i) == '[';
			}
		}
		if (!ok) {
			throw new IllegalArgumentException("json path '" + path + "' is malformed at column " + (i + 1));
		}
		this.keys = new byte[count][];
		this.indexes = new int[count];
		System.arraycopy(keys, 0, this.keys, 0, count);
		System.arraycopy(indexes, 0, this.indexes, 0, count);
	}

	/**
	 * Finds the value.
	 *
	 * @param json payload bytes
	 * @param out receives {@code out[0]} = value start, {@code out[1]} = value length; for a string the quotes are
	 *        excluded and escapes are left as written (see {@link #unescape})
	 * @return true when found
	 */
	public boolean find(byte[] json, int off, int len, int[] out) {
		int end = off + len;
		int p = skipWs(json, off, end);
		for (int s = 0; s < this.indexes.length && p >= 0; s++) {
			p = this.indexes[s] < 0 ? member(json, p, end, this.keys[s]) : element(json, p, end, this.indexes[s]);
		}
		if (p < 0 || p >= end) {
			return false;
		}
		int valueEnd = skipValue(json, p, end);
		if (valueEnd < 0) {
			return false;
		}
		if (json[p] == '"') {
			out[0] = p + 1;
			out[1] = valueEnd - p - 2;
		} else {
			out[0] = p;
			out[1] = valueEnd - p;
		}
		return true;
	}

	/**
	 * Decodes JSON string escapes in place (n, r, t become spaces; quote, backslash and slash are kept); a
	 * four-hex-digit unicode escape outside printable ASCII becomes
	 * {@code ?}.
	 *
	 * @param off first byte of the string content
	 * @param len content length
	 * @return the decoded length (never longer)
	 */
	public static int unescape(byte[] buf, int off, int len) {
		int w = off;
		int end = off + len;
		for (int r = off; r < end; r++) {
			byte b = buf[r];
			if (b != '\\' || r + 1 >= end) {
				buf[w++] = b;
				continue;
			}
			byte e = buf[++r];
			switch (e) {
			case 'n': case 'r': case 't':
				buf[w++] = ' ';
				break;
			case 'b': case 'f':
				break;
			case 'u':
				int code = 0;
				int k = 0;
				for (; k < 4 && r + 1 < end; k++) {
					int h = Utf8.hexDigit(buf[r + 1]);
					if (h < 0) {
						break;
					}
					code = code * 16 + h;
					r++;
				}
				buf[w++] = (byte) (k == 4 && code >= 0x20 && code < 0x7F ? code : '?');
				break;
			default:
				buf[w++] = e; // \" \\ \/ and anything unexpected: keep the character
				break;
			}
		}
		return w - off;
	}

	@Override
	public String toString() {
		return this.text;
	}

	private static int member(byte[] b, int p, int end, byte[] key) {
		if (p >= end || b[p] != '{') {
			return -1;
		}
		p = skipWs(b, p + 1, end);
		while (p >= 0 && p < end && b[p] == '"') {
			int keyEnd = skipString(b, p, end);
			if (keyEnd < 0) {
				return -1;
			}
			boolean match = keyEnd - p - 2 == key.length && same(b, p + 1, key);
			p = skipWs(b, keyEnd, end);
			if (p < 0 || p >= end || b[p] != ':') {
				return -1;
			}
			p = skipWs(b, p + 1, end);
			if (match) {
				return p;
			}
			p = next(b, p, end);
		}
		return -1;
	}

	private static int element(byte[] b, int p, int end, int index) {
		if (p >= end || b[p] != '[') {
			return -1;
		}
		p = skipWs(b, p + 1, end);
		for (int i = 0; p >= 0 && p < end && b[p] != ']'; i++) {
			if (i == index) {
				return p;
			}
			p = next(b, p, end);
		}
		return -1;
	}

	/** Skips the value at p and the following comma; -1 at the closing bracket, at the end or on bad input. */
	private static int next(byte[] b, int p, int end) {
		p = skipValue(b, p, end);
		p = skipWs(b, p, end);
		if (p < 0 || p >= end || b[p] != ',') {
			return -1;
		}
		return skipWs(b, p + 1, end);
	}

	private static int skipValue(byte[] b, int p, int end) {
		if (p < 0 || p >= end) {
			return -1;
		}
		if (b[p] == '"') {
			return skipString(b, p, end);
		}
		if (b[p] == '{' || b[p] == '[') {
			int depth = 0;
			while (p < end) {
				byte c = b[p];
				if (c == '"') {
					p = skipString(b, p, end);
					if (p < 0) {
						return -1;
					}
					continue;
				}
				if (c == '{' || c == '[') {
					depth++;
				} else if (c == '}' || c == ']') {
					depth--;
					if (depth == 0) {
						return p + 1;
					}
				}
				p++;
			}
			return -1;
		}
		int start = p;
		while (p < end && b[p] != ',' && b[p] != '}' && b[p] != ']' && b[p] > ' ') {
			p++;
		}
		return p == start ? -1 : p;
	}

	private static int skipString(byte[] b, int p, int end) {
		for (int i = p + 1; i < end; i++) {
			if (b[i] == '\\') {
				i++;
			} else if (b[i] == '"') {
				return i + 1;
			}
		}
		return -1;
	}

	private static int skipWs(byte[] b, int p, int end) {
		if (p < 0) {
			return -1;
		}
		while (p < end && (b[p] == ' ' || b[p] == '\t' || b[p] == '\n' || b[p] == '\r')) {
			p++;
		}
		return p;
	}

	private static boolean same(byte[] b, int p, byte[] key) {
		for (int i = 0; i < key.length; i++) {
			if (b[p + i] != key[i]) {
				return false;
			}
		}
		return true;
	}

	/** @return the decimal number {@code s[from, to)} (at most {@link #MAX_INDEX}), or -1 when it is not one */
	private static int index(String s, int from, int to) {
		int value = 0;
		for (int k = from; k < to; k++) {
			char d = s.charAt(k);
			if (d < '0' || d > '9' || value > MAX_INDEX) {
				return -1;
			}
			value = value * 10 + (d - '0');
		}
		return to > from && value <= MAX_INDEX ? value : -1;
	}

	/** @return true when {@code s[from, to)} only has letters, digits, {@code _}, {@code -} and {@code $} */
	private static boolean isName(String s, int from, int to) {
		for (int k = from; k < to; k++) {
			char c = s.charAt(k);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
					|| c == '$')) {
				return false;
			}
		}
		return true;
	}
}
