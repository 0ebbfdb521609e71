/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one script line into words: words are separated by spaces or tabs; a word in double quotes may contain
 * spaces and the escapes {@code \"}, {@code \\}, {@code \n}, {@code \t}. Blank lines and lines starting with
 * {@code #} have no words.
 * <p>
 * Threading: stateless.
 */
public final class ScriptLine {

	private ScriptLine() {
	}

	/**
	 * @param line one script line
	 * @return its words, empty for a blank or comment line
	 * @throws IllegalArgumentException when a quote is not closed
	 */
	public static List<String> words(String line) {
		List<String> words = new ArrayList<>();
		String trimmed = line.strip();
		if (trimmed.isEmpty() || trimmed.charAt(0) == '#') {
			return words;
		}
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		boolean quoted = false;
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			if (quoted) {
				if (c == '"') {
					quoted = false;
				} else if (c == '\\' && i + 1 < trimmed.length()) {
					char next = trimmed.charAt(++i);
					word.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
				} else {
					word.append(c);
				}
			} else if (c == ' ' || c == '\t') {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			} else if (c == '"') {
				quoted = true;
				inWord = true;
			} else {
				word.append(c);
				inWord = true;
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("unclosed quote");
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}
}
