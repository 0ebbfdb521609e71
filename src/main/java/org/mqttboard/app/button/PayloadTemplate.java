/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.button;

import org.mqttboard.mqtt.codec.Utf8;
import org.mqttboard.platform.FirmwareVersion;

/**
 * A button payload template, compiled once at boot and rendered into a caller's buffer without allocation.
 * <p>
 * Placeholders: {@code ${button}} (A or B), {@code ${press}} (short or long), {@code ${count}} (presses of this button
 * since boot, from 1), {@code ${uptime.ms}} (ms since boot), {@code ${device}} (the device id), {@code ${version}}
 * (the firmware version, {@link FirmwareVersion#VERSION}). A template whose first
 * non-blank character is <code>{</code> or {@code [} is JSON: text placeholders are then JSON-escaped, so {@code
 * {"button":"${button}","count":${count}}} always renders valid JSON (Thinger.io buckets and IoTDA property reports
 * need JSON).
 * <p>
 * Threading: immutable; {@link #render} is reentrant. Allocation: none in {@link #render}.
 */
public final class PayloadTemplate {

	private static final int LITERAL = 0;
	private static final int BUTTON = 1;
	private static final int PRESS = 2;
	private static final int COUNT = 3;
	private static final int UPTIME_MS = 4;
	private static final int DEVICE = 5;
	private static final int VERSION = 6;

	private static final String[] NAMES = { null, "button", "press", "count", "uptime.ms", "device", "version" };
	private static final byte[] VERSION_TEXT = Utf8.encode(FirmwareVersion.VERSION);
	private static final byte[][] BUTTON_NAMES = { { 'A' }, { 'B' } };
	private static final byte[] SHORT = { 's', 'h', 'o', 'r', 't' };
	private static final byte[] LONG = { 'l', 'o', 'n', 'g' };

	private final String source;
	private final int[] kinds;
	private final byte[][] literals;
	private final byte[] device;
	private final boolean json;

	/**
	 * @param template the template text from the configuration
	 * @param deviceId the value of {@code ${device}}
	 * @throws IllegalArgumentException with the reason shown to the user (names the placeholder or the column) when a
	 *         placeholder is unknown or not closed
	 */
	public PayloadTemplate(String template, String deviceId) {
		this.source = template;
		int parts = 0;
		int[] kinds = new int[template.length() + 1];
		String[] texts = new String[template.length() + 1];
		int i = 0;
		int literalStart = 0;
		while (i < template.length()) {
			if (template.charAt(i) == '$' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
				int close = template.indexOf('}', i + 2);
				if (close < 0) {
					throw new IllegalArgumentException("unclosed ${ in the payload template: the ${ at column "
							+ (i + 1) + " is not closed");
				}
				String name = template.substring(i + 2, close);
				int kind = kindOf(name);
				if (kind == LITERAL) {
					throw new IllegalArgumentException("unknown placeholder ${" + name + "}; use ${button}, ${press},"
							+ " ${count}, ${uptime.ms}, ${device} or ${version}");
				}
				if (literalStart < i) {
					texts[parts] = template.substring(literalStart, i);
					kinds[parts++] = LITERAL;
				}
				kinds[parts++] = kind;
				i = close + 1;
				literalStart = i;
			} else {
				i++;
			}
		}
		if (literalStart < template.length()) {
			texts[parts] = template.substring(literalStart);
			kinds[parts++] = LITERAL;
		}
		this.kinds = new int[parts];
		this.literals = new byte[parts][];
		for (int p = 0; p < parts; p++) {
			this.kinds[p] = kinds[p];
			this.literals[p] = texts[p] == null ? null : Utf8.encode(texts[p]);
		}
		this.device = Utf8.encode(deviceId);
		String trimmed = template.trim();
		this.json = trimmed.length() > 0 && (trimmed.charAt(0) == '{' || trimmed.charAt(0) == '[');
	}

	/**
	 * Renders the payload.
	 *
	 * @param button 0 = A, 1 = B
	 * @param longPress the press kind
	 * @param count presses of this button since boot
	 * @param uptimeMillis time since boot, in ms
	 * @param out destination buffer
	 * @return the payload length in {@code out[0..]}, or -1 when it does not fit
	 */
	public int render(int button, boolean longPress, int count, long uptimeMillis, byte[] out) {
		int pos = 0;
		for (int p = 0; p < this.kinds.length && pos >= 0; p++) {
			switch (this.kinds[p]) {
			case LITERAL:
				pos = raw(this.literals[p], out, pos);
				break;
			case BUTTON:
				pos = text(BUTTON_NAMES[button & 1], out, pos);
				break;
			case PRESS:
				pos = text(longPress ? LONG : SHORT, out, pos);
				break;
			case COUNT:
				pos = decimal(count, out, pos);
				break;
			case UPTIME_MS:
				pos = decimal(uptimeMillis, out, pos);
				break;
			case DEVICE:
				pos = text(this.device, out, pos);
				break;
			case VERSION:
				pos = text(VERSION_TEXT, out, pos);
				break;
			}
		}
		return pos;
	}

	private static int kindOf(String name) {
		for (int k = 1; k < NAMES.length; k++) {
			if (NAMES[k].equals(name)) {
				return k;
			}
		}
		return LITERAL;
	}

	private static int raw(byte[] bytes, byte[] out, int pos) {
		if (pos + bytes.length > out.length) {
			return -1;
		}
		System.arraycopy(bytes, 0, out, pos, bytes.length);
		return pos + bytes.length;
	}

	private int text(byte[] bytes, byte[] out, int pos) {
		if (!this.json) {
			return raw(bytes, out, pos);
		}
		for (int i = 0; i < bytes.length && pos >= 0; i++) {
			int b = bytes[i] & 0xFF;
			if (b == '"' || b == '\\') {
				pos = put2('\\', b, out, pos);
			} else if (b < 0x20) {
				// RFC 8259 section 7: control characters must be escaped; a six-character u00XX escape covers them all.
				if (pos + 6 > out.length) {
					return -1;
				}
				out[pos++] = '\\';
				out[pos++] = 'u';
				out[pos++] = '0';
				out[pos++] = '0';
				out[pos++] = (byte) Utf8.hexChar(b >> 4);
				out[pos++] = (byte) Utf8.hexChar(b & 0xF);
			} else if (pos < out.length) {
				out[pos++] = (byte) b;
			} else {
				return -1;
			}
		}
		return pos;
	}

	private static int put2(int a, int b, byte[] out, int pos) {
		if (pos + 2 > out.length) {
			return -1;
		}
		out[pos] = (byte) a;
		out[pos + 1] = (byte) b;
		return pos + 2;
	}

	/** Writes a non-negative decimal number without allocating. */
	static int decimal(long value, byte[] out, int pos) {
		long v = value < 0 ? 0 : value;
		int digits = 1;
		for (long t = v / 10; t > 0; t /= 10) {
			digits++;
		}
		if (pos + digits > out.length) {
			return -1;
		}
		for (int i = pos + digits - 1; i >= pos; i--) {
			out[i] = (byte) ('0' + (v % 10));
			v /= 10;
		}
		return pos + digits;
	}

	/** @return the template as written in the configuration */
	@Override
	public String toString() {
		return this.source;
	}
}
