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

	/** Secrets shorter than this are not scrubbed from reasons: masking every "a" would garble messages. */
	private static final int MIN_SCRUBBED = 3;

	private final Vector<Problem> list = new Vector<Problem>();
	private final Vector<String> secrets = new Vector<String>();

	/**
	 * Registers a secret value: from now on any occurrence of it in a reason is replaced by {@link Secrets#MASK}.
	 * This is the safety net for a secret pasted into a non-secret key, whose value a reason may quote.
	 *
	 * @param secret a secret value, may be null or empty (ignored)
	 */
	public void addSecret(String secret) {
		if (secret != null && secret.length() >= MIN_SCRUBBED) {
			this.secrets.addElement(secret);
		}
	}

	/**
	 * Records an error, unless the key already has one (the first error per key is the one reported).
	 *
	 * @param key the key, or empty
	 * @param line the 1-based line, or 0
	 * @param reason the reason, never containing a secret
	 */
	public void error(String key, int line, String reason) {
		if (key.length() > 0 && hasErrorOn(key)) {
			// One error per key: later checks of the same key usually restate the first problem.
			return;
		}
		this.list.addElement(new Problem(Problem.ERROR, scrub(key), line, scrub(reason)));
	}

	/**
	 * Records a warning.
	 *
	 * @param key the key, or empty
	 * @param line the 1-based line, or 0
	 * @param reason the reason, never containing a secret
	 */
	public void warn(String key, int line, String reason) {
		this.list.addElement(new Problem(Problem.WARNING, scrub(key), line, scrub(reason)));
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

	/**
	 * @param key a key
	 * @return true when an error was already recorded on {@code key} (so a follow-up check can stay quiet)
	 */
	public boolean hasErrorOn(String key) {
		for (int i = 0; i < this.list.size(); i++) {
			Problem p = this.list.elementAt(i);
			if (p.isError() && p.key().equals(key)) {
				return true;
			}
		}
		return false;
	}

	/** @return all problems, sorted by line (problems without a line last), stable otherwise */
	public Problem[] toArray() {
		Problem[] a = new Problem[this.list.size()];
		for (int i = 0; i < a.length; i++) {
			a[i] = this.list.elementAt(i);
		}
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

	private String scrub(String text) {
		String out = text;
		for (int i = 0; i < this.secrets.size(); i++) {
			String secret = this.secrets.elementAt(i);
			int at = out.indexOf(secret);
			while (at >= 0) {
				out = out.substring(0, at) + Secrets.MASK + out.substring(at + secret.length());
				at = out.indexOf(secret, at + Secrets.MASK.length());
			}
		}
		return out;
	}

	private static int order(Problem p) {
		return p.line() > 0 ? p.line() : Integer.MAX_VALUE;
	}
}
