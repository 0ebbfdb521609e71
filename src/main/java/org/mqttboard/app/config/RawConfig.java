/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import java.util.Vector;

/**
 * The configuration file as read: keys in file order with their unescaped values and lines (profile defaults added
 * with {@link #putDefault} carry line 0), the typed reads of those values, and every problem found on the way. A
 * read records a {@link Problem} (key, line, reason) instead of throwing, so a load reports every problem at once,
 * and returns a harmless fallback that is never used because the load then fails. Values of secret keys are never
 * quoted in a reason, and any registered secret is replaced by {@link Credentials#MASK} in every reason.
 * <p>
 * Small linear tables: a file has tens of keys. Not thread-safe; one instance per load, on the loading thread.
 */
public final class RawConfig {

	/** Secrets shorter than this are not scrubbed from reasons: masking every "a" would garble messages. */
	private static final int MIN_SCRUBBED = 3;

	private final String source;
	private final Vector<String> keys = new Vector<String>();
	private final Vector<String> values = new Vector<String>();
	private final Vector<Integer> lines = new Vector<Integer>();
	private final Vector<Problem> problems = new Vector<Problem>();
	private final Vector<String> secrets = new Vector<String>();

	/** @param source the configuration's name for messages */
	public RawConfig(String source) {
		this.source = source;
	}

	public String source() {
		return this.source;
	}

	/**
	 * Adds a key read from the file. The caller has checked it is not a duplicate.
	 *
	 * @param value the unescaped value
	 * @param line the 1-based line the key starts on
	 */
	public void put(String key, String value, int line) {
		this.keys.addElement(key);
		this.values.addElement(value);
		this.lines.addElement(Integer.valueOf(line));
	}

	/**
	 * Adds a value only when the file does not set the key (a profile default); it gets line 0.
	 *
	 * @param value the default value
	 */
	public void putDefault(String key, String value) {
		if (!has(key)) {
			put(key, value, 0);
		}
	}

	/** @return true when the key is present (from the file or a default) */
	public boolean has(String key) {
		return indexOf(key) >= 0;
	}

	/** @return true when the key was written in the file (line &gt; 0) */
	public boolean inFile(String key) {
		return line(key) > 0;
	}

	/** @return the key's value, or null when absent */
	public String get(String key) {
		int i = indexOf(key);
		return i < 0 ? null : this.values.elementAt(i);
	}

	/** @return the key's 1-based line, 0 when absent or a default */
	public int line(String key) {
		int i = indexOf(key);
		return i < 0 ? 0 : this.lines.elementAt(i).intValue();
	}

	/** @return how many keys are present */
	public int size() {
		return this.keys.size();
	}

