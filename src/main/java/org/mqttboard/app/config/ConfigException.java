/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * Thrown when the configuration file cannot be used: it carries every problem found (errors and warnings), each
 * naming a key and/or a line. This is the only exception the configuration layer throws for bad input.
 * <p>
 * The message lists the problems and contains no secret.
 */
public final class ConfigException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String source;
	private final Problem[] problems;

	/**
	 * @param source the configuration's name (file path or resource)
	 * @param problems every problem found, at least one error; copied
	 */
	public ConfigException(String source, Problem[] problems) {
		super(describe(source, problems));
		this.source = source;
		this.problems = problems.clone();
	}

	public String source() {
		return this.source;
	}

	/** @return a copy of all problems, in file order where they have a line */
	public Problem[] problems() {
		return this.problems.clone();
	}

	/** @return how many problems are errors */
	public int errorCount() {
		int n = 0;
		for (Problem p : this.problems) {
			if (p.isError()) {
				n++;
			}
		}
		return n;
	}

	/**
	 * @return a display-sized summary: {@code CFG} and the number of errors, then the first error in short form,
	 *         e.g. {@code CFG 3 ERR L12 broker.port}
	 */
	public String shortSummary() {
		StringBuilder b = new StringBuilder("CFG ").append(errorCount()).append(" ERR");
		for (Problem p : this.problems) {
			if (p.isError()) {
				b.append(' ').append(p.shortText());
				break;
			}
		}
		return b.toString();
	}

	private static String describe(String source, Problem[] problems) {
		StringBuilder b = new StringBuilder("configuration ").append(source).append(" is not usable:");
		for (Problem p : problems) {
			b.append('\n').append(p.toString());
		}
		return b.toString();
	}
}
