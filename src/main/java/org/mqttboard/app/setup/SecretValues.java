/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

/**
 * The stored secret values of one request, as raw properties text (escapes kept, continuation lines joined), so
 * {@link SecretFilter} can put a stored secret back where the setup page sent the "unchanged" marker without ever
 * decoding or re-encoding it. At most {@link #CAPACITY} secrets (a configuration has two today, up to four with
 * several Wi-Fi networks).
 * <p>
 * Threading: one request on the server thread.
 */
final class SecretValues {

	/** Most secrets kept; further ones are not restored (the page then asks for them again). */
	static final int CAPACITY = 8;

	private final String[] keys = new String[CAPACITY];
	private final byte[][] values = new byte[CAPACITY][];
	private int count;

	/**
	 * Records a secret unless its key is already recorded (the first one wins, like the file's first line does in
	 * the duplicate-key error) or the table is full.
	 *
	 * @param key the key
	 * @param raw the value as written in the file
	 * @param length how many bytes of {@code raw}
	 */
	void put(String key, byte[] raw, int length) {
		if (this.count == CAPACITY || get(key) != null) {
			return;
		}
		byte[] copy = new byte[length];
		System.arraycopy(raw, 0, copy, 0, length);
		this.keys[this.count] = key;
		this.values[this.count] = copy;
		this.count++;
	}

	/**
	 * @param key a key
	 * @return its raw value, or null when not recorded
	 */
	byte[] get(String key) {
		for (int i = 0; i < this.count; i++) {
			if (this.keys[i].equals(key)) {
				return this.values[i];
			}
		}
		return null;
	}

	/** @return how many secrets are recorded */
	int size() {
		return this.count;
	}
}
