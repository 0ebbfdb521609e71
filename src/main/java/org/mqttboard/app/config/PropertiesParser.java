/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import java.io.IOException;
import java.io.InputStream;

import org.mqttboard.mqtt.codec.Utf8;
import org.mqttboard.platform.ConfigSource;

/**
 * A small, strict {@code .properties} reader (no {@code java.util.Properties}, which is an add-on on MicroEJ).
 * <p>
 * Format: {@code key=value}, {@code key: value} or {@code key value}; lines starting with {@code #} or {@code !}
 * are comments; whitespace around keys and values is trimmed; a line ending in an odd number of backslashes
 * continues on the next line (leading whitespace of the continuation is dropped); a backslash escapes the next
 * character ({@code t n r f} as in Java, {@code u} plus 4 hex digits, or one of backslash {@code = : # ! " '}
 * and space). Stricter than {@code java.util.Properties} on purpose: unknown escapes,
 * duplicate keys, malformed UTF-8, control bytes and oversized files are errors that name the line, because a
 * silently mangled passphrase or key is worse than a clear refusal.
 * <p>
 * Stateless; safe to use from any thread.
 */
public final class PropertiesParser {

	/** Largest accepted file, in bytes. A full configuration is about 2 KB; anything this big is not one. */
	public static final int MAX_FILE_BYTES = 64 * 1024;
	/** Largest accepted logical line (after joining continuations), in bytes. */
	public static final int MAX_LINE_BYTES = 4096;
	/** Largest accepted number of keys. */
	public static final int MAX_KEYS = 256;

	private PropertiesParser() {
	}

	/**
	 * Reads and parses a configuration source.
	 *
	 * @param source the source; its stream is closed here
	 * @return the keys, values and lines
	 * @throws ConfigException when the file cannot be read or has syntax errors (all of them are reported)
	 */
	public static RawConfig parse(ConfigSource source) throws ConfigException {
		byte[] bytes;
		InputStream in = null;
		try {
			in = source.open();
			bytes = readBounded(in, source.name());
		} catch (IOException e) {
			throw new ConfigException(source.name(), new Problem[] {
					new Problem(Problem.ERROR, "", 0, "cannot read the configuration: " + e.getMessage()) });
		} finally {
			closeQuietly(in);
		}
		return parse(bytes, bytes.length, source.name());
	}

