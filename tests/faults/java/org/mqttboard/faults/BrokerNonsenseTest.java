/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.faults;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.sim.SntpResponder;

/**
 * Broker-side nonsense against the real firmware, from a raw TCP fake broker on loopback: oversized messages,
 * invalid UTF-8 and U+0000 in topics, reserved packet types and flags, a five-byte remaining length, QoS 3, a
 * second CONNACK, PUBACK and SUBACK for unknown ids. After each, the board must stay alive, show the valid message
 * that follows (on the same link or after reconnecting), never show the nonsense, and be ONLINE; where the spec
 * says the client MUST close the connection, it must have done so.
 */
public class BrokerNonsenseTest {

	private static final String TOPIC = "nasty/display";

	/** One piece of nonsense. */
	private record Case(String name, byte[] bytes, boolean mustClose) {
	}

	private static byte[] b(int... values) {
		byte[] out = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = (byte) values[i];
		}
		return out;
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	public void brokerNonsense_neverCrashesNorShowsGarbage_andTheBoardRecovers() throws Exception {
		byte[] huge = new byte[20_000];
		Arrays.fill(huge, (byte) 'X');
		List<Case> cases = List.of(
				new Case("oversized PUBLISH (20,000 B > 2,048 B buffer)", NastyBroker.publish(utf8(TOPIC), huge), false),
				// [MQTT-1.5.3-1] ill-formed UTF-8 in a topic: the receiver MUST close the connection.
				new Case("invalid UTF-8 topic", NastyBroker.publish(b('n', 0xC3, 0x28), utf8("BAD1")), true),
				// [MQTT-1.5.3-2] U+0000 in a topic: MUST close.
				new Case("U+0000 in topic", NastyBroker.publish(b('n', 0x00, 'b'), utf8("BAD2")), true),
				// Packet type 0 is reserved [MQTT-2.2.1].
				new Case("reserved packet type 0", b(0x00, 0x00), true),
				// Remaining length has at most four bytes [MQTT-2.2.3].
				new Case("five-byte remaining length", b(0x30, 0xff, 0xff, 0xff, 0xff, 0x7f), true),
				// [MQTT-3.3.1-4] QoS 3 is malformed: MUST close.
				new Case("PUBLISH with QoS 3", NastyBroker.packet(0x36, b(0, 1, 'n', 0, 1, 'Q')), true),
				// [MQTT-2.2.2-2] reserved flags of PUBACK must be 0, invalid flags: MUST close.
				new Case("PUBACK with reserved flags", b(0x42, 0x02, 0x00, 0x01), true),
				new Case("second CONNACK", b(0x20, 0x02, 0x00, 0x00), false),
				new Case("PUBACK for an unknown id", b(0x40, 0x02, 0x7f, 0x7f), false),
				new Case("SUBACK for an unknown id", b(0x90, 0x03, 0x55, 0x55, 0x00), false),
				new Case("PINGRESP with a body", b(0xd0, 0x01, 0x00), false));
		String config = String.join("\n",
				"wifi.ssid = lab",
				"wifi.passphrase = " + FaultBench.WIFI_SECRET,
				"broker.profile = generic",
				"broker.host = 127.0.0.1",
				"broker.port = %d",
				"broker.tls = false",
				"broker.client.id = nasty-board",
				"broker.keepalive.seconds = 5",
				"broker.backoff.base.ms = 100",
				"broker.backoff.cap.ms = 500",
				"sub.1.topic = " + TOPIC,
				"sub.1.display = text",
				"display.kind = lcd",
				"time.sntp.servers = 127.0.0.1:%d",
				"time.sntp.timeout.ms = 500", "");
		List<String> table = new ArrayList<>();
		try (NastyBroker broker = new NastyBroker();
				SntpResponder sntp = new SntpResponder("127.0.0.1", 0, System::currentTimeMillis)) {
			SimBoard board = new SimBoard("nasty", config.replaceFirst("%d", Integer.toString(broker.port()))
					.replace("%d", Integer.toString(sntp.port())), 3);
			try {
				board.start();
				boolean online = board.awaitState(BringUpState.ONLINE, 15_000);
				assertTrue("first ONLINE: running=" + board.running() + " state=" + board.firmware().state() + " " + board.transcript(), online);
				assertTrue(RandomizedFaultTest.waitFor(() -> board.subscribed(), 5_000));
				int i = 0;
				for (Case c : cases) {
					String ok = "ok-" + i++;
					int before = broker.connections();
					broker.inject(c.bytes(), TOPIC, ok);
					boolean shown = RandomizedFaultTest.waitFor(() -> board.shown().contains(ok), 15_000);
					broker.clearOk();
					assertTrue(c.name() + ": the valid message after it is shown; errors " + board.errors(), shown);
					assertTrue(c.name() + ": back ONLINE", board.awaitState(BringUpState.ONLINE, 15_000));
					assertTrue(c.name() + ": firmware alive", board.running());
					boolean closed = broker.connections() > before;
					table.add(String.format("%-48s %s", c.name(), closed ? "link closed, reconnected" : "ignored"));
					if (c.mustClose()) {
						assertTrue(c.name() + ": the spec says the client MUST close the connection", closed);
					}
				}
				for (String text : board.shown()) {
					assertFalse("nonsense shown: " + text, text.startsWith("BAD") || text.contains("XXXX")
							|| text.equals("Q"));
				}
				assertEquals(BringUpState.ONLINE, board.state());
			} finally {
				board.close();
				System.out.println("== broker nonsense ==\n" + String.join("\n", table));
			}
		}
	}
}
