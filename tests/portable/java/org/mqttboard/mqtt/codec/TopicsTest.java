/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

import static org.junit.Assert.assertEquals;
import static org.mqttboard.mqtt.codec.Fixtures.bytes;
import static org.mqttboard.mqtt.codec.Fixtures.utf8;

import org.junit.Test;

public class TopicsTest {

	private static int name(String s) {
		byte[] b = utf8(s);
		return Topics.checkName(b, 0, b.length);
	}

	private static int filter(String s) {
		byte[] b = utf8(s);
		return Topics.checkFilter(b, 0, b.length);
	}

	@Test
	public void checkName_acceptsPlainTopics() {
		assertEquals(Status.OK, name("a"));
		assertEquals(Status.OK, name("/"));
		assertEquals(Status.OK, name("board/1/button"));
		assertEquals(Status.OK, name("$SYS/x"));
		assertEquals(Status.OK, name("caf\u00e9 / space"));
	}

	@Test
	public void checkName_rejectsEmptyWildcardsAndBadUtf8() {
		assertEquals(Status.INVALID_TOPIC, name("")); // [MQTT-4.7.3-1]
		assertEquals(Status.INVALID_TOPIC, name("a/+")); // [MQTT-3.3.2-2]
		assertEquals(Status.INVALID_TOPIC, name("#"));
		assertEquals(Status.INVALID_TOPIC, name("a#b"));
		byte[] bad = bytes('a', 0x00);
		assertEquals(Status.INVALID_UTF8, Topics.checkName(bad, 0, bad.length));
	}

	@Test
	public void checkName_rejectsTooLong() {
		byte[] big = new byte[65536];
		for (int i = 0; i < big.length; i++) {
			big[i] = 'a';
		}
		assertEquals(Status.INVALID_TOPIC, Topics.checkName(big, 0, big.length));
		assertEquals(Status.OK, Topics.checkName(big, 0, 65535));
		assertEquals(Status.INVALID_TOPIC_FILTER, Topics.checkFilter(big, 0, big.length));
	}

	@Test
	public void checkFilter_acceptsWildcardsAloneInTheirLevel() {
		String[] ok = { "#", "+", "a/#", "+/+", "/+", "+/", "a/+/b", "a/+/#", "/#", "sport/tennis/+", "//" };
		for (int i = 0; i < ok.length; i++) {
			assertEquals(ok[i], Status.OK, filter(ok[i]));
		}
	}

	@Test
	public void checkFilter_rejectsMisplacedWildcards() {
		// [MQTT-4.7.1-2] '#' last and alone; [MQTT-4.7.1-3] '+' alone in its level
		String[] bad = { "", "a#", "#/a", "a/#/b", "a/b#", "##", "a+", "+a", "a/+b", "a/b+/c", "++", "+#" };
		for (int i = 0; i < bad.length; i++) {
			assertEquals("'" + bad[i] + "'", Status.INVALID_TOPIC_FILTER, filter(bad[i]));
		}
		byte[] surrogate = bytes('a', '/', 0xED, 0xA0, 0x80);
		assertEquals(Status.INVALID_UTF8, Topics.checkFilter(surrogate, 0, surrogate.length));
	}
}
