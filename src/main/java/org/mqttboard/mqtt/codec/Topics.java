/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * Topic Names (what PUBLISH carries) and Topic Filters (what SUBSCRIBE carries), on UTF-8 bytes (MQTT 3.1.1 §4.7):
 * their syntax checks and the matching of a name against a filter. The one home of these rules: the session and
 * the configuration reader both use them.
 * <p>
 * Threading: pure static functions; no allocation.
 */
public final class Topics {

	public static final byte MULTI_LEVEL = '#';
	public static final byte SINGLE_LEVEL = '+';
	public static final byte SEPARATOR = '/';

	private Topics() {
	}

	/**
	 * Checks a Topic Name: 1..65,535 bytes [MQTT-4.7.3-1], no wildcard [MQTT-3.3.2-2], valid UTF-8
	 * [MQTT-4.7.3-2]. The caller guarantees the range is inside {@code buf}.
	 *
	 * @param buf bytes holding the topic
	 * @return {@link Status#OK}, {@link Status#INVALID_TOPIC} or {@link Status#INVALID_UTF8}
	 */
	public static int checkName(byte[] buf, int off, int len) {
		if (len < 1 || len > FixedHeader.MAX_U16) {
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
	 * @return {@link Status#OK}, {@link Status#INVALID_TOPIC_FILTER} or {@link Status#INVALID_UTF8}
	 */
	public static int checkFilter(byte[] buf, int off, int len) {
		if (len < 1 || len > FixedHeader.MAX_U16 || misplacedWildcard(buf, off, len) >= 0) {
			return Status.INVALID_TOPIC_FILTER;
		}
		return Utf8.isValid(buf, off, len) ? Status.OK : Status.INVALID_UTF8;
	}

	/**
	 * Finds the first wildcard of a Topic Filter that breaks the level rules: {@code #} only as the last character
	 * and alone in its level [MQTT-4.7.1-2], {@code +} alone in its level [MQTT-4.7.1-3]. The configuration uses it
	 * to say which rule a filter breaks. The caller guarantees the range is inside {@code buf}.
	 *
	 * @param buf bytes holding the filter
	 * @return the index in {@code buf} of the offending {@code #} or {@code +}, or -1 when every wildcard is placed
	 *         correctly
	 */
	public static int misplacedWildcard(byte[] buf, int off, int len) {
		int end = off + len;
		for (int i = off; i < end; i++) {
			byte b = buf[i];
			if (b != MULTI_LEVEL && b != SINGLE_LEVEL) {
				continue;
			}
			boolean levelStart = i == off || buf[i - 1] == SEPARATOR;
			boolean levelEnd = i == end - 1 || buf[i + 1] == SEPARATOR;
			if (!levelStart || !levelEnd || (b == MULTI_LEVEL && i != end - 1)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Tells whether a Topic Name matches a Topic Filter that passed {@link #checkFilter} (MQTT 3.1.1 §4.7).
	 *
	 * @param filter bytes holding the filter
	 * @param fOff filter offset
	 * @param fLen filter length in bytes
	 * @param topic bytes holding the topic name
	 * @param tOff topic offset
	 * @param tLen topic length in bytes
	 * @return true when the topic matches
	 */
	public static boolean matches(byte[] filter, int fOff, int fLen, byte[] topic, int tOff, int tLen) {
		// [MQTT-4.7.2-1] a filter starting with a wildcard must not match a topic starting with '$'.
		if (tLen > 0 && topic[tOff] == '$' && fLen > 0
				&& (filter[fOff] == SINGLE_LEVEL || filter[fOff] == MULTI_LEVEL)) {
			return false;
		}
		int f = fOff;
		int fEnd = fOff + fLen;
		int t = tOff;
		int tEnd = tOff + tLen;
		while (f < fEnd) {
			byte c = filter[f];
			if (c == MULTI_LEVEL) {
				return true;
			}
			if (c == SINGLE_LEVEL) {
				while (t < tEnd && topic[t] != SEPARATOR) {
					t++;
				}
				f++;
			} else if (t < tEnd && topic[t] == c) {
				f++;
				t++;
			} else {
				// "a/#" also matches the parent level "a" (MQTT 3.1.1 section 4.7.1.2).
				return t == tEnd && c == SEPARATOR && f + 2 == fEnd && filter[f + 1] == MULTI_LEVEL;
			}
		}
		return t == tEnd;
	}
}
