/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.nio.charset.StandardCharsets;

/**
 * Makes arbitrary text or payload bytes safe for one event line: backslash becomes {@code \\}, line feed
 * {@code \n}, carriage return {@code \r}, tab {@code \t}, other control characters and invalid UTF-8 bytes
 * {@code \xNN}. Printable text, spaces and non-ASCII letters pass unchanged, so a plain payload reads as itself.
 * <p>
 * Threading: stateless.
 */
public final class Escape {

	private Escape() {
	}

	/**
	 * @param payload raw bytes (an MQTT payload or topic)
	 * @return the escaped text
	 */
	public static String bytes(byte[] payload) {
		String decoded = new String(payload, StandardCharsets.UTF_8);
		if (decoded.indexOf('\uFFFD') >= 0) {
			// Not valid UTF-8: show every non-ASCII byte as \xNN rather than guess.
			StringBuilder out = new StringBuilder(payload.length * 2);
			for (byte b : payload) {
				int c = b & 0xFF;
				if (c >= 0x20 && c < 0x7F && c != '\\') {
					out.append((char) c);
				} else {
					appendEscaped(out, (char) c);
				}
			}
			return out.toString();
		}
		return text(decoded);
	}

	/**
	 * @param text any text
	 * @return the escaped text (the same instance when nothing needed escaping)
	 */
	public static String text(String text) {
		boolean clean = true;
		for (int i = 0; i < text.length() && clean; i++) {
			char c = text.charAt(i);
			clean = c >= 0x20 && c != 0x7F && c != '\\';
		}
		if (clean) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c != 0x7F && c != '\\') {
				out.append(c);
			} else {
				appendEscaped(out, c);
			}
		}
		return out.toString();
	}

	private static void appendEscaped(StringBuilder out, char c) {
		switch (c) {
		case '\\': out.append("\\\\"); break;
		case '\n': out.append("\\n"); break;
		case '\r': out.append("\\r"); break;
		case '\t': out.append("\\t"); break;
		default:
			out.append("\\x");
			out.append(Character.forDigit((c >> 4) & 0xF, 16));
			out.append(Character.forDigit(c & 0xF, 16));
		}
	}
}
