/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.Random;

import org.junit.Test;
import org.mqttboard.app.config.ConfigException;
import org.mqttboard.app.config.PropertiesParser;
import org.mqttboard.app.config.RawConfig;

/**
 * {@link SecretFilter}: the setup page never receives a stored secret, and the marker it sends back restores
 * exactly the stored value, whatever the file's formatting; the user's line numbers are preserved.
 */
public class SecretFilterTest {

	private static final String M = SecretFilter.MARKER;

	@Test
	public void mask_replacesSecretValues_andKeepsEverythingElse() throws IOException {
		String text = "# my board\r\nwifi.ssid = Home Net\r\nwifi.passphrase = hunter2-hunter2\r\n\r\n"
				+ "broker.password:s3cret!\nbroker.username user\n! done";
		assertEquals("# my board\r\nwifi.ssid = Home Net\r\nwifi.passphrase = " + M + "\r\n\r\n" + "broker.password:" + M
				+ "\nbroker.username user\n! done", mask(text, null));
	}

	@Test
	public void mask_keepsEmptyValuesAndPlaceholders_whichHideNothing() throws IOException {
		String text = "wifi.passphrase = <your Wi-Fi passphrase>\nbroker.password =\nbroker.password2 = x\n";
		assertEquals(text, mask(text, null));
	}

	@Test
	public void mask_swallowsTheContinuationLinesOfASecret_andMasksKeysWrittenWithEscapes() throws IOException {
		String text = "wifi.passphrase = first\\\n    second\nwifi.pass\\u0070hrase = p2\nbroker.pass\\\n  word = p3\n"
				+ "sub.1.topic = a\\\n  b\n";
		assertEquals("wifi.passphrase = " + M + "\nwifi.pass\\u0070hrase = " + M + "\nbroker.pass\\\n  word = " + M
				+ "\nsub.1.topic = a\\\n  b\n", mask(text, null));
	}

	@Test
	public void mask_masksALongSecret_butCannotRecordIt() throws IOException {
		StringBuilder longSecret = new StringBuilder();
		for (int i = 0; i < SecretFilter.VALUE_BYTES + 10; i++) {
			longSecret.append((char) ('a' + i % 26));
		}
		SecretValues seen = new SecretValues();
		assertEquals("broker.password = " + M + "\n", mask("broker.password = " + longSecret + "\n", seen));
		assertEquals(0, seen.size());
	}

	@Test
	public void merge_putsTheStoredSecretBack_joinedOnOneLine_andLeavesOtherValues() throws IOException {
		SecretValues stored = new SecretValues();
		mask("wifi.passphrase = a\\\n   b\\tc\nbroker.password = p\\=q\n", stored);
		String edited = "wifi.passphrase = " + M + "   \nbroker.password = typed-new\nbroker.username = " + M + "\n";
		assertEquals("wifi.passphrase = ab\\tc\nbroker.password = typed-new\nbroker.username = " + M + "\n",
				merge(edited, stored));
	}

	@Test
	public void merge_leavesTheMarkerWhenNothingIsStored_soTheReaderRefusesItAsAPlaceholder() throws IOException {
		String edited = "wifi.passphrase = " + M + "\n";
		assertEquals(edited, merge(edited, new SecretValues()));
	}

	@Test
	public void merge_passesALongValueAndContinuationsThroughUnchanged() throws IOException {
		StringBuilder b = new StringBuilder("broker.password = ");
		for (int i = 0; i < 3 * SecretFilter.VALUE_BYTES; i++) {
			b.append(i % 7 == 0 ? "\\\\" : "x");
		}
		b.append("\r\nwifi.passphrase = one\\\r\n  two\\\r  three\nlast = 1");
		SecretValues stored = new SecretValues();
		stored.put("broker.password", bytes("old"), 3);
		stored.put("wifi.passphrase", bytes("old"), 3);
		assertEquals(b.toString(), merge(b.toString(), stored));
	}

