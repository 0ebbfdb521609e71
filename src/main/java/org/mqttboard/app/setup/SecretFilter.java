/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a {@code .properties} text and rewrites only the values of secret keys, every other byte passing through
 * unchanged (comments, order, spacing, line ends):
 * <ul>
 * <li><b>mask</b> (stored file → setup page): each secret value becomes {@link #MARKER}; an empty value or a
 * {@code <placeholder>} is kept, since it hides nothing. A key written with escapes or continued over lines is
 * treated as a secret, so a key spelled unusually never lets a value out. Optionally records the raw secret values
 * ({@link SecretValues}).</li>
 * <li><b>merge</b> (setup page → board): a secret value that is exactly {@link #MARKER} becomes the stored raw value,
 * joined on one line, so the line numbers of the text the user edits stay those the firmware reports.</li>
 * </ul>
 * The key/value split follows the firmware's reader ({@code key=value}, {@code key: value}, {@code key value}; {@code
 * #}/{@code !} comments; a backslash escapes the next character; an odd number of backslashes at the end of a line
 * continues it, the next line's leading blanks dropped). The reader stays the judge of the values: this class only
 * locates them.
 * <p>
 * Memory: fixed buffers, allocated once; {@link #start} reuses the filter. Threading: one request at a time.
 */
final class SecretFilter extends InputStream {

	/** What the setup page shows instead of a stored secret; sent back, it keeps that secret. */
	static final String MARKER = "<unchanged>";
	/** Longest secret value held for a decision, in bytes; a longer one is masked and must be typed again. */
	static final int VALUE_BYTES = 256;
	/** Longest key compared with the secret keys, in bytes (every secret key is much shorter). */
	private static final int KEY_BYTES = 64;

	private static final int LINE_START = 0;
	private static final int COMMENT = 1;
	private static final int KEY = 2;
	private static final int SEPARATOR = 3;
	private static final int AFTER_EQUALS = 4;
	private static final int VALUE_PASS = 5;
	private static final int VALUE_HELD = 6;

	private static final byte[] MARKER_BYTES = ascii(MARKER);
	private static final byte[] BACKSLASH = { '\\' };

	private final byte[] input = new byte[256];
	private final byte[] one = new byte[1];
	private final byte[] key = new byte[KEY_BYTES];
	private final char[] keyChars = new char[KEY_BYTES];
	private final byte[] value = new byte[VALUE_BYTES];

	private InputStream source;
	private boolean merge;
	private SecretValues values;
	private int inPos;
	private int inLen;
	private boolean eof;

	private int state;
	private boolean escape;
	private boolean afterCr;
	private boolean continuationBlanks;
	private boolean separatorBackslash;
	private int keyLength;
	private boolean keyOdd;
	private String secretKey;
	private int valueLength;
	private boolean valueOverflow;
	private boolean valueContinued;
	private int first;
	private int lastNonBlank;

	private byte[] pending;
	private int pendingPos;
	private int pendingEnd;
	private int held = -1;

	/**
	 * Starts filtering a new text.
	 *
	 * @param in the text; closed by {@link #close()}
	 * @param mergeMode true to merge (markers become {@code secrets}), false to mask
	 * @param secrets merge: the stored secrets; mask: receives the secret values seen, or null
	 */
	void start(InputStream in, boolean mergeMode, SecretValues secrets) {
		this.source = in;
		this.merge = mergeMode;
		this.values = secrets;
		this.inPos = 0;
		this.inLen = 0;
		this.eof = false;
		this.state = LINE_START;
		this.escape = false;
		this.afterCr = false;
		this.continuationBlanks = false;
		this.separatorBackslash = false;
		this.pending = null;
		this.pendingPos = 0;
		this.pendingEnd = 0;
		this.held = -1;
	}

	@Override
	public int read() throws IOException {
		return read(this.one, 0, 1) < 0 ? -1 : this.one[0] & 0xFF;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		int n = 0;
		while (n < len) {
			if (this.pendingPos < this.pendingEnd) {
				b[off + n++] = this.pending[this.pendingPos++];
			} else if (this.held >= 0) {
				b[off + n++] = (byte) this.held;
				this.held = -1;
			} else if (this.eof) {
				break;
			} else if (this.inPos < this.inLen) {
				accept(this.input[this.inPos++] & 0xFF);
			} else if (n > 0) {
				break; // hand over what is there before blocking on the source again
			} else {
				fill();
			}
		}
		return n == 0 ? -1 : n;
	}

	@Override
	public void close() throws IOException {
		InputStream in = this.source;
		// Nothing of the request stays referenced (stored secrets included) once the filter is done.
		this.source = null;
		this.values = null;
		this.secretKey = null;
		this.pending = null;
		if (in != null) {
			in.close();
		}
	}

	private void fill() throws IOException {
		int r = this.source.read(this.input, 0, this.input.length);
		if (r > 0) {
			this.inPos = 0;
			this.inLen = r;
			return;
		}
		if (r < 0) {
			endOfInput();
		}
	}

	private void endOfInput() {
		this.eof = true;
		if (this.state == VALUE_HELD) {
			decide();
		} else if (this.separatorBackslash) {
			emit(BACKSLASH, 1); // a lone backslash at the very end: the reader ignores it, keep it as written
		}
		this.state = LINE_START;
	}

	/** Runs the state machine on one input byte; may queue output (pending bytes, then the held byte). */
	private void accept(int c) {
		if (this.afterCr) {
			this.afterCr = false;
			if (c == '\n') { // the LF of a CR LF goes where the CR went
				if (this.state != VALUE_HELD) {
					this.held = c;
				} else if (this.merge && this.valueLength == VALUE_BYTES) {
					emit(this.value, this.valueLength);
					this.state = VALUE_PASS;
					this.held = c;
				} else if (this.merge) {
					hold(c); // inside a continuation (a CR ending the value has left VALUE_HELD)
				}
				return;
			}
		}
		if (c == '\r') {
			this.afterCr = true;
		}
		switch (this.state) {
		case LINE_START:
			lineStart(c);
			break;
		case COMMENT:
			if (isEol(c)) {
				this.state = LINE_START;
			}
			this.held = c;
			break;
		case KEY:
			inKey(c);
			break;
		case SEPARATOR:
		case AFTER_EQUALS:
			inSeparator(c);
			break;
		case VALUE_PASS:
			inPassedValue(c);
			break;
		default:
			inHeldValue(c);
			break;
		}
	}

	private void lineStart(int c) {
		if (isBlank(c) || isEol(c)) {
			this.held = c;
			return;
		}
		if (c == '#' || c == '!') {
			this.state = COMMENT;
			this.held = c;
			return;
		}
		this.state = KEY;
		this.keyLength = 0;
		this.keyOdd = false;
		this.escape = false;
		this.continuationBlanks = false;
		inKey(c);
	}

	private void inKey(int c) {
		this.held = c;
		if (continuationBlank(c)) {
			return;
		}
		if (this.escape) {
			this.escape = false;
			if (isEol(c)) {
				this.continuationBlanks = true;
			} else {
				keyByte(c);
			}
			return;
		}
		if (c == '\\') {
			this.escape = true;
			this.keyOdd = true; // escaped or continued: compared as "could be any key"
		} else if (isEol(c)) {
			this.state = LINE_START;
		} else if (c == '=' || c == ':') {
			this.state = AFTER_EQUALS;
		} else if (isBlank(c)) {
			this.state = SEPARATOR;
		} else {
			keyByte(c);
		}
	}

	private void inSeparator(int c) {
		if (continuationBlank(c)) {
			this.held = c;
			return;
		}
		if (this.separatorBackslash) {
			this.separatorBackslash = false;
			if (isEol(c)) {
				emit(BACKSLASH, 1);
				this.held = c;
				this.continuationBlanks = true;
				return;
			}
			startValue();
			if (this.state == VALUE_PASS) {
				emit(BACKSLASH, 1);
				this.escape = true;
				inPassedValue(c);
			} else {
				inHeldValue('\\');
				inHeldValue(c);
			}
			return;
		}
		if (c == '\\') {
			this.separatorBackslash = true; // continuation or the first byte of the value: the next byte tells
		} else if (isEol(c)) {
			this.state = LINE_START;
			this.held = c;
		} else if (isBlank(c)) {
			this.held = c;
		} else if ((c == '=' || c == ':') && this.state == SEPARATOR) {
			this.state = AFTER_EQUALS;
			this.held = c;
		} else {
			startValue();
			if (this.state == VALUE_PASS) {
				inPassedValue(c);
			} else {
				inHeldValue(c);
			}
		}
	}

	/** Decides whether the value now starting is held (a secret) or passed through. */
	private void startValue() {
		String k = keyString();
		boolean secret = this.merge ? !this.keyOdd && k != null && ConfigCheck.isSecret(k)
				: this.keyOdd || k != null && ConfigCheck.isSecret(k);
		this.escape = false;
		if (!secret) {
			this.state = VALUE_PASS;
			return;
		}
		this.secretKey = this.keyOdd ? null : k;
		this.state = VALUE_HELD;
		this.valueLength = 0;
		this.valueOverflow = false;
		this.valueContinued = false;
		this.first = -1;
		this.lastNonBlank = -1;
	}

	private void inPassedValue(int c) {
		this.held = c;
		if (continuationBlank(c)) {
			return;
		}
		if (this.escape) {
			this.escape = false;
			this.continuationBlanks = isEol(c);
		} else if (c == '\\') {
			this.escape = true;
		} else if (isEol(c)) {
			this.state = LINE_START;
		}
	}

	private void inHeldValue(int c) {
		if (this.merge && this.valueLength == VALUE_BYTES) {
			// Too long to be the marker: give the value back as written and pass the rest through.
			emit(this.value, this.valueLength);
			this.state = VALUE_PASS;
			inPassedValue(c);
			return;
		}
		if (continuationBlank(c)) {
			if (this.merge) {
				hold(c);
			}
			return;
		}
		if (this.escape) {
			this.escape = false;
			if (isEol(c)) {
				// A continuation: merge keeps the bytes as written (line numbers), mask keeps the joined value.
				this.valueContinued = true;
				this.continuationBlanks = true;
				if (this.merge) {
					hold(c);
				}
				return;
			}
			if (!this.merge) {
				hold('\\');
			}
			hold(c);
			content('\\', c);
			return;
		}
		if (c == '\\') {
			this.escape = true;
			if (this.merge) {
				hold(c);
			}
			return;
		}
		if (isEol(c)) {
			decide();
			this.state = LINE_START;
			this.held = c;
			return;
		}
		hold(c);
		content(c, c);
	}

	/** @return true for a blank that starts a continuation line (the reader drops it); false ends that stretch */
	private boolean continuationBlank(int c) {
		if (!this.continuationBlanks) {
			return false;
		}
		if (isBlank(c)) {
			return true;
		}
		this.continuationBlanks = false;
		return false;
	}

	/** Tracks what the placeholder rule looks at: the first character and the last non-blank one. */
	private void content(int firstByte, int c) {
		if (this.first < 0) {
			this.first = firstByte;
		}
		if (!isBlank(c) || firstByte == '\\') {
			this.lastNonBlank = c;
		}
	}

	/** Keeps one byte of a held value; merge holds at most one byte per input byte (see {@link #inHeldValue}). */
	private void hold(int c) {
		if (this.valueLength < VALUE_BYTES) {
			this.value[this.valueLength++] = (byte) c;
		} else {
			this.valueOverflow = true; // mask only: masked anyway, nothing more to keep
		}
	}

	/** End of a held secret value: queue what replaces it. */
	private void decide() {
		if (this.merge) {
			byte[] stored = this.secretKey == null || this.valueContinued ? null : this.values.get(this.secretKey);
			if (stored != null && isMarker()) {
				emit(stored, stored.length);
			} else {
				emit(this.value, this.valueLength);
			}
			return;
		}
		boolean placeholder = this.first == '<' && this.lastNonBlank == '>';
		if (this.first < 0 || placeholder && !this.valueOverflow) {
			emit(this.value, this.valueLength);
			return;
		}
		if (this.values != null && this.secretKey != null && !this.valueOverflow) {
			this.values.put(this.secretKey, this.value, this.valueLength);
		}
		emit(MARKER_BYTES, MARKER_BYTES.length);
	}

	private boolean isMarker() {
		int end = this.valueLength;
		while (end > 0 && isBlank(this.value[end - 1])) {
			end--;
		}
		if (end != MARKER_BYTES.length) {
			return false;
		}
		for (int i = 0; i < end; i++) {
			if (this.value[i] != MARKER_BYTES[i]) {
				return false;
			}
		}
		return true;
	}

	private void emit(byte[] bytes, int length) {
		this.pending = bytes;
		this.pendingPos = 0;
		this.pendingEnd = length;
	}

	private void keyByte(int c) {
		if (this.keyLength < KEY_BYTES) {
			this.key[this.keyLength] = (byte) c;
		}
		this.keyLength++;
	}

	/** @return the key (ASCII view), or null when it is too long to be a secret key */
	private String keyString() {
		if (this.keyLength > KEY_BYTES) {
			return null;
		}
		for (int i = 0; i < this.keyLength; i++) {
			this.keyChars[i] = (char) (this.key[i] & 0xFF);
		}
		return new String(this.keyChars, 0, this.keyLength);
	}

	private static boolean isBlank(int c) {
		return c == ' ' || c == '\t' || c == '\f';
	}

	private static boolean isEol(int c) {
		return c == '\n' || c == '\r';
	}

	private static byte[] ascii(String s) {
		byte[] b = new byte[s.length()];
		for (int i = 0; i < b.length; i++) {
			b[i] = (byte) s.charAt(i);
		}
		return b;
	}
}
