/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.platform;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the properties file comes from: on the device the embedded resource, overridden by a file of the same
 * format where the board has a file system; in the simulator a file on the PC.
 */
public interface ConfigSource {

	/**
	 * Opens the configuration bytes (a {@code .properties} file, UTF-8). The caller closes the stream.
	 *
	 * @return the stream
	 * @throws IOException when there is no configuration at all or it cannot be read
	 */
	InputStream open() throws IOException;

	/** @return a name for error messages, e.g. {@code /org/mqttboard/app/default.properties} or a file path */
	String name();
}
