/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * Masking of secrets for logs, messages and {@code toString}.
 */
public final class Secrets {

	/** What a set secret looks like in any output. Constant, so not even the length leaks. */
	public static final String MASK = "****";

	private Secrets() {
	}

	/**
	 * @param secret a secret or null
	 * @return {@link #MASK} when set, {@code (none)} when null or empty
	 */
	public static String mask(String secret) {
		return secret == null || secret.length() == 0 ? "(none)" : MASK;
	}
}
