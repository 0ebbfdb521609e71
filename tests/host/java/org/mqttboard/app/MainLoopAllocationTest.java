/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.Test;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.app.display.Font5x5;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.Display;
import org.mqttboard.platform.Log;
import org.mqttboard.testkit.FakeClock;
import org.mqttboard.testkit.ScriptedBroker;
import org.mqttboard.testkit.ScriptedConnector;
import org.mqttboard.testkit.ScriptedTransport;
import org.mqttboard.testkit.app.FakeButtons;
import org.mqttboard.testkit.app.FakeTimeSync;
import org.mqttboard.testkit.app.FakeWifi;
import org.mqttboard.testkit.app.StringConfigSource;

/**
 * The firmware main loop allocates nothing once ONLINE: button presses (edge ring, debounce, template rendering,
 * publish) and received messages shown on the 5x5 matrix, with idle passes in between. Measured with HotSpot's
 * per-thread allocation counter over rounds of 10,000 presses and messages after warm-up, until one round
 * allocates nothing (at most {@value #MAX_ROUNDS} rounds).
 */
public class MainLoopAllocationTest {

	/** Most rounds of 10,000 before the test gives up on finding one without a JIT one-off. */
	private static final int MAX_ROUNDS = 12;

	private static final String CONFIG = "wifi.ssid = lab\nwifi.passphrase = secret-1\nwifi.security = WPA2\n"
			+ "broker.profile = generic\nbroker.host = broker.example\nbroker.port = 1883\nbroker.tls = false\n"
			+ "broker.client.id = board-1\nbutton.a.short.topic = testtopic/1\n"
			+ "button.a.short.payload = {\"button\":\"${button}\",\"count\":${count},\"up\":${uptime.ms}}\n"
			+ "sub.1.topic = testtopic/2\nsub.1.display = number\n";

	/** A matrix display that only keeps the last frame (the board side must not allocate either). */
	private static final class Matrix implements Display {
		int frame = -1;

		@Override
		public int kind() {
			return KIND_MATRIX_5X5;
		}

		@Override
		public int columns() {
			return 5;
		}

		@Override
		public void showText(String text) {
			throw new AssertionError("no text on a matrix");
		}

		@Override
		public void showFrame(int pixels) {
			this.frame = pixels;
		}

		@Override
		public void showStatus(String status) {
			// status strings are constants
		}

		@Override
		public void showLed(int colors) {
			// a field write in a real driver
		}
	}

	@Test
	public void onlineLoop_withPressesAndDisplayedMessages_allocatesNothing() {
		FakeClock clock = new FakeClock(1000);
		FakeWifi wifi = new FakeWifi();
		ScriptedTransport transport = new ScriptedTransport();
		ScriptedBroker broker = new ScriptedBroker(transport);
		ScriptedConnector connector = new ScriptedConnector();
		connector.willReturn(transport);
		FakeButtons buttons = new FakeButtons(2);
		Matrix matrix = new Matrix();
		StringBuilder log = new StringBuilder();
		Log console = (level, line) -> log.append(line).append('\n');
		Board board = new Board("alloc", clock, wifi, endpoint -> connector, buttons, matrix, console,
				new StringConfigSource(CONFIG));
		Firmware fw = new Firmware(board, null, new Random(1), new FakeTimeSync());
		for (int i = 0; i < 200 && fw.state() != BringUpState.ONLINE; i++) {
			fw.runOnce(clock.monotonicMillis());
			broker.pump();
			clock.advance(10);
		}
		assertEquals("ONLINE", BringUpState.name(fw.state()));

		byte[] topic = "testtopic/2".getBytes(StandardCharsets.UTF_8);
		byte[][] payloads = new byte[10][];
		for (int d = 0; d < 10; d++) {
			payloads[d] = Integer.toString(d).getBytes(StandardCharsets.UTF_8);
		}
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
				.getThreadMXBean();
		long thread = Thread.currentThread().getId();
		rounds(fw, clock, buttons, broker, topic, payloads, 2000); // warm-up (JIT, class loading)
		long probe = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) { // cost of the probe itself, once warm
			long a = threads.getThreadAllocatedBytes(thread);
			probe = Math.min(probe, threads.getThreadAllocatedBytes(thread) - a);
		}
		// Rounds of 10,000 until one allocates nothing, at most MAX_ROUNDS: an allocation per press or per message
		// shows in every round (>= 10,000 bytes), while one-offs of the JIT (a late compilation or deoptimization,
		// more frequent on a loaded machine) show in some rounds only. Run with -Xint, every round is 0.
		int publishesBefore = broker.count(PacketType.PUBLISH);
		long allocated = Long.MAX_VALUE;
		int roundsRun = 0;
		StringBuilder each = new StringBuilder();
		while (allocated != 0 && roundsRun < MAX_ROUNDS) {
			long before = threads.getThreadAllocatedBytes(thread);
			rounds(fw, clock, buttons, broker, topic, payloads, 10000);
			long bytes = threads.getThreadAllocatedBytes(thread) - before - probe;
			each.append(bytes).append(' ');
			allocated = Math.min(allocated, bytes);
			roundsRun++;
		}
		int published = broker.count(PacketType.PUBLISH) - publishesBefore;
		System.out.println("MainLoopAllocationTest: " + roundsRun + " x 10000 rounds (press + message), " + published
				+ " publishes, bytes allocated per round: " + each);
		assertEquals(roundsRun * 10000, published);
		assertEquals(Font5x5.glyph('9'), matrix.frame);
		assertEquals("ONLINE", BringUpState.name(fw.state()));
		assertEquals("bytes allocated while ONLINE (rounds: " + each + "); log:\n" + log, 0, allocated);
	}

	private static void rounds(Firmware fw, FakeClock clock, FakeButtons buttons, ScriptedBroker broker,
			byte[] topic, byte[][] payloads, int n) {
		for (int i = 0; i < n; i++) {
			buttons.press(0, clock.monotonicMillis(), 60);
			for (int k = 0; k < 4; k++) {
				fw.runOnce(clock.monotonicMillis());
				broker.pump();
				clock.advance(40);
			}
			broker.sendPublish(topic, payloads[i % 10], 0, false, false, 0);
			fw.runOnce(clock.monotonicMillis());
			broker.pump();
			clock.advance(40);
		}
	}
}
