/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.store;

import java.io.IOException;
import java.io.InputStream;

import org.mqttboard.platform.ConfigSource;

/**
 * The configuration with its precedence: the version stored on the board (written by setup mode, see
 * {@link AtomicFile}) when there is one, else the resource embedded in the firmware. The stored file replaces the
 * resource as a whole, so what the board runs is exactly one file a user can read.
 * <p>
 * Threading: main loop only.
 */
public final class StoredConfigSource implements ConfigSource {

	private final AtomicFile stored;
	private final String resource;
	private final ConfigSource fallback;

	/**
	 * @param stored the stored configuration, or null on a board without storage
	 * @param resource absolute class-path resource of the embedded configuration (listed in a
	 *        {@code *.resources.list})
	 */
	public StoredConfigSource(AtomicFile stored, String resource) {
		this.stored = stored;
		this.resource = resource;
		this.fallback = null;
	}

	/**
	 * A stored configuration over another source (the simulator: the file given with {@code --config}).
	 *
	 * @param stored the stored configuration
	 * @param fallback used when nothing is stored
	 */
	public StoredConfigSource(AtomicFile stored, ConfigSource fallback) {
		this.stored = stored;
		this.resource = fallback.name();
		this.fallback = fallback;
	}

	/** @return true when the board has a stored configuration (it then wins over the embedded one) */
	public boolean isStored() {
		return this.stored != null && this.stored.exists();
	}

	@Override
	public InputStream open() throws IOException {
		InputStream in = this.stored == null ? null : this.stored.open();
		if (in != null) {
			return in;
		}
		if (this.fallback != null) {
			return this.fallback.open();
		}
		in = StoredConfigSource.class.getResourceAsStream(this.resource);
		if (in == null) {
			throw new IOException("no configuration: none stored and " + this.resource + " is not embedded");
		}
		return in;
	}

	@Override
	public String name() {
		return isStored() ? this.stored.describe() : this.resource;
	}
}
