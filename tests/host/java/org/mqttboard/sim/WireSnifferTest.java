/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class WireSnifferTest {

	private final List<String> seen = new ArrayList<>();
	private final WireSniffer sniffer = new WireSniffer((topic, payload, qos, retain, dup) -> this.seen.add(
			new String(topic, StandardCharsets.UTF_8) + '|' + new String(payload, StandardCharsets.UTF_8) + '|' + qos
					+ '|' + retain + '|' + dup));

	private static byte[] publish(String topic, String payload, int qos, boolean retain, boolean dup) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] t = topic.getBytes(StandardCharsets.UTF_8);
		body.write(t.length >> 8);
		body.write(t.length & 0xFF);
		body.writeBytes(t);
		if (qos > 0) {
			body.write(0);
			body.write(7);
		}
		body.writeBytes(payload.getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream packet = new ByteArrayOutputStream();
		packet.write(0x30 | (dup ? 8 : 0) | (qos << 1) | (retain ? 1 : 0));
		int remaining = body.size();
		do {
			int digit = remaining % 128;
			remaining /= 128;
			packet.write(remaining > 0 ? digit | 0x80 : digit);
		} while (remaining > 0);
		packet.writeBytes(body.toByteArray());
		return packet.toByteArray();
	}

	@Test
	public void feed_reportsPublish_whenBytesArriveOneAtATime() {
		byte[] packet = publish("testtopic/1", "hello", 1, false, true);
		for (int i = 0; i < packet.length; i++) {
			this.sniffer.feed(packet, i, 1);
		}
		assertEquals(List.of("testtopic/1|hello|1|false|true"), this.seen);
	}

	@Test
	public void feed_reportsEveryPublish_andSkipsOtherPackets_whenSeveralArriveInOneChunk() {
		ByteArrayOutputStream stream = new ByteArrayOutputStream();
		stream.writeBytes(new byte[] {(byte) 0x20, 2, 0, 0}); // CONNACK
		stream.writeBytes(publish("a", "1", 0, true, false));
		stream.writeBytes(new byte[] {(byte) 0xD0, 0}); // PINGRESP
		stream.writeBytes(publish("b/c", "x".repeat(300), 2, false, false)); // two-byte remaining length
		byte[] all = stream.toByteArray();
		this.sniffer.feed(all, 0, all.length);
		assertEquals(List.of("a|1|0|true|false", "b/c|" + "x".repeat(300) + "|2|false|false"), this.seen);
	}

	@Test
	public void feed_staysQuiet_whenRemainingLengthIsMalformed() {
		byte[] bad = {(byte) 0x30, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1};
		this.sniffer.feed(bad, 0, bad.length);
		byte[] good = publish("t", "p", 0, false, false);
		this.sniffer.feed(good, 0, good.length);
		assertEquals(List.of(), this.seen);
	}
}
