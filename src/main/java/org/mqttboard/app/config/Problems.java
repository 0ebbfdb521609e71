/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import java.util.Vector;

/**
 * Collects problems while a configuration is read and validated, so all of them are reported at once.
 * Not thread-safe: one instance per load, on the loading thread.
 */
public final class Problems {

	private final Vector<Problem> list = new Vector<Problem>();

	/**
	 * Records an error.
	 *
	 * @param key the key, or empty
	 * @param line the 1-based line, or 0
	 * @param reason the reason, never containing a secret
	 */
	public void error(String key, int line, String reason) {
		this.list.addElement(new Problem(Problem.ERROR, key, line, reason));
	}

	/**
	 * Records a warning.
	 *
	 * @param key the key, or empty
	 * @param line the 1-based line, or 0
	 * @param reason the reason, never containing a secret
	 */
	public void warn(String key, int line, String reason) {
		this.list.addElement(new Problem(Problem.WARNING, key, line, reason));
	}

	/** @return true when at least one error was recorded */
	public boolean hasErrors() {
		for (int i = 0; i < this.list.size(); i++) {
			if (this.list.elementAt(i).isError()) {
				return true;
			}
		}
		return false;
	}

	/** @return all problems, sorted by line (problems without a line last), stable otherwise */
	public Problem[] toArray() {
		Problem[] a = new Problem[this.list.size()];
		this.list.copyInto(a);
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

	/**
	 * @param source the configuration's name
	 * @throws ConfigException when at least one error was recorded
	 */
	public void throwIfErrors(String source) throws ConfigException {
		if (hasErrors()) {
			throw new ConfigException(source, toArray());
		}
	}

	private static int order(Problem p) {
		return p.line() > 0 ? p.line() : Integer.MAX_VALUE;
	}
}
