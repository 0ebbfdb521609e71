/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * Credentials written in the file, used as they are on every connect. Immutable.
 */
public final class StaticCredentials implements CredentialSource {

	private final Credentials credentials;

	/**
	 * @param clientId the client identifier
	 * @param username the user name, or null for none
	 * @param password the password, or null for none
	 */
	public StaticCredentials(String clientId, String username, String password) {
		this.credentials = new Credentials(clientId, username, password);
	}

	@Override
	public Credentials refresh(long wallMillis) {
		return this.credentials;
	}

	@Override
	public boolean needsWallClock() {
		return false;
	}

	@Override
	public String toString() {
		return this.credentials.toString();
	}
}
