/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.faults;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.Test;
import org.mqttboard.app.bringup.BringUpState;

/**
 * Bad configuration files through the real boot path (the {@code Firmware} constructor on the simulated board):
 * hand-written bad files and a seeded mutation fuzz. A bad file is refused with a {@code CONFIG} error that names
 * the key (or the line, for files that are not text), the board halts and never touches the network; a file the
 * firmware accepts yields a whole configuration. The configuration's own parser/loader fuzz covers the parts
 * below; this adds the boot path. {@code -Dconfig.fuzz.cases=N} (default 3,000), {@code -Dconfig.fuzz.seed=S}.
 */
public class BadConfigTest {

	private static final String GOOD = FaultBench.config(1883, "cfg-board", 123);

	/**
	 * Boots a board on {@code bytes}; a refused file gets a few passes of the main loop (it halts there and reports);
	 * an accepted one none (that would start joining Wi-Fi).
	 */
	private static SimBoard boot(byte[] bytes) {
		SimBoard board = new SimBoard("cfg", 1, bytes, SimBoard.JDK_SOCKETS);
		for (int i = 0; i < 5 && board.firmware().counters() == null
				&& board.firmware().state() != BringUpState.HALTED; i++) {
			board.firmware().runOnce(board.clock().monotonicMillis());
		}
		return board;
	}

	private static void assertRefused(String what, byte[] file, String mustName) throws Exception {
		SimBoard board = boot(file);
		try {
			assertNull(what + ": no configuration, no session", board.firmware().counters());
			assertEquals(what, BringUpState.HALTED, board.firmware().state());
			List<String> errors = board.errors();
			assertTrue(what + ": a CONFIG error " + errors, !errors.isEmpty() && errors.get(0).startsWith("CONFIG "));
			String all = String.join("\n", errors);
			assertTrue(what + ": the message names '" + mustName + "': " + all, all.contains(mustName));
			assertTrue(what + ": never echoes the secret", !all.contains(FaultBench.WIFI_SECRET));
		} finally {
			board.close();
		}
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	public void goodFile_boots() throws Exception {
		SimBoard board = boot(utf8(GOOD));
		assertNotNull(board.errors().toString(), board.firmware().counters());
		board.close();
	}

	@Test
	public void emptyFile_isRefusedNamingTheMissingKey() throws Exception {
		assertRefused("empty", new byte[0], "wifi.ssid");
	}

	@Test
	public void binaryFile_isRefusedNamingTheLine() throws Exception {
		byte[] junk = new byte[512];
		new Random(5).nextBytes(junk);
		assertRefused("binary", junk, "line");
	}

	@Test
	public void hugeFile_isRefused() throws Exception {
		StringBuilder b = new StringBuilder(GOOD);
		while (b.length() < 2_000_000) {
			b.append("# padding padding padding padding padding padding padding padding\n");
		}
		assertRefused("huge", utf8(b.toString()), "");
	}

	@Test
	public void duplicateKey_isRefusedNamingIt() throws Exception {
		assertRefused("duplicate", utf8(GOOD + "broker.port = 1884\n"), "broker.port");
	}

	@Test
	public void unknownKey_isRefusedNamingIt() throws Exception {
		assertRefused("unknown", utf8(GOOD + "broker.pasword = x\n"), "broker.pasword");
	}

	@Test
	public void badNumbers_areRefusedNamingTheKey() throws Exception {
		assertRefused("port", utf8(GOOD.replace("broker.port = 1883", "broker.port = 18x3")), "broker.port");
		assertRefused("range", utf8(GOOD.replace("broker.port = 1883", "broker.port = 70000")), "broker.port");
		assertRefused("keepalive", utf8(GOOD.replace("broker.keepalive.seconds = 2",
				"broker.keepalive.seconds = -1")), "broker.keepalive.seconds");
		assertRefused("qos", utf8(GOOD.replace("button.a.short.qos = 1", "button.a.short.qos = 3")),
				"button.a.short.qos");
	}

	@Test
	public void badUtf8_isRefusedNamingTheLine() throws Exception {
		byte[] good = utf8(GOOD.replace("faults-lab", "lab\u0001"));
		byte[] bad = utf8(GOOD.replace("faults-lab", "lab__"));
		int at = new String(bad, StandardCharsets.ISO_8859_1).indexOf("lab__") + 3;
		bad[at] = (byte) 0xC3; // a lead byte followed by '_' (not a continuation byte)
		assertRefused("bad utf-8", bad, "line");
		assertRefused("control char", good, "line 1");
	}

	@Test
	public void profileRules_areEnforced() throws Exception {
		// HiveMQ Cloud needs TLS on 8883: plain TCP breaks the profile's rule.
		String hive = GOOD.replace("broker.profile = generic", "broker.profile = hivemq-cloud");
		assertRefused("hivemq plain", utf8(hive), "broker.");
		assertRefused("unknown profile", utf8(GOOD.replace("broker.profile = generic", "broker.profile = acme")),
				"broker.profile");
	}

	@Test
	public void mutatedFiles_areRefusedWholeOrAcceptedWhole() throws Exception {
		int cases = Integer.getInteger("config.fuzz.cases", 3000);
		long seed = Long.getLong("config.fuzz.seed", System.currentTimeMillis());
		System.out.println("BadConfigTest fuzz seed=" + seed + " cases=" + cases + " (rerun with -Dconfig.fuzz.seed="
				+ seed + ")");
		Random r = new Random(seed);
		byte[] base = utf8(GOOD);
		int refused = 0;
		for (int c = 0; c < cases; c++) {
			byte[] f = base.clone();
			int edits = 1 + r.nextInt(4);
			for (int e = 0; e < edits; e++) {
				int at = r.nextInt(f.length);
				switch (r.nextInt(4)) {
				case 0 -> f[at] = (byte) r.nextInt(256);
				case 1 -> f[at] = (byte) "=\n#\\ :.0-9zé".charAt(r.nextInt(12));
				case 2 -> f = cut(f, at, Math.min(f.length - at, 1 + r.nextInt(20)));
				default -> f[at] = (byte) ('0' + r.nextInt(10));
				}
				if (f.length == 0) {
					break;
				}
			}
			SimBoard board = boot(f);
			String where = "seed=" + seed + " case=" + c;
			if (board.firmware().counters() == null) {
				refused++;
				assertEquals(where, BringUpState.HALTED, board.firmware().state());
				assertTrue(where + " " + board.errors(), !board.errors().isEmpty()
						&& board.errors().get(0).startsWith("CONFIG "));
			} else {
				assertTrue(where, board.firmware().state() != BringUpState.HALTED);
			}
			// Only while the passphrase is still a value: a mutation that glues it to a key makes it a key name,
			// which the firmware rightly quotes (see docs/reliability.md, findings).
			if (new String(f, StandardCharsets.ISO_8859_1).contains("wifi.passphrase = " + FaultBench.WIFI_SECRET
					+ "\n")) {
				for (String line : board.transcript()) {
					assertTrue(where + ": secret in " + line, !line.contains(FaultBench.WIFI_SECRET));
				}
			}
		}
		System.out.println("BadConfigTest fuzz: " + refused + " of " + cases + " mutated files refused, the rest"
				+ " accepted whole");
		assertTrue("the mutations must hit something", refused > cases / 10);
	}

	private static byte[] cut(byte[] f, int at, int n) {
		byte[] out = new byte[f.length - n];
		System.arraycopy(f, 0, out, 0, at);
		System.arraycopy(f, at + n, out, at, f.length - at - n);
		return out;
	}
}
