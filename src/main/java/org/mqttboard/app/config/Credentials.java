/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import org.mqttboard.mqtt.codec.Utf8;

/**
 * The identity fields of one CONNECT: client id, user name and password, and the masking of secrets. Immutable;
 * {@link #toString()} masks the password. As written in the file they are sent as they are on every connect
 * ({@link #refresh} returns this object); a cloud that derives the identity from the time (Huawei IoTDA) subclasses
 * this class and builds new credentials per refresh. Never on the MQTT hot path.
 */
public class Credentials {

	/** What a set secret looks like in any output. Constant, so not even the length leaks. */
	public static final String MASK = "****";

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

	/**
	 * @param secret a secret or null
	 * @return {@link #MASK} when set, {@code (none)} when null or empty
	 */
	public static String mask(String secret) {
		return secret == null || secret.length() == 0 ? "(none)" : MASK;
	}

	/**
	 * Called before every connect and reconnect.
	 *
	 * @param wallMillis current UTC time, ms since 1970-01-01 ({@link org.mqttboard.platform.Clock#wallMillis()})
	 * @return the identity to put in the next CONNECT
	 */
	public Credentials refresh(long wallMillis) {
		return this;
	}

	/**
	 * @return true when {@link #refresh(long)} needs a set wall clock (the broker checks a timestamp): the runtime
	 *         syncs time (SNTP) before connecting
	 */
	public boolean needsWallClock() {
		return false;
	}

	public final String clientId() {
		return this.clientId;
	}

	/** @return the user name, or null when the CONNECT carries none */
	public final String username() {
		return this.username;
	}

	/** @return the password, or null for none; secret: never log it */
	protected final String password() {
		return this.password;
	}

	/** @return the client identifier as UTF-8, a new array the caller owns */
	public byte[] clientIdBytes() {
		return Utf8.encode(this.clientId);
	}

	/** @return the user name as UTF-8 (a new array the caller owns), or null for none */
	public byte[] usernameBytes() {
		return this.username == null ? null : Utf8.encode(this.username);
	}

	/**
	 * @return the password as UTF-8 (a new array the caller owns and should clear after use), or null for none.
	 *         Secret: never log it.
	 */
	public byte[] passwordBytes() {
		return this.password == null ? null : Utf8.encode(this.password);
	}

	@Override
	public String toString() {
		return "credentials{clientId=" + this.clientId + ", username=" + this.username + ", password="
				+ mask(this.password) + "}";
	}
}
