/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What provides an API the allow-list does not allow: read from {@code _libraries.txt}. One rule a line,
 * {@code PATTERN -> text}; patterns are, from most to least specific: a member with descriptor
 * ({@code java/lang/String.format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;}), a member name
 * ({@code java/lang/String.split}), a class ({@code java/util/Properties}, also matching its members), a package
 * prefix ({@code java/util/concurrent/**}). The most specific match wins; among prefixes, the longest. Immutable.
 */
public final class LibraryHints {

	private final Map<String, String> rules;

	private LibraryHints(Map<String, String> rules) {
		this.rules = rules;
	}

	/**
	 * @param file the hint map
	 * @return the hints
	 * @throws IOException on a read error or a line without {@code ->}
	 */
	public static LibraryHints load(Path file) throws IOException {
		Map<String, String> rules = new LinkedHashMap<>();
		int n = 0;
		for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			n++;
			String line = raw.trim();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int arrow = line.indexOf("->");
			if (arrow <= 0) {
				throw new IOException(file.getFileName() + ":" + n + ": want 'PATTERN -> text'");
			}
			rules.put(line.substring(0, arrow).trim(), line.substring(arrow + 2).trim());
		}
		return new LibraryHints(rules);
	}

	/**
	 * @param owner internal name of the type (or member owner)
	 * @param name  member name, or {@code null} for a type
	 * @param desc  member descriptor (method {@code (..)R} or field), or {@code null}
	 * @return what would provide it, or {@code null} when no rule matches
	 */
	public String hint(String owner, String name, String desc) {
		if (name != null) {
			String exact = rules.get(owner + '.' + name + (desc.startsWith("(") ? desc : ':' + desc));
			if (exact != null) {
				return exact;
			}
			String byName = rules.get(owner + '.' + name);
			if (byName != null) {
				return byName;
			}
		}
		String type = rules.get(owner);
		if (type != null) {
			return type;
		}
		String best = null;
		int bestLength = -1;
		for (Map.Entry<String, String> e : rules.entrySet()) {
			String k = e.getKey();
			if (k.endsWith("/**")) {
				String prefix = k.substring(0, k.length() - 2);
				if (owner.startsWith(prefix) && prefix.length() > bestLength) {
					best = e.getValue();
					bestLength = prefix.length();
				}
			}
		}
		return best;
	}
}
