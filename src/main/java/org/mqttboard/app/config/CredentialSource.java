/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * Produces the CONNECT identity. The runtime calls {@link #refresh(long)} before every connect and reconnect,
 * because some clouds (Huawei IoTDA) derive the client id, user name or password from the current time.
 * <p>
 * Implementations are immutable and pure: the result depends only on the configuration and the argument.
 * Threading: callable from any thread.
 */
public interface CredentialSource {

	/**
	 * @param wallMillis current UTC time, ms since 1970-01-01 ({@link org.mqttboard.platform.Clock#wallMillis()})
	 * @return the identity to put in the next CONNECT
	 */
	Credentials refresh(long wallMillis);

	/**
	 * @return true when {@link #refresh(long)} needs a set wall clock (the broker checks a timestamp): the runtime
	 *         must sync time (SNTP) before connecting
	 */
	boolean needsWallClock();
}
