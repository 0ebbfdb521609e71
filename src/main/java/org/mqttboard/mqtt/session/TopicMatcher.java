/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

/**
 * Topic filter matching on UTF-8 bytes, without allocation (MQTT 3.1.1 section 4.7). Validation of names and
 * filters is the codec's ({@link org.mqttboard.mqtt.codec.Topics}).
 * <p>
 * Threading: stateless, callable from any thread.
 */
public final class TopicMatcher {

	private static final byte SLASH = '/';
	private static final byte PLUS = '+';
	private static final byte HASH = '#';
	private static final byte DOLLAR = '$';

	private TopicMatcher() {
	}

	/**
	 * Tells whether a topic name matches a topic filter. The filter must have passed
	 * {@link org.mqttboard.mqtt.codec.Topics#checkFilter}.
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
		if (tLen > 0 && topic[tOff] == DOLLAR && fLen > 0 && (filter[fOff] == PLUS || filter[fOff] == HASH)) {
			return false;
		}
		int f = fOff;
		int fEnd = fOff + fLen;
		int t = tOff;
		int tEnd = tOff + tLen;
		while (f < fEnd) {
			byte c = filter[f];
			if (c == HASH) {
				return true;
			}
			if (c == PLUS) {
				while (t < tEnd && topic[t] != SLASH) {
					t++;
				}
				f++;
			} else if (t < tEnd && topic[t] == c) {
				f++;
				t++;
			} else {
				// "a/#" also matches the parent level "a" (MQTT 3.1.1 section 4.7.1.2).
				return t == tEnd && c == SLASH && f + 2 == fEnd && filter[f + 1] == HASH;
			}
		}
		return t == tEnd;
	}
}
