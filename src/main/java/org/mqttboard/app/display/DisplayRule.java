/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.display;

/**
 * How the messages of one subscription are shown: as text, as a number, or as one JSON field. Parsed once from
 * {@code sub.N.display} by the configuration reader and handed to {@link MessageDisplay} as it is. Immutable.
 */
public final class DisplayRule {

	/** Show the payload as text. */
	public static final int TEXT = 1;
	/** Show the payload as a number (the HiveMQ tutorial: "2" lights a 2 on the matrix); non-numbers show "?". */
	public static final int NUMBER = 2;
	/** Show one field of a JSON payload, found by {@link JsonPath}. */
	public static final int JSON = 3;

	private static final String JSON_PREFIX = "json:";

	private final int kind;
	private final JsonPath path;

	private DisplayRule(int kind, JsonPath path) {
		this.kind = kind;
		this.path = path;
	}

	/**
	 * @param spec {@code text}, {@code number} (any case) or {@code json:<path>}, e.g. {@code json:data.temperature},
	 *        {@code json:services.0.level} or {@code json:services[0].level}
	 * @return the rule
	 * @throws IllegalArgumentException with the reason shown to the user when the spec is unknown or the path
	 *         malformed
	 */
	public static DisplayRule parse(String spec) {
		String s = spec.trim();
		if (s.equalsIgnoreCase("text")) {
			return new DisplayRule(TEXT, null);
		}
		if (s.equalsIgnoreCase("number")) {
			return new DisplayRule(NUMBER, null);
		}
		if (!s.startsWith(JSON_PREFIX)) {
			throw new IllegalArgumentException("must be text, number or json:<path> such as json:data.temperature"
					+ " (got '" + s + "')");
		}
		try {
			return new DisplayRule(JSON, new JsonPath(s.substring(JSON_PREFIX.length()).trim()));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("bad JSON path: write json:field.subfield, and json:list.0.field or"
					+ " json:list[0].field for an array element (names of letters, digits, _ - $)");
		}
	}

	/** @return {@link #TEXT}, {@link #NUMBER} or {@link #JSON} */
	public int kind() {
		return this.kind;
	}

	/** @return the JSON path of a {@link #JSON} rule, else null */
	public JsonPath path() {
		return this.path;
	}

	@Override
	public String toString() {
		return this.kind == TEXT ? "text" : this.kind == NUMBER ? "number" : JSON_PREFIX + this.path;
	}
}