	@Test
	public void fuzz_maskNeverLeaksASecret_andMergeOfMaskRestoresEveryValueOnTheSameLines()
			throws IOException, ConfigException {
		String property = System.getProperty("fuzz.seed");
		long seed = property != null ? Long.parseLong(property) : System.currentTimeMillis();
		System.out.println("SecretFilterTest fuzz seed " + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
		Random random = new Random(seed);
		int masked = 0;
		for (int round = 0; round < 2000; round++) {
			Generated g = generate(random);
			String where = "seed " + seed + " round " + round + ":\n" + g.text;
			SecretValues stored = new SecretValues();
			String shown = mask(g.text, stored);
			for (int i = 0; i < g.secretCount; i++) {
				assertFalse(where + "\nshown:\n" + shown, shown.indexOf(g.secrets[i]) >= 0);
			}
			String merged = merge(shown, stored);
			RawConfig original = parse(g.text);
			RawConfig page = parse(shown);
			RawConfig back = parse(merged);
			assertEquals(where, original.size(), back.size());
			for (int i = 0; i < original.size(); i++) {
				String k = original.keyAt(i);
				assertEquals(where + "\nmerged:\n" + merged, original.get(k), back.get(k));
				assertEquals(where, page.line(k), back.line(k));
				if (ConfigCheck.isSecret(k) && page.get(k).equals(M)) {
					masked++;
				}
			}
			assertEquals(where, lines(shown), lines(merged));
			assertEquals(where, shown, maskByteByByte(g.text));
		}
		assertTrue("the generator produces maskable secrets: " + masked, masked > 1000);
	}

	// --- helpers ---

	private static String mask(String text, SecretValues record) throws IOException {
		SecretFilter f = new SecretFilter();
		f.start(new ByteArrayInputStream(bytes(text)), false, record);
		return readAll(f, 97);
	}

	private static String merge(String text, SecretValues stored) throws IOException {
		SecretFilter f = new SecretFilter();
		f.start(new ByteArrayInputStream(bytes(text)), true, stored);
		return readAll(f, 1000);
	}

	/** Mask through a source that delivers one byte per read, read back one byte per call. */
	private static String maskByteByByte(String text) throws IOException {
		SecretFilter f = new SecretFilter();
		f.start(new OneByteStream(bytes(text)), false, null);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int c = f.read(); c >= 0; c = f.read()) {
			out.write(c);
		}
		f.close();
		return new String(out.toByteArray(), "UTF-8");
	}

	private static String readAll(InputStream in, int chunk) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buf = new byte[chunk];
		for (int n = in.read(buf, 0, chunk); n >= 0; n = in.read(buf, 0, chunk)) {
			out.write(buf, 0, n);
		}
		in.close();
		return new String(out.toByteArray(), "UTF-8");
	}

	private static RawConfig parse(String text) throws ConfigException {
		byte[] b = bytes(text);
		return PropertiesParser.parse(b, b.length, "fuzz.properties");
	}

	private static int lines(String s) {
		int n = 1;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n')) {
				n++;
			}
		}
		return n;
	}

	private static byte[] bytes(String s) {
		try {
			return s.getBytes("UTF-8");
		} catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static final String[] KEYS = { "wifi.ssid", "wifi.passphrase", "broker.password", "broker.host",
			"broker.username", "sub.1.topic", "button.a.short.payload", "device.id" };
	private static final String[] SEPARATORS = { " = ", "=", ": ", " ", "\t=\t", "  :", " \\\n  = " };
	private static final String[] EOLS = { "\n", "\r\n", "\r" };
	private static final String[] PIECES = { "abc", "Z9", " mid space", "\\t", "\\\\", "\\u0041", "\\=", "\\ ", "é",
			"#not-a-comment", "<", ">", "!" };

	/** A random, valid configuration text with distinct keys and a unique token in each secret. */
	private static Generated generate(Random r) {
		Generated g = new Generated();
		StringBuilder b = new StringBuilder();
		boolean[] used = new boolean[KEYS.length];
		int entries = 1 + r.nextInt(KEYS.length);
		for (int e = 0; e < entries; e++) {
			int k = r.nextInt(KEYS.length);
			if (used[k]) {
				continue;
			}
			used[k] = true;
			String eol = EOLS[r.nextInt(EOLS.length)];
			if (r.nextInt(4) == 0) {
				b.append(r.nextInt(2) == 0 ? "# comment \\" : "   ! note").append(eol);
			}
			if (r.nextInt(5) == 0) {
				b.append(eol);
			}
			b.append(r.nextInt(3) == 0 ? "  " : "").append(KEYS[k]).append(SEPARATORS[r.nextInt(SEPARATORS.length)]);
			boolean secret = ConfigCheck.isSecret(KEYS[k]);
			int kind = r.nextInt(10);
			if (secret && kind == 0) {
				b.append("<your secret>");
			} else if (secret && kind == 1) {
				b.append(""); // empty
			} else {
				String token = "Sx" + Integer.toString(r.nextInt(1 << 30), 36) + "q";
				if (secret) {
					g.secrets[g.secretCount++] = token;
				}
				b.append(token);
				int pieces = r.nextInt(4);
				for (int p = 0; p < pieces; p++) {
					if (r.nextInt(4) == 0) {
						b.append('\\').append(EOLS[r.nextInt(EOLS.length)]).append(r.nextInt(2) == 0 ? "    " : "");
					}
					b.append(PIECES[r.nextInt(PIECES.length)]);
				}
			}
			b.append(r.nextInt(3) == 0 ? "  " : "").append(eol);
		}
		g.text = b.toString();
		return g;
	}

	private static final class Generated {
		String text;
		final String[] secrets = new String[KEYS.length];
		int secretCount;
	}

	/** A source that returns one byte per read call. */
	private static final class OneByteStream extends InputStream {
		private final byte[] data;
		private int pos;

		OneByteStream(byte[] data) {
			this.data = data;
		}

		@Override
		public int read() {
			return this.pos < this.data.length ? this.data[this.pos++] & 0xFF : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.pos >= this.data.length) {
				return -1;
			}
			b[off] = this.data[this.pos++];
			return 1;
		}
	}
}
