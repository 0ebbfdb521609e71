/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.display;

/**
 * How the messages of one subscription are shown: as text, as a number, or as one JSON field. Immutable.
 * <p>
 * Configuration spelling (see {@link #parse}): {@code text}, {@code number}, {@code json:<path>}.
 */
public final class DisplayRule {

	/** Show the payload as text. */
	public static final int TEXT = 1;
	/** Show the payload as a number (the HiveMQ tutorial: "2" lights a 2 on the matrix); non-numbers show "?". */
	public static final int NUMBER = 2;
	/** Show one field of a JSON payload, found by {@link JsonPath}. */
	public static final int JSON = 3;

	private final int kind;
	private final JsonPath path;

	private DisplayRule(int kind, JsonPath path) {
		this.kind = kind;
		this.path = path;
	}

	/**
	 * @param spec {@code text}, {@code number} or {@code json:<path>}
	 * @return the rule
	 * @throws IllegalArgumentException with the reason when the spec is unknown or the path malformed
	 */
	public static DisplayRule parse(String spec) {
		String s = spec.trim();
		if (s.equals("text")) {
			return new DisplayRule(TEXT, null);
		}
		if (s.equals("number")) {
			return new DisplayRule(NUMBER, null);
		}
		if (s.startsWith("json:")) {
			return new DisplayRule(JSON, new JsonPath(s.substring(5).trim()));
		}
		throw new IllegalArgumentException("display rule '" + s + "' is not text, number or json:<path>");
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
		return this.kind == TEXT ? "text" : this.kind == NUMBER ? "number" : "json:" + this.path;
	}
}
