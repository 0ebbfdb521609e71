/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * One subscription and how its messages are shown. Immutable.
 */
public final class SubscriptionSettings {

	/** {@link #rule()}: show the payload as text. */
	public static final int RULE_TEXT = 0;
	/** {@link #rule()}: show the payload as a number. */
	public static final int RULE_NUMBER = 1;
	/** {@link #rule()}: show one field of a JSON payload, see {@link #jsonPath()}. */
	public static final int RULE_JSON = 2;

	private final String filter;
	private final int rule;
	private final String[] jsonPath;
	private final int qos;

	/**
	 * @param filter topic filter, may contain wildcards
	 * @param rule one of the {@code RULE_*} constants
	 * @param jsonPath path segments for {@link #RULE_JSON} (a segment of digits is an array index); copied
	 * @param qos requested QoS, 0..2
	 */
	public SubscriptionSettings(String filter, int rule, String[] jsonPath, int qos) {
		this.filter = filter;
		this.rule = rule;
		this.jsonPath = jsonPath.clone();
		this.qos = qos;
	}

	/** @return the topic filter */
	public String filter() {
		return this.filter;
	}

	/** @return one of the {@code RULE_*} constants */
	public int rule() {
		return this.rule;
	}

	/**
	 * @return a copy of the JSON path segments, e.g. {@code [data, temperature]}; empty unless {@link #RULE_JSON}.
	 *         A segment made of digits indexes an array.
	 */
	public String[] jsonPath() {
		return this.jsonPath.clone();
	}

	/** @return the requested QoS */
	public int qos() {
		return this.qos;
	}

	@Override
	public String toString() {
		StringBuilder b = new StringBuilder("sub{").append(this.filter).append(" -> ");
		b.append(this.rule == RULE_TEXT ? "text" : this.rule == RULE_NUMBER ? "number" : "json:");
		for (int i = 0; i < this.jsonPath.length; i++) {
			b.append(i == 0 ? "" : ".").append(this.jsonPath[i]);
		}
		return b.append(", qos=").append(this.qos).append('}').toString();
	}
}
