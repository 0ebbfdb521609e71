/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * Typed access to a {@link RawConfig} that records a {@link Problem} (key, line, reason) instead of throwing, so a
 * load reports every problem at once. Each getter returns a harmless fallback after recording an error; the
 * result is never used because the load then fails. Values of secret keys are never quoted in a reason.
 * <p>
 * Not thread-safe; one instance per load.
 */
public final class Fields {

	private final RawConfig raw;
	private final Problems problems;

	/**
	 * @param raw the parsed file plus defaults
	 * @param problems where problems go
	 */
	public Fields(RawConfig raw, Problems problems) {
		this.raw = raw;
		this.problems = problems;
	}

	/** @return the parsed file plus defaults */
	public RawConfig raw() {
		return this.raw;
	}

	/** @return the problem collector */
	public Problems problems() {
		return this.problems;
	}

	/**
	 * @param key a key
	 * @return the key's line, 0 when absent or a default
	 */
	public int line(String key) {
		return this.raw.line(key);
	}

	/**
	 * @param key a key
	 * @return true when the key has a non-empty value
	 */
	public boolean isSet(String key) {
		String v = this.raw.get(key);
		return v != null && v.length() > 0;
	}

	/**
	 * Records an error on a key, at its line.
	 *
	 * @param key the key
	 * @param reason the reason, never a secret
	 */
	public void error(String key, String reason) {
		this.problems.error(key, this.raw.line(key), reason);
	}

	/**
	 * Records a warning on a key, at its line.
	 *
	 * @param key the key
	 * @param reason the reason, never a secret
	 */
	public void warn(String key, String reason) {
		this.problems.warn(key, this.raw.line(key), reason);
	}

	/**
	 * A text value. A value written as {@code <...>} is a placeholder of the shipped defaults and is refused with
	 * an "edit this" message.
	 *
	 * @param key the key
	 * @param required true to record "missing" when absent or empty
	 * @return the value, or "" when absent or in error
	 */
	public String text(String key, boolean required) {
		String v = this.raw.get(key);
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
	 * @param key the key
	 * @param fallback value when absent
	 * @param min smallest accepted value
	 * @param max largest accepted value
	 * @return the value, or {@code fallback} when absent or in error
	 */
	public int integer(String key, int fallback, int min, int max) {
		String v = this.raw.get(key);
		if (v == null || v.length() == 0) {
			return fallback;
		}
		long n = 0;
		boolean neg = v.charAt(0) == '-';
		int start = neg ? 1 : 0;
		if (start == v.length() || v.length() - start > 10) {
			error(key, "not a whole number" + quote(key, v));
			return fallback;
		}
		for (int i = start; i < v.length(); i++) {
			char c = v.charAt(i);
			if (c < '0' || c > '9') {
				error(key, "not a whole number" + quote(key, v));
				return fallback;
			}
			n = n * 10 + (c - '0');
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
	 * @param key the key
	 * @param fallback value when absent or in error
	 * @return the value
	 */
	public boolean bool(String key, boolean fallback) {
		String v = this.raw.get(key);
		if (v == null || v.length() == 0) {
			return fallback;
		}
		if (v.equalsIgnoreCase("true")) {
			return true;
		}
		if (v.equalsIgnoreCase("false")) {
			return false;
		}
		error(key, "must be true or false" + quote(key, v));
		return fallback;
	}

	/**
	 * One name from a fixed list (case-insensitive).
	 *
	 * @param key the key
	 * @param names the accepted names, in their canonical spelling
	 * @param fallback index returned when absent or in error
	 * @return the index of the name in {@code names}
	 */
	public int choice(String key, String[] names, int fallback) {
		String v = this.raw.get(key);
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
		error(key, b.toString() + quote(key, v));
		return fallback;
	}

	/**
	 * A comma-separated list; items are trimmed, empty items dropped.
	 *
	 * @param key the key
	 * @return the items, empty when absent
	 */
	public String[] list(String key) {
		String v = this.raw.get(key);
		if (v == null) {
			return new String[0];
		}
		int count = 0;
		String[] tmp = new String[v.length() / 2 + 1];
		int start = 0;
		for (int i = 0; i <= v.length(); i++) {
			if (i == v.length() || v.charAt(i) == ',') {
				String item = v.substring(start, i).trim();
				if (item.length() > 0) {
					tmp[count++] = item;
				}
				start = i + 1;
			}
		}
		String[] out = new String[count];
		System.arraycopy(tmp, 0, out, 0, count);
		return out;
	}

	private static String quote(String key, String v) {
		return Keys.isSecret(key) ? "" : " (got '" + v + "')";
	}
}
