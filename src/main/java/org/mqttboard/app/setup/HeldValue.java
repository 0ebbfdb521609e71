/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

/**
 * The secret value {@link SecretFilter} holds back until its line ends, with what decides its fate: whether it has
 * content, whether it is a {@code <placeholder>} (first character {@code <}, last non-blank one {@code >}, the
 * reader's rule), whether it is exactly the marker, whether it was continued over lines or was too long to keep.
 * <p>
 * Memory: one fixed buffer. Threading: one request at a time.
 */
final class HeldValue {

	/** Longest value kept, in bytes. */
	static final int CAPACITY = 256;

	private final byte[] bytes = new byte[CAPACITY];
	private int length;
	private boolean overflow;
	private boolean continued;
	private int first;
	private int lastNonBlank;

	/** Starts a new value. */
	void clear() {
		this.length = 0;
		this.overflow = false;
		this.continued = false;
		this.first = -1;
		this.lastNonBlank = -1;
	}

	/** @return true when no further byte fits */
	boolean full() {
		return this.length == CAPACITY;
	}

	/** Keeps one byte as written; beyond the capacity the value only counts as too long. */
	void hold(int c) {
		if (this.length < CAPACITY) {
			this.bytes[this.length++] = (byte) c;
		} else {
			this.overflow = true;
		}
	}

	/**
	 * Records one character of the value's content for the placeholder rule.
	 *
	 * @param firstByte the first byte of how it is written ({@code \} for an escaped character)
	 * @param c the character
	 */
	void content(int firstByte, int c) {
		if (this.first < 0) {
			this.first = firstByte;
		}
		if (!(c == ' ' || c == '\t' || c == '\f') || firstByte == '\\') {
			this.lastNonBlank = c;
		}
	}

	/** Notes that the value continues on the next line. */
	void continued() {
		this.continued = true;
	}

	/** @return true when the value was continued over lines */
	boolean wasContinued() {
		return this.continued;
	}

	/** @return true when the value had no content (empty or blanks only) */
	boolean isEmpty() {
		return this.first < 0;
	}

	/** @return true for a complete {@code <placeholder>} */
	boolean isPlaceholder() {
		return !this.overflow && this.first == '<' && this.lastNonBlank == '>';
	}

	/** @return true when the whole value was kept */
	boolean isComplete() {
		return !this.overflow;
	}

	/**
	 * @param marker ASCII bytes
	 * @return true when the value is exactly {@code marker}, trailing blanks aside
	 */
	boolean is(byte[] marker) {
		int end = this.length;
		while (end > 0 && (this.bytes[end - 1] == ' ' || this.bytes[end - 1] == '\t' || this.bytes[end - 1] == '\f')) {
			end--;
		}
		if (this.overflow || end != marker.length) {
			return false;
		}
		for (int i = 0; i < end; i++) {
			if (this.bytes[i] != marker[i]) {
				return false;
			}
		}
		return true;
	}

	/** @return the buffer (valid up to {@link #length()}) */
	byte[] bytes() {
		return this.bytes;
	}

	/** @return bytes kept */
	int length() {
		return this.length;
	}
}