	/**
	 * @param index 0..size()-1, file order then defaults
	 * @return the key at that position
	 */
	public String keyAt(int index) {
		return this.keys.elementAt(index);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Problems

	/**
	 * Registers a secret value: from now on any occurrence of it in a reason is replaced by {@link Credentials#MASK}.
	 * This is the safety net for a secret pasted into a non-secret key, whose value a reason may quote.
	 *
	 * @param secret a secret value, may be null or empty (ignored)
	 */
	void addSecret(String secret) {
		if (secret != null && secret.length() >= MIN_SCRUBBED) {
			this.secrets.addElement(secret);
		}
	}

	/**
	 * Records an error on a key, at its line.
	 *
	 * @param reason the reason, never a secret
	 */
	public void error(String key, String reason) {
		error(key, line(key), reason);
	}

	/**
	 * Records an error, unless the key already has one (the first error per key is the one reported: later checks
	 * of the same key usually restate it).
	 *
	 * @param key the key, or empty for a problem that belongs to a line only
	 * @param line the 1-based line, or 0
	 * @param reason the reason, never a secret
	 */
	public void error(String key, int line, String reason) {
		if (key.length() > 0 && hasErrorOn(key)) {
			return;
		}
		this.problems.addElement(new Problem(Problem.ERROR, scrub(key), line, scrub(reason)));
	}

	/**
	 * Records a warning on a key, at its line.
	 *
	 * @param reason the reason, never a secret
	 */
	public void warn(String key, String reason) {
		this.problems.addElement(new Problem(Problem.WARNING, scrub(key), line(key), scrub(reason)));
	}

	/** @return true when an error was already recorded on {@code key} (so a follow-up check can stay quiet) */
	public boolean hasErrorOn(String key) {
		for (int i = 0; i < this.problems.size(); i++) {
			Problem p = this.problems.elementAt(i);
			if (p.isError() && p.key().equals(key)) {
				return true;
			}
		}
		return false;
	}

	/** @return all problems, sorted by line (problems without a line last), stable otherwise */
	public Problem[] problems() {
		Problem[] a = new Problem[this.problems.size()];
		this.problems.copyInto(a);
		// Insertion sort: small n, stable, no Comparator allocation.
		for (int i = 1; i < a.length; i++) {
			Problem p = a[i];
			int j = i - 1;
			while (j >= 0 && order(a[j]) > order(p)) {
				a[j + 1] = a[j];
				j--;
			}
			a[j + 1] = p;
		}
		return a;
	}

	/** @throws ConfigException when at least one error was recorded */
	public void throwIfErrors() throws ConfigException {
		for (int i = 0; i < this.problems.size(); i++) {
			if (this.problems.elementAt(i).isError()) {
				throw new ConfigException(this.source, problems());
			}
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// Typed reads

	/** @return true when the key has a non-empty value */
	public boolean isSet(String key) {
		String v = get(key);
		return v != null && v.length() > 0;
	}

	/**
	 * A text value. A value written as {@code <...>} is a placeholder of the example files and is refused with an
	 * "edit this" message.
	 *
	 * @param required true to record "missing" when absent or empty
	 * @return the value, or "" when absent or in error
	 */
	public String text(String key, boolean required) {
		String v = get(key);
		if (v == null || v.length() == 0) {
			if (required) {
				error(key, "missing; this key is required");
			}
			return "";
		}
		if (isPlaceholder(v)) {
			error(key, "still the placeholder of the example file; edit this value"
					+ (Keys.isSecret(key) ? "" : " (" + v + ")"));
			return "";
		}
		return v;
	}

	/**
	 * @param value a raw value or null
	 * @return true for a placeholder of the example files: the whole value written as {@code <...>}
	 */
	public static boolean isPlaceholder(String value) {
		return value != null && value.length() >= 2 && value.charAt(0) == '<'
				&& value.charAt(value.length() - 1) == '>';
	}

	/**
	 * An integer within a range.
	 *
	 * @param fallback value when absent
	 * @param min smallest accepted value
	 * @param max largest accepted value
	 * @return the value, or {@code fallback} when absent or in error
	 */
	public int integer(String key, int fallback, int min, int max) {
		String v = get(key);
		if (v == null || v.length() == 0) {
			return fallback;
		}
		boolean neg = v.charAt(0) == '-';
		int start = neg ? 1 : 0;
		long n = 0;
		boolean digits = start < v.length() && v.length() - start <= 10;
		for (int i = start; digits && i < v.length(); i++) {
			char c = v.charAt(i);
			digits = c >= '0' && c <= '9';
			n = n * 10 + (c - '0');
		}
		if (!digits) {
			error(key, "not a whole number" + quote(key, v));
			return fallback;
		}
		if (neg) {
			n = -n;
		}
		if (n < min || n > max) {
			error(key, "out of range " + min + ".." + max + quote(key, v));
			return fallback;
		}
		return (int) n;
	}

	/**
	 * A boolean, {@code true} or {@code false} (case-insensitive, nothing else).
	 *
	 * @param fallback value when absent or in error
	 * @return the value
	 */
	public boolean bool(String key, boolean fallback) {
		String v = get(key);
		if (v == null || v.length() == 0) {
			return fallback;
		}
		if (v.equalsIgnoreCase("true")) {
			return true;
		}
		if (!v.equalsIgnoreCase("false")) {
			error(key, "must be true or false" + quote(key, v));
			return fallback;
		}
		return false;
	}

	/**
	 * One name from a fixed list (case-insensitive).
	 *
	 * @param names the accepted names, in their canonical spelling
	 * @param fallback index returned when absent or in error
	 * @return the index of the name in {@code names}
	 */
	public int choice(String key, String[] names, int fallback) {
		String v = get(key);
		if (v == null || v.length() == 0) {
			return fallback;
		}
		for (int i = 0; i < names.length; i++) {
			if (names[i].equalsIgnoreCase(v)) {
				return i;
			}
		}
		StringBuilder b = new StringBuilder("must be one of ");
		for (int i = 0; i < names.length; i++) {
			b.append(i == 0 ? "" : ", ").append(names[i]);
		}
		error(key, b.append(quote(key, v)).toString());
		return fallback;
	}

	/**
	 * A comma-separated list; items are trimmed, empty items dropped.
	 *
	 * @return the items, empty when absent
	 */
	public String[] list(String key) {
		String v = get(key);
		Vector<String> items = new Vector<String>();
		int start = 0;
		for (int i = 0; v != null && i <= v.length(); i++) {
			if (i == v.length() || v.charAt(i) == ',') {
				String item = v.substring(start, i).trim();
				if (item.length() > 0) {
					items.addElement(item);
				}
				start = i + 1;
			}
		}
		String[] out = new String[items.size()];
		items.copyInto(out);
		return out;
	}

	private int indexOf(String key) {
		for (int i = 0; i < this.keys.size(); i++) {
			if (this.keys.elementAt(i).equals(key)) {
				return i;
			}
		}
		return -1;
	}

	private String scrub(String text) {
		String out = text;
		for (int i = 0; i < this.secrets.size(); i++) {
			String secret = this.secrets.elementAt(i);
			int at = out.indexOf(secret);
			while (at >= 0) {
				out = out.substring(0, at) + Credentials.MASK + out.substring(at + secret.length());
				at = out.indexOf(secret, at + Credentials.MASK.length());
			}
		}
		return out;
	}

	private static String quote(String key, String v) {
		return Keys.isSecret(key) ? "" : " (got '" + v + "')";
	}

	private static int order(Problem p) {
		return p.line() > 0 ? p.line() : Integer.MAX_VALUE;
	}
}
