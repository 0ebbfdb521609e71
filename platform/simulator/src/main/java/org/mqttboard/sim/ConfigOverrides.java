/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Applies the simulator's command-line overrides ({@code --broker}) to a properties file's bytes without
 * disturbing anything else: each overridden key's line (and its continuation lines) becomes a comment in place, so
 * every other key keeps its line number in the firmware's error messages, and the new {@code key=value} lines are
 * appended. Bytes are handled as ISO-8859-1 so content the firmware should reject (bad UTF-8, binary) still
 * reaches it unchanged.
 * <p>
 * Threading: stateless.
 */
public final class ConfigOverrides {

	private ConfigOverrides() {
	}

	/**
	 * @param original the file content
	 * @param overrides key to new value, in the order to append; a null value removes the key
	 * @return the content with the overrides applied; {@code original} itself when there are none
	 */
	public static byte[] apply(byte[] original, Map<String, String> overrides) {
		if (overrides.isEmpty()) {
			return original;
		}
		String text = new String(original, StandardCharsets.ISO_8859_1);
		StringBuilder out = new StringBuilder(text.length() + 64 * overrides.size());
		boolean continuing = false;
		boolean commenting = false;
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			int next = end < 0 ? text.length() : end + 1;
			String line = text.substring(start, next);
			String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
			if (body.endsWith("\r")) {
				body = body.substring(0, body.length() - 1);
			}
			if (!continuing) {
				commenting = overrides.containsKey(key(body));
			}
			out.append(commenting ? "#(overridden by the simulator) " + (continuing ? "" : keyOnly(body)) + lineEnd(
					line) : line);
			continuing = !isComment(body, continuing) && endsWithContinuation(body);
			start = next;
		}
		if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
			out.append('\n');
		}
		for (Map.Entry<String, String> entry : overrides.entrySet()) {
			if (entry.getValue() == null) {
				continue; // removed, not replaced
			}
			out.append(entry.getKey()).append('=').append(entry.getValue()).append('\n');
		}
		return out.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** @return the key of a key line, or null for blank and comment lines */
	static String key(String line) {
		String trimmed = line.stripLeading();
		if (trimmed.isEmpty() || trimmed.charAt(0) == '#' || trimmed.charAt(0) == '!') {
			return null;
		}
		int end = 0;
		while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
			end++;
		}
		return trimmed.substring(0, end);
	}

	/** The commented copy keeps only the key: the old value might be anything, including a secret. */
	private static String keyOnly(String body) {
		String key = key(body);
		return key == null ? "" : key;
	}

	private static String lineEnd(String line) {
		return line.endsWith("\n") ? "\n" : "";
	}

	private static boolean isComment(String body, boolean continuing) {
		String trimmed = body.stripLeading();
		return !continuing && !trimmed.isEmpty() && (trimmed.charAt(0) == '#' || trimmed.charAt(0) == '!');
	}

	private static boolean endsWithContinuation(String body) {
		int backslashes = 0;
		for (int i = body.length() - 1; i >= 0 && body.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return (backslashes & 1) == 1;
	}
}
