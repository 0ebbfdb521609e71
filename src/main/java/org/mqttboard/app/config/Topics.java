/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * Static checks of topic names, topic filters and payload templates. Each returns null when fine, or the reason.
 */
public final class Topics {

	/** Longest topic or filter, UTF-8 bytes ([MQTT-1.5.3-1]: a two-byte length prefix). */
	public static final int MAX_TOPIC_BYTES = 65535;

	private Topics() {
	}

	/**
	 * @param topic a topic name to publish to
	 * @return null when valid, else the reason
	 */
	public static String checkName(String topic) {
		String r = checkCommon(topic);
		if (r != null) {
			return r;
		}
		for (int i = 0; i < topic.length(); i++) {
			char c = topic.charAt(i);
			if (c == '+' || c == '#') {
				// [MQTT-3.3.2-2]: the topic name in a PUBLISH must not contain wildcards.
				return "a topic to publish to cannot contain the wildcards + or #";
			}
		}
		return null;
	}

	/**
	 * @param filter a topic filter to subscribe to
	 * @return null when valid, else the reason
	 */
	public static String checkFilter(String filter) {
		String r = checkCommon(filter);
		if (r != null) {
			return r;
		}
		int n = filter.length();
		for (int i = 0; i < n; i++) {
			char c = filter.charAt(i);
			boolean levelStart = i == 0 || filter.charAt(i - 1) == '/';
			boolean levelEnd = i == n - 1 || filter.charAt(i + 1) == '/';
			if (c == '#' && !(levelStart && i == n - 1)) {
				// [MQTT-4.7.1-2]: '#' stands alone as the last level.
				return "# must be the whole last level of the filter, e.g. sensors/#";
			}
			if (c == '+' && !(levelStart && levelEnd)) {
				// [MQTT-4.7.1-3]: '+' occupies a whole level.
				return "+ must be a whole level of the filter, e.g. sensors/+/temp";
			}
		}
		return null;
	}

	/**
	 * @param template a payload template
	 * @return null when every {@code ${...}} names a known placeholder, else the reason
	 */
	public static String checkTemplate(String template) {
		int i = template.indexOf("${");
		while (i >= 0) {
			int end = template.indexOf('}', i + 2);
			if (end < 0) {
				return "unclosed ${ in the payload template";
			}
			String name = template.substring(i + 2, end);
			boolean known = false;
			for (String p : PublishAction.PLACEHOLDERS) {
				if (p.equals(name)) {
					known = true;
				}
			}
			if (!known) {
				return "unknown placeholder ${" + name + "}; use ${button}, ${press}, ${count}, ${uptime.ms} or"
						+ " ${device}";
			}
			i = template.indexOf("${", end + 1);
		}
		return null;
	}

	/**
	 * A light JSON shape check for platforms that only ingest JSON: after replacing placeholders with sample
	 * values, the text must be one object or array with balanced brackets and closed strings.
	 *
	 * @param template a payload template
	 * @return null when it looks like JSON, else the reason
	 */
	public static String checkJsonTemplate(String template) {
		String t = template.trim();
		if (t.length() == 0 || (t.charAt(0) != '{' && t.charAt(0) != '[')) {
			return "must be a JSON object, e.g. {\"button\":\"${button}\",\"count\":${count}}";
		}
		int depth = 0;
		boolean inString = false;
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					inString = false;
				}
				continue;
			}
			if (c == '"') {
				inString = true;
			} else if (c == '{' && !(i > 0 && t.charAt(i - 1) == '$')) {
				depth++;
			} else if (c == '[') {
				depth++;
			} else if (c == '}' || c == ']') {
				if (c == '}' && isPlaceholderEnd(t, i)) {
					continue;
				}
				depth--;
				if (depth < 0 || (depth == 0 && i != t.length() - 1)) {
					return "is not one well-formed JSON value (brackets do not balance)";
				}
			}
		}
		if (inString || depth != 0) {
			return "is not one well-formed JSON value (unclosed string or bracket)";
		}
		return null;
	}

	/**
	 * @param path a JSON path as written after {@code json:}, e.g. {@code data.temperature} or {@code services.0.id}
	 * @return the segments, or null when the path is malformed
	 */
	public static String[] parseJsonPath(String path) {
		int count = 1;
		for (int i = 0; i < path.length(); i++) {
			if (path.charAt(i) == '.') {
				count++;
			}
		}
		String[] out = new String[count];
		int start = 0;
		int k = 0;
		for (int i = 0; i <= path.length(); i++) {
			if (i == path.length() || path.charAt(i) == '.') {
				String seg = path.substring(start, i);
				if (seg.length() == 0) {
					return null;
				}
				for (int j = 0; j < seg.length(); j++) {
					char c = seg.charAt(j);
					if (!(isAlnum(c) || c == '_' || c == '-' || c == '$')) {
						return null;
					}
				}
				out[k++] = seg;
				start = i + 1;
			}
		}
		return out;
	}

	/**
	 * @param c a character
	 * @return true for ASCII letters and digits
	 */
	static boolean isAlnum(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	private static boolean isPlaceholderEnd(String t, int close) {
		// The '}' closes a placeholder when a "${" precedes it with no '}' in between.
		for (int i = close - 1; i > 0; i--) {
			char c = t.charAt(i);
			if (c == '}') {
				return false;
			}
			if (c == '{' && t.charAt(i - 1) == '$') {
				return true;
			}
		}
		return false;
	}

	private static String checkCommon(String topic) {
		if (topic.length() == 0) {
			// [MQTT-4.7.3-1]: topic names and filters are at least one character long.
			return "must not be empty";
		}
		if (topic.indexOf(0) >= 0) {
			// [MQTT-4.7.3-2]: no U+0000 in topics.
			return "must not contain the NUL character";
		}
		if (Utf8.length(topic) > MAX_TOPIC_BYTES) {
			return "longer than " + MAX_TOPIC_BYTES + " UTF-8 bytes";
		}
		return null;
	}
}
