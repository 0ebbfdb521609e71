/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import java.util.Random;

import org.junit.Assert;
import org.junit.Test;
import org.mqttboard.app.profile.Profiles;

/**
 * Seeded fuzz of parser plus loader: random bytes, random key/value lines and mutations of valid files. Every case
 * either loads or throws {@link ConfigException} whose every problem names a key or a line; nothing else may be
 * thrown. The seed is printed; rerun a failure with {@code -Dmqttboard.fuzz.seed=<seed>}.
 */
public class ConfigFuzzTest {

	private static final int CASES = 12000;
	private static final String[] KEYS = { "wifi.ssid", "wifi.passphrase", "wifi.security", "broker.profile",
			"broker.host", "broker.port", "broker.tls", "broker.ca.resources", "broker.client.id", "broker.username",
			"broker.password", "broker.keepalive.seconds", "broker.mqtt.version", "broker.will.topic",
			"broker.will.qos", "button.a.short.topic", "button.a.short.payload", "button.b.long.qos", "sub.1.topic",
			"sub.1.display", "sub.2.qos", "display.kind", "time.sntp.servers", "broker.iotda.sign.type",
			"broker.iotda.access.key", "broker.allow.insecure", "nonsense.key", "" };
	private static final String[] VALUES = { "", "0", "1", "2", "-1", "8883", "1883", "99999999999", "true",
			"false", "yes", "hivemq-cloud", "iotda-device", "iotda-app", "sensoro", "thinger", "ameba-cloud",
			"generic", "a/+/b", "a/#", "#", "t/1", "json:data.x", "json:", "number", "WPA2", "OPEN", "<edit>",
			"${count}", "${x", "{\"a\":1}", "\\u00e9", "\\q", "a@b.c", "/org/mqttboard/ca/isrg-root-x1.pem",
			"h.example.org", "3.1", "auto", "\u00fc\u4e2d", "\\" };
	private static final String VALID = "wifi.ssid=n\nwifi.passphrase=12345678\nbroker.profile=hivemq-cloud\n"
			+ "broker.host=c.s1.eu.hivemq.cloud\nbroker.username=u\nbroker.password=p\nsub.2.topic=a/+\n";

	@Test
	public void loader_onlyEverThrowsConfigException_namingKeyOrLine() {
		String prop = System.getProperty("mqttboard.fuzz.seed");
		long seed = prop != null ? Long.parseLong(prop) : System.currentTimeMillis();
		System.out.println("ConfigFuzzTest seed=" + seed + " (rerun with -Dmqttboard.fuzz.seed=" + seed + ")");
		Random rnd = new Random(seed);
		ConfigLoader loader = new ConfigLoader(Profiles.all());
		int loaded = 0;
		int refused = 0;
		for (int i = 0; i < CASES; i++) {
			byte[] input;
			switch (i % 3) {
			case 0:
				input = randomBytes(rnd);
				break;
			case 1:
				input = ConfigTexts.utf8(randomLines(rnd));
				break;
			default:
				input = mutate(rnd, ConfigTexts.utf8(VALID));
				break;
			}
			try {
				FirmwareConfig c = loader.load(PropertiesParser.parse(input, input.length, "fuzz"));
				for (Problem p : c.warnings) {
					assertNamed(seed, i, p);
				}
				Assert.assertNotNull(c.credentials.refresh(rnd.nextLong() >>> 1));
				loaded++;
			} catch (ConfigException e) {
				Assert.assertTrue(e.problems().length > 0);
				for (Problem p : e.problems()) {
					assertNamed(seed, i, p);
				}
				refused++;
			} catch (RuntimeException e) {
				throw new AssertionError("seed " + seed + " case " + i + ": " + e + " on input " + hex(input));
			}
		}
		System.out.println("ConfigFuzzTest cases=" + CASES + " loaded=" + loaded + " refused=" + refused);
		Assert.assertTrue("mutations of a valid file should sometimes still load", loaded > 0);
		Assert.assertTrue(refused > 0);
	}

	private static void assertNamed(long seed, int i, Problem p) {
		Assert.assertTrue("seed " + seed + " case " + i + ": " + p, p.line() > 0 || p.key().length() > 0);
		Assert.assertTrue(p.reason().length() > 0);
	}

	private static byte[] randomBytes(Random rnd) {
		byte[] b = new byte[rnd.nextInt(300)];
		for (int i = 0; i < b.length; i++) {
			b[i] = (byte) rnd.nextInt(256);
		}
		return b;
	}

	private static String randomLines(Random rnd) {
		StringBuilder b = new StringBuilder();
		int lines = rnd.nextInt(15);
		String[] seps = { "=", ":", " ", " = ", "\t", "==" };
		String[] ends = { "\n", "\r\n", "\r", "\\\n", "" };
		for (int l = 0; l < lines; l++) {
			if (rnd.nextInt(10) == 0) {
				b.append(rnd.nextInt(2) == 0 ? "# comment" : "  ");
			} else {
				b.append(KEYS[rnd.nextInt(KEYS.length)]).append(seps[rnd.nextInt(seps.length)]);
				b.append(VALUES[rnd.nextInt(VALUES.length)]);
			}
			b.append(ends[rnd.nextInt(ends.length)]);
		}
		return b.toString();
	}

	private static byte[] mutate(Random rnd, byte[] valid) {
		byte[] b = valid.clone();
		int edits = 1 + rnd.nextInt(4);
		for (int e = 0; e < edits; e++) {
			int at = rnd.nextInt(b.length);
			switch (rnd.nextInt(3)) {
			case 0:
				b[at] = (byte) rnd.nextInt(256);
				break;
			case 1:
				b[at] = (byte) "=:\\#!\n{}$+/ ".charAt(rnd.nextInt(12));
				break;
			default:
				byte[] shorter = new byte[b.length - 1];
				System.arraycopy(b, 0, shorter, 0, at);
				System.arraycopy(b, at + 1, shorter, at, b.length - at - 1);
				b = shorter;
				break;
			}
		}
		return b;
	}

	private static String hex(byte[] b) {
		StringBuilder s = new StringBuilder();
		for (byte x : b) {
			s.append(Integer.toHexString((x & 0xFF) | 0x100).substring(1));
		}
		return s.toString();
	}
}
