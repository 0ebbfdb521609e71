/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.mqttboard.platform.ConfigSource;

/**
 * {@link ConfigSource} of the device: a properties file on the board's file system ({@code ej.api:fs},
 * {@code java.io.File} + {@code FileInputStream}) when it exists, else the resource embedded in the firmware
 * (listed in a {@code *.resources.list}). The file replaces the resource as a whole, so what the board runs is
 * exactly one file a user can read.
 * <p>
 * Threading: called from the firmware main loop at boot.
 */
public final class FileOverrideConfigSource implements ConfigSource {

	private final String filePath;
	private final String resourcePath;

	/**
	 * @param filePath absolute path of the override file on the board's file system, or null when the board has
	 *        no file system
	 * @param resourcePath absolute class-path resource of the embedded configuration
	 */
	public FileOverrideConfigSource(String filePath, String resourcePath) {
		this.filePath = filePath;
		this.resourcePath = resourcePath;
	}

	@Override
	public InputStream open() throws IOException {
		if (overridden()) {
			return new FileInputStream(new File(this.filePath));
		}
		InputStream in = FileOverrideConfigSource.class.getResourceAsStream(this.resourcePath);
		if (in == null) {
			throw new IOException("configuration resource " + this.resourcePath
					+ " is not embedded (list it in a *.resources.list)");
		}
		return in;
	}

	@Override
	public String name() {
		return overridden() ? this.filePath : this.resourcePath;
	}

	private boolean overridden() {
		return this.filePath != null && new File(this.filePath).isFile();
	}
}
