/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.mqttboard.platform.Storage;

/**
 * CA certificate files stored beside the configuration (a private broker's root): the name rule, the PEM check and
 * the crash-safe write. The same name rule applies wherever a configuration names such a file.
 * <p>
 * Stateless.
 */
public final class CaFiles {

	/** Largest CA file, bytes (a root certificate in PEM is about 2 KB). */
	public static final int MAX_BYTES = 16 * 1024;

	private static final String BEGIN_CERTIFICATE = "-----BEGIN CERTIFICATE-----";
	private static final String NAME_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";

	private CaFiles() {
	}

	/**
	 * @param name a file name
	 * @return true for 1..40 characters {@code A-Z a-z 0-9 . _ -}, not starting with a dot, ending in {@code .pem}
	 */
	public static boolean isName(String name) {
		if (name == null || name.length() <= 4 || name.length() > 40 || !name.endsWith(".pem") || name.charAt(0) == '.') {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			if (NAME_CHARACTERS.indexOf(name.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Stores a PEM certificate under {@code name}, replacing any file of that name only once the new one is complete.
	 *
	 * @param storage where
	 * @param name a name accepted by {@link #isName}
	 * @param in the PEM text; read to its end, not closed
	 * @param buffer scratch for copying
	 * @return true when stored; false when the text is not a PEM certificate (printable ASCII lines, one of them the
	 *         {@code -----BEGIN CERTIFICATE-----} line), which is then not stored
	 * @throws IOException when reading or the storage fails (nothing is replaced)
	 */
	public static boolean store(Storage storage, String name, InputStream in, byte[] buffer) throws IOException {
		AtomicFile file = new AtomicFile(storage, name);
		OutputStream out = file.begin();
		boolean pem;
		try {
			pem = copyPem(in, out, buffer);
			file.end(out);
		} catch (IOException e) {
			file.discard();
			throw e;
		}
		if (!pem) {
			file.discard();
			return false;
		}
		file.commit();
		return true;
	}

	private static boolean copyPem(InputStream in, OutputStream out, byte[] buf) throws IOException {
		boolean text = true;
		boolean found = false;
		int column = 0; // position in the current line while it still matches the marker, -1 once it does not
		for (int n = in.read(buf, 0, buf.length); n >= 0; n = in.read(buf, 0, buf.length)) {
			for (int i = 0; i < n; i++) {
				int c = buf[i] & 0xFF;
				if (c == '\n' || c == '\r') {
					column = 0;
					continue;
				}
				text &= c >= 0x20 && c < 0x7F || c == '\t';
				if (column >= 0 && column < BEGIN_CERTIFICATE.length() && c == BEGIN_CERTIFICATE.charAt(column)) {
					column++;
					found |= column == BEGIN_CERTIFICATE.length();
				} else {
					column = -1;
				}
			}
			out.write(buf, 0, n);
		}
		return text && found;
	}
}
