/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import java.io.UnsupportedEncodingException;

/**
 * The identity fields of one CONNECT: client id, user name and password. Immutable; {@link #toString()} masks the
 * password. Built per (re)connect by a {@link CredentialSource}, never on the MQTT hot path.
 */
public final class Credentials {

	private final String clientId;
	private final String username;
	private final String password;

	/**
	 * @param clientId the client identifier, may be empty (broker-assigned, clean session only)
	 * @param username the user name, or null for none
	 * @param password the password, or null for none (secret)
	 */
	public Credentials(String clientId, String username, String password) {
		this.clientId = clientId;
		this.username = username;
		this.password = password;
	}

	/** @return the client identifier */
	public String clientId() {
		return this.clientId;
	}

	/** @return the user name, or null when the CONNECT carries none */
	public String username() {
		return this.username;
	}

	/** @return true when the CONNECT carries a password */
	public boolean hasPassword() {
		return this.password != null;
	}

	/** @return the client identifier as UTF-8, a new array the caller owns */
	public byte[] clientIdBytes() {
		return utf8(this.clientId);
	}

	/** @return the user name as UTF-8 (a new array the caller owns), or null for none */
	public byte[] usernameBytes() {
		return this.username == null ? null : utf8(this.username);
	}

	/**
	 * @return the password as UTF-8 (a new array the caller owns and should clear after use), or null for none.
	 *         Secret: never log it.
	 */
	public byte[] passwordBytes() {
		return this.password == null ? null : utf8(this.password);
	}

	@Override
	public String toString() {
		return "credentials{clientId=" + this.clientId + ", username=" + this.username + ", password="
				+ Secrets.mask(this.password) + "}";
	}

	private static byte[] utf8(String s) {
		try {
			return s.getBytes("UTF-8");
		} catch (UnsupportedEncodingException e) {
			// UTF-8 is mandatory on every Java platform, MicroEJ included (it must be embedded in the firmware).
			throw new IllegalStateException("UTF-8 missing");
		}
	}
}
