/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.mqttboard.mqtt.codec.Utf8;
import org.mqttboard.mqtt.codec.Topics;

/**
 * Topic filter matching per MQTT 3.1.1 section 4.7, including the non-normative examples.
 */
public class TopicMatcherTest {

	@Test
	public void matches_followsTheSpecExamples() {
		check("sport/tennis/player1/#", "sport/tennis/player1", true);
		check("sport/tennis/player1/#", "sport/tennis/player1/ranking", true);
		check("sport/tennis/player1/#", "sport/tennis/player1/score/wimbledon", true);
		check("sport/#", "sport", true);
		check("#", "any/topic/at/all", true);
		check("sport/tennis/+", "sport/tennis/player1", true);
		check("sport/tennis/+", "sport/tennis/player1/ranking", false);
		check("sport/+", "sport", false);
		check("sport/+", "sport/", true);
		check("+/+", "/finance", true);
		check("/+", "/finance", true);
		check("+", "/finance", false);
		check("+/tennis/#", "sport/tennis", true);
		check("a/b", "a/b", true);
		check("a/b", "a/b/c", false);
		check("a/b/c", "a/b", false);
		check("a/#", "ab", false);
		check("a/#", "a", true);
		check("+/#", "a", true);
		check("a/b", "a/c", false);
		check("a/#x", "a", false);
	}

	@Test
	public void wildcardsAtFilterStart_doNotMatchDollarTopics() {
		check("#", "$SYS/broker", false); // [MQTT-4.7.2-1]
		check("+/broker", "$SYS/broker", false);
		check("$SYS/#", "$SYS/broker", true);
		check("$SYS/+", "$SYS/broker", true);
		check("a/#", "a/$b", true);
		check("#", "", true);
		check("", "$x", false);
	}

	private static void check(String filter, String topic, boolean expected) {
		byte[] f = Utf8.encode("xx" + filter);
		byte[] t = Utf8.encode("yyy" + topic);
		assertEquals(filter + " vs " + topic, expected,
				Topics.matches(f, 2, f.length - 2, t, 3, t.length - 3));
	}
}
