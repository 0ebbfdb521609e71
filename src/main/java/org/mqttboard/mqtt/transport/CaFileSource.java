/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the CA certificate files named by an {@link Endpoint} ({@code broker.ca.files}) are read: the board's storage,
 * beside the stored configuration.
 * <p>
 * Threading: read by the connector on the firmware main loop, once per TLS context.
 */
public interface CaFileSource {

	/**
	 * @param name a file name
	 * @return the file's bytes (PEM); the caller closes the stream
	 * @throws IOException when the file does not exist or cannot be read
	 */
	InputStream read(String name) throws IOException;
}
