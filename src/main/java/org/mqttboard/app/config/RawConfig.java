/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import java.util.Vector;

/**
 * The parsed file before typing: keys in file order, their unescaped values and the line each key is on. Profile
 * defaults can be added with {@link #putDefault}; they carry line 0. Small linear tables: a file has tens of keys.
 * <p>
 * Not thread-safe; built and read on the loading thread.
 */
public final class RawConfig {

	private final String source;
	private final Vector<String> keys = new Vector<String>();
	private final Vector<String> values = new Vector<String>();
	private final Vector<Integer> lines = new Vector<Integer>();

	/** @param source the configuration's name for messages */
	public RawConfig(String source) {
		this.source = source;
	}

	/** @return the configuration's name */
	public String source() {
		return this.source;
	}

	/**
	 * Adds a key read from the file. The caller has checked it is not a duplicate.
	 *
	 * @param key the key
	 * @param value the unescaped value
	 * @param line the 1-based line the key starts on
	 */
	public void put(String key, String value, int line) {
		this.keys.addElement(key);
		this.values.addElement(value);
		this.lines.addElement(Integer.valueOf(line));
	}

	/**
	 * Adds a value only when the file does not set the key (a profile default); it gets line 0.
	 *
	 * @param key the key
	 * @param value the default value
	 */
	public void putDefault(String key, String value) {
		if (!has(key)) {
			put(key, value, 0);
		}
	}

	/**
	 * @param key a key
	 * @return true when the key is present (from the file or a default)
	 */
	public boolean has(String key) {
		return indexOf(key) >= 0;
	}

	/**
	 * @param key a key
	 * @return true when the key was written in the file (line &gt; 0)
	 */
	public boolean inFile(String key) {
		return line(key) > 0;
	}

	/**
	 * @param key a key
	 * @return its value, or null when absent
	 */
	public String get(String key) {
		int i = indexOf(key);
		return i < 0 ? null : this.values.elementAt(i);
	}

	/**
	 * @param key a key
	 * @return its 1-based line, 0 when absent or a default
	 */
	public int line(String key) {
		int i = indexOf(key);
		return i < 0 ? 0 : this.lines.elementAt(i).intValue();
	}

	/** @return how many keys are present */
	public int size() {
		return this.keys.size();
	}

	/**
	 * @param index 0..size()-1, file order then defaults
	 * @return the key at that position
	 */
	public String keyAt(int index) {
		return this.keys.elementAt(index);
	}

	private int indexOf(String key) {
		for (int i = 0; i < this.keys.size(); i++) {
			if (this.keys.elementAt(i).equals(key)) {
				return i;
			}
		}
		return -1;
	}
}
