/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.mqttboard.platform.ConfigSource;

/**
 * The simulated board's configuration: the bytes of a properties file on the PC (possibly with the simulator's
 * overrides applied, see {@link ConfigOverrides}), under the file's own name so the firmware's errors point at it.
 * <p>
 * Threading: immutable.
 */
public final class SimConfigSource implements ConfigSource {

	private final String name;
	private final byte[] bytes;

	/**
	 * @param name the name shown in errors (the file path)
	 * @param bytes the file content; copied
	 */
	public SimConfigSource(String name, byte[] bytes) {
		this.name = name;
		this.bytes = bytes.clone();
	}

	@Override
	public InputStream open() {
		return new ByteArrayInputStream(this.bytes);
	}

	@Override
	public String name() {
		return this.name;
	}
}
