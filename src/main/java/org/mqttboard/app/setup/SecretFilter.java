/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

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
final class SecretFilter extends ByteFilter {

	/** What the setup page shows instead of a stored secret; sent back, it keeps that secret. */
	static final String MARKER = "<unchanged>";
	/** Longest secret value held for a decision, in bytes; a longer one is masked and must be typed again. */
	static final int VALUE_BYTES = HeldValue.CAPACITY;
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

	private final byte[] key = new byte[KEY_BYTES];
	private final char[] keyChars = new char[KEY_BYTES];
	private final HeldValue value = new HeldValue();

	private boolean merge;
	private SecretValues values;

	private int state;
	private boolean escape;
	private boolean afterCr;
	private boolean continuationBlanks;
	private boolean separatorBackslash;
	private int keyLength;
	private boolean keyOdd;
	private String secretKey;

	/**
	 * Starts filtering a new text.
	 *
	 * @param in the text; closed by {@link #close()}
	 * @param mergeMode true to merge (markers become {@code secrets}), false to mask
	 * @param secrets merge: the stored secrets; mask: receives the secret values seen, or null
	 */
	void start(InputStream in, boolean mergeMode, SecretValues secrets) {
		open(in);
		this.merge = mergeMode;
		this.values = secrets;
		this.state = LINE_START;
		this.escape = false;
		this.afterCr = false;
		this.continuationBlanks = false;
		this.separatorBackslash = false;
	}

	@Override
	void released() {
		// Nothing of the request stays referenced (stored secrets included) once the filter is done.
		this.values = null;
		this.secretKey = null;
	}

	@Override
	void endOfInput() {
		if (this.state == VALUE_HELD) {
			decide();
		} else if (this.separatorBackslash) {
			emit(BACKSLASH, 1); // a lone backslash at the very end: the reader ignores it, keep it as written
		}
		this.state = LINE_START;
	}

	/** Runs the state machine on one input byte. */
	@Override
	void accept(int c) {
		if (this.afterCr) {
			this.afterCr = false;
			if (c == '\n') { // the LF of a CR LF goes where the CR went
				if (this.state != VALUE_HELD) {
					pass(c);
				} else if (this.merge && this.value.full()) {
					emit(this.value.bytes(), this.value.length());
					this.state = VALUE_PASS;
					pass(c);
				} else if (this.merge) {
					this.value.hold(c); // inside a continuation (a CR ending the value has left VALUE_HELD)
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
			pass(c);
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
			pass(c);
			return;
		}
		if (c == '#' || c == '!') {
			this.state = COMMENT;
			pass(c);
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
		pass(c);
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
			pass(c);
			return;
		}
		if (this.separatorBackslash) {
			this.separatorBackslash = false;
			if (isEol(c)) {
				emit(BACKSLASH, 1);
				pass(c);
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
			pass(c);
		} else if (isBlank(c)) {
			pass(c);
		} else if ((c == '=' || c == ':') && this.state == SEPARATOR) {
			this.state = AFTER_EQUALS;
			pass(c);
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
		this.value.clear();
	}

	private void inPassedValue(int c) {
		pass(c);
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
		if (this.merge && this.value.full()) {
			// Too long to be the marker: give the value back as written and pass the rest through.
			emit(this.value.bytes(), this.value.length());
			this.state = VALUE_PASS;
			inPassedValue(c);
			return;
		}
		if (continuationBlank(c)) {
			if (this.merge) {
				this.value.hold(c);
			}
			return;
		}
		if (this.escape) {
			this.escape = false;
			if (isEol(c)) {
				// A continuation: merge keeps the bytes as written (line numbers), mask keeps the joined value.
				this.value.continued();
				this.continuationBlanks = true;
				if (this.merge) {
					this.value.hold(c);
				}
				return;
			}
			if (!this.merge) {
				this.value.hold('\\');
			}
			this.value.hold(c);
			this.value.content('\\', c);
			return;
		}
		if (c == '\\') {
			this.escape = true;
			if (this.merge) {
				this.value.hold(c);
			}
			return;
		}
		if (isEol(c)) {
			decide();
			this.state = LINE_START;
			pass(c);
			return;
		}
		this.value.hold(c);
		this.value.content(c, c);
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

	/** End of a held secret value: queue what replaces it. */
	private void decide() {
		HeldValue v = this.value;
		if (this.merge) {
			byte[] stored = this.secretKey == null || v.wasContinued() ? null : this.values.get(this.secretKey);
			if (stored != null && v.is(MARKER_BYTES)) {
				emit(stored, stored.length);
			} else {
				emit(v.bytes(), v.length());
			}
			return;
		}
		if (v.isEmpty() || v.isPlaceholder()) {
			emit(v.bytes(), v.length());
			return;
		}
		if (this.values != null && this.secretKey != null && v.isComplete()) {
			this.values.put(this.secretKey, v.bytes(), v.length());
		}
		emit(MARKER_BYTES, MARKER_BYTES.length);
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
