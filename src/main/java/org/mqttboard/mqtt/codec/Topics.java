/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * Syntax checks of Topic Names (what PUBLISH carries) and Topic Filters (what SUBSCRIBE carries), on UTF-8 bytes
 * (MQTT 3.1.1 §4.7). Matching a name against a filter belongs to the session layer.
 * <p>
 * Threading: pure static functions; no allocation.
 */
public final class Topics {

	/** Multi-level wildcard. */
	public static final byte MULTI_LEVEL = '#';
	/** Single-level wildcard. */
	public static final byte SINGLE_LEVEL = '+';
	/** Level separator. */
	public static final byte SEPARATOR = '/';

	private Topics() {
	}

	/**
	 * Checks a Topic Name: 1..65,535 bytes [MQTT-4.7.3-1], no wildcard [MQTT-3.3.2-2], valid UTF-8
	 * [MQTT-4.7.3-2]. The caller guarantees the range is inside {@code buf}.
	 *
	 * @param buf bytes holding the topic
	 * @param off first byte
	 * @param len number of bytes
	 * @return {@link Status#OK}, {@link Status#INVALID_TOPIC} or {@link Status#INVALID_UTF8}
	 */
	public static int checkName(byte[] buf, int off, int len) {
		if (len < 1 || len > Wire.MAX_U16) {
			return Status.INVALID_TOPIC;
		}
		for (int i = off, end = off + len; i < end; i++) {
			byte b = buf[i];
			if (b == MULTI_LEVEL || b == SINGLE_LEVEL) {
				return Status.INVALID_TOPIC;
			}
		}
		return Utf8.isValid(buf, off, len) ? Status.OK : Status.INVALID_UTF8;
	}

	/**
	 * Checks a Topic Filter: 1..65,535 bytes [MQTT-4.7.3-1]; {@code #} only as the last character and alone in its
	 * level [MQTT-4.7.1-2]; {@code +} alone in its level [MQTT-4.7.1-3]; valid UTF-8. The caller guarantees the
	 * range is inside {@code buf}.
	 *
	 * @param buf bytes holding the topic
	 * @param off first byte
	 * @param len number of bytes
	 * @return {@link Status#OK}, {@link Status#INVALID_TOPIC_FILTER} or {@link Status#INVALID_UTF8}
	 */
	public static int checkFilter(byte[] buf, int off, int len) {
		if (len < 1 || len > Wire.MAX_U16) {
			return Status.INVALID_TOPIC_FILTER;
		}
		int end = off + len;
		for (int i = off; i < end; i++) {
			byte b = buf[i];
			if (b != MULTI_LEVEL && b != SINGLE_LEVEL) {
				continue;
			}
			boolean levelStart = i == off || buf[i - 1] == SEPARATOR;
			boolean levelEnd = i == end - 1 || buf[i + 1] == SEPARATOR;
			if (!levelStart || !levelEnd || (b == MULTI_LEVEL && i != end - 1)) {
				return Status.INVALID_TOPIC_FILTER;
			}
		}
		return Utf8.isValid(buf, off, len) ? Status.OK : Status.INVALID_UTF8;
	}
}
