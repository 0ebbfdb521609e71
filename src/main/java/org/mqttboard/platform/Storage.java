/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.mqttboard.mqtt.transport.CaFileSource;

/**
 * The board's persistent storage for the configuration and the files stored beside it (CA certificates): one flat
 * folder of small files, named with {@code [A-Za-z0-9._-]} only (callers check names; no path separators). On
 * MicroEJ the FS API ({@code java.io.File}) on a folder of the board's file system; in the simulator a folder on the
 * PC.
 * <p>
 * The primitives are those of a plain file system; crash safety (new file, flush, rename) is built on top of them
 * by the firmware, so implementations add no buffering of their own beyond what {@link OutputStream#flush()} forces
 * to the medium.
 * <p>
 * Threading: called from the firmware main loop only.
 */
public interface Storage extends CaFileSource {

	/**
	 * @param name a file name
	 * @return the file's bytes; the caller closes the stream
	 * @throws IOException when the file does not exist or cannot be read
	 */
	@Override
	InputStream read(String name) throws IOException;

	/**
	 * Creates the file, or empties it when it exists. {@code flush()} on the returned stream returns only once the
	 * bytes written so far are on the medium (FS: {@code LLFS_File_IMPL_flush}).
	 *
	 * @param name a file name
	 * @return the stream; the caller closes it
	 * @throws IOException when the file cannot be created
	 */
	OutputStream create(String name) throws IOException;

	/**
	 * @param name a file name
	 * @return true when a file of that name exists
	 */
	boolean exists(String name);

	/**
	 * Renames a file; the rename is all or nothing.
	 *
	 * @param from an existing file name
	 * @param to a name no file has
	 * @return true when renamed; false when {@code from} is missing, {@code to} exists or the file system refused
	 */
	boolean rename(String from, String to);

	/**
	 * @param name a file name
	 * @return true when the file is gone afterwards (also when it did not exist)
	 */
	boolean delete(String name);

	/**
	 * @param name a file name
	 * @return where the file lives, for messages (e.g. {@code /sd/mqttboard/mqttboard.properties})
	 */
	String describe(String name);
}
