/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.app;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;

import org.mqttboard.platform.ConfigSource;

/** A configuration file held in a string. */
public final class StringConfigSource implements ConfigSource {

	private final byte[] bytes;

	/** @param text the properties text */
	public StringConfigSource(String text) {
		try {
			this.bytes = text.getBytes("UTF-8");
		} catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public InputStream open() {
		return new ByteArrayInputStream(this.bytes);
	}

	@Override
	public String name() {
		return "test.properties";
	}
}