	/**
	 * Parses configuration bytes.
	 *
	 * @param bytes the file content, UTF-8 (an initial byte order mark is skipped)
	 * @param length how many bytes of {@code bytes} are content
	 * @param sourceName the configuration's name for messages
	 * @return the keys, values and lines
	 * @throws ConfigException with every syntax problem found
	 */
	public static RawConfig parse(byte[] bytes, int length, String sourceName) throws ConfigException {
		RawConfig raw = new RawConfig(sourceName);
		if (length > MAX_FILE_BYTES) {
			raw.error("", lineAt(bytes, MAX_FILE_BYTES), "the file is larger than " + MAX_FILE_BYTES
					+ " bytes; this is not a configuration file");
			raw.throwIfErrors();
		}
		int pos = 0;
		if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			pos = 3;
		}
		int lineNo = 0;
		StringBuilder logical = null;
		int logicalLine = 0;
		boolean logicalBad = false;
		while (pos < length) {
			lineNo++;
			int end = pos;
			while (end < length && bytes[end] != '\n' && bytes[end] != '\r') {
				end++;
			}
			// Line terminators: LF, CR LF or a lone CR.
			int next = end + 1;
			if (end + 1 < length && bytes[end] == '\r' && bytes[end + 1] == '\n') {
				next = end + 2;
			}
			String text = decodeLine(bytes, pos, end, lineNo, raw);
			pos = next;
			if (text == null) {
				// The line is unusable; a continuation it belonged to is dropped as a whole.
				logicalBad = logical != null || endsWithBackslashBytes(bytes, end);
				if (!logicalBad) {
					logical = null;
				}
				continue;
			}
			String stripped = stripLeading(text);
			if (logical == null) {
				if (stripped.length() == 0 || stripped.charAt(0) == '#' || stripped.charAt(0) == '!') {
					continue;
				}
				logical = new StringBuilder();
				logicalLine = lineNo;
				logicalBad = false;
			}
			boolean continues = endsWithOddBackslashes(stripped);
			logical.append(continues ? stripped.substring(0, stripped.length() - 1) : stripped);
			if (logical.length() > MAX_LINE_BYTES) {
				raw.error("", logicalLine, "line is longer than " + MAX_LINE_BYTES + " characters");
				logicalBad = true;
			}
			if (!continues) {
				if (!logicalBad) {
					parseEntry(logical.toString(), logicalLine, raw);
				}
				logical = null;
				logicalBad = false;
			}
		}
		if (logical != null && !logicalBad) {
			// A trailing backslash on the last line continues into nothing: accept what is there.
			parseEntry(logical.toString(), logicalLine, raw);
		}
		raw.throwIfErrors();
		return raw;
	}

	private static void parseEntry(String line, int lineNo, RawConfig raw) {
		int n = line.length();
		int i = 0;
		StringBuilder key = new StringBuilder();
		while (i < n) {
			char c = line.charAt(i);
			if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
				break;
			}
			if (c == '\\') {
				i = unescape(line, i, key, lineNo, raw);
				if (i < 0) {
					return;
				}
				continue;
			}
			key.append(c);
			i++;
		}
		while (i < n && isBlank(line.charAt(i))) {
			i++;
		}
		if (i < n && (line.charAt(i) == '=' || line.charAt(i) == ':')) {
			i++;
		}
		while (i < n && isBlank(line.charAt(i))) {
			i++;
		}
		StringBuilder value = new StringBuilder();
		int keep = 0; // characters at the start of value that trailing-trim must not remove (escaped ones)
		while (i < n) {
			char c = line.charAt(i);
			if (c == '\\') {
				i = unescape(line, i, value, lineNo, raw);
				if (i < 0) {
					return;
				}
				keep = value.length();
				continue;
			}
			value.append(c);
			i++;
		}
		int vend = value.length();
		while (vend > keep && isBlank(value.charAt(vend - 1))) {
			vend--;
		}
		value.setLength(vend);
		String k = key.toString();
		if (k.length() == 0) {
			raw.error("", lineNo, "a value without a key; write key=value");
			return;
		}
		if (raw.has(k)) {
			raw.error(k, lineNo, "duplicate key, already set on line " + raw.line(k));
			return;
		}
		if (raw.size() >= MAX_KEYS) {
			raw.error(k, lineNo, "more than " + MAX_KEYS + " keys; this is not a configuration file");
			return;
		}
		raw.put(k, value.toString(), lineNo);
	}

	/** @return the index after the escape, or -1 after recording an error */
	private static int unescape(String line, int i, StringBuilder out, int lineNo, RawConfig raw) {
		if (i + 1 >= line.length()) {
			return i + 1; // a lone trailing backslash (only possible on the last line): ignored
		}
		char e = line.charAt(i + 1);
		switch (e) {
		case 't':
			out.append('\t');
			return i + 2;
		case 'n':
			out.append('\n');
			return i + 2;
		case 'r':
			out.append('\r');
			return i + 2;
		case 'f':
			out.append('\f');
			return i + 2;
		case '\\':
		case '=':
		case ':':
		case '#':
		case '!':
		case ' ':
		case '"':
		case '\'':
			out.append(e);
			return i + 2;
		case 'u':
			if (i + 6 <= line.length()) {
				int v = 0;
				for (int k = i + 2; k < i + 6; k++) {
					int d = Utf8.hexDigit(line.charAt(k));
					if (d < 0) {
						v = -1;
						break;
					}
					v = (v << 4) | d;
				}
				if (v >= 0) {
					out.append((char) v);
					return i + 6;
				}
			}
			raw.error("", lineNo, "bad unicode escape: \\u needs exactly 4 hex digits");
			return -1;
		default:
			raw.error("", lineNo, "unknown escape \\" + printable(e) + "; write \\\\ for a backslash");
			return -1;
		}
	}

	private static String decodeLine(byte[] b, int off, int end, int lineNo, RawConfig raw) {
		for (int i = off; i < end; i++) {
			int c = b[i] & 0xFF;
			if ((c < 0x20 && c != '\t' && c != '\f') || c == 0x7F) {
				raw.error("", lineNo, "binary content (control byte 0x" + hex2(c) + " at column "
						+ (i - off + 1) + "); the configuration must be a UTF-8 text file");
				return null;
			}
		}
		if (end - off > MAX_LINE_BYTES) {
			raw.error("", lineNo, "line is longer than " + MAX_LINE_BYTES + " bytes");
			return null;
		}
		// Strict (RFC 3629: no overlong forms, surrogates or code points above U+10FFFF): the platform decoder would
		// silently replace malformed input and let a broken passphrase through.
		String s = Utf8.decode(b, off, end - off);
		if (s == null) {
			raw.error("", lineNo, "not valid UTF-8; save the file as UTF-8");
		}
		return s;
	}

	private static byte[] readBounded(InputStream in, String name) throws IOException {
		byte[] buf = new byte[4096];
		int len = 0;
		while (true) {
			if (len == buf.length) {
				if (buf.length > MAX_FILE_BYTES) {
					return trimmed(buf, len); // parse() reports the size with the line it was reached on
				}
				byte[] bigger = new byte[buf.length * 2];
				System.arraycopy(buf, 0, bigger, 0, len);
				buf = bigger;
			}
			int r = in.read(buf, len, buf.length - len);
			if (r < 0) {
				return trimmed(buf, len);
			}
			len += r;
		}
	}

	private static byte[] trimmed(byte[] buf, int len) {
		byte[] out = new byte[len];
		System.arraycopy(buf, 0, out, 0, len);
		return out;
	}

	private static void closeQuietly(InputStream in) {
		if (in != null) {
			try {
				in.close();
			} catch (IOException e) {
				// Nothing was lost: the bytes are already read.
			}
		}
	}

	private static int lineAt(byte[] b, int limit) {
		int line = 1;
		for (int i = 0; i < limit && i < b.length; i++) {
			if (b[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static boolean endsWithOddBackslashes(String s) {
		int n = 0;
		for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
			n++;
		}
		return (n & 1) == 1;
	}

	private static boolean endsWithBackslashBytes(byte[] b, int end) {
		return end > 0 && b[end - 1] == '\\';
	}

	private static String stripLeading(String s) {
		int i = 0;
		while (i < s.length() && isBlank(s.charAt(i))) {
			i++;
		}
		return s.substring(i);
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t' || c == '\f';
	}

	private static String hex2(int v) {
		String h = "0123456789ABCDEF";
		return "" + h.charAt((v >> 4) & 0xF) + h.charAt(v & 0xF);
	}

	private static String printable(char c) {
		return c >= 0x20 && c < 0x7F ? String.valueOf(c) : "u" + hex2(c >> 8) + hex2(c & 0xFF);
	}
}
