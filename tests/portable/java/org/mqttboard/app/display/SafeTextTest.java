/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.display;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Test;

public class SafeTextTest {

	private static String ascii(byte[] b, int max) {
		char[] out = new char[max];
		int n = SafeText.toAscii(b, 0, b.length, out, max);
		return new String(out, 0, n);
	}

	@Test
	public void toAscii_keepsPrintableAndReplacesControlAndUtf8Sequences() throws Exception {
		assertEquals("hello", ascii("hello".getBytes("UTF-8"), 16));
		assertEquals("a b c", ascii("a\tb\nc".getBytes("UTF-8"), 16));
		assertEquals("caf? ?", ascii("caf\u00e9 \u20ac".getBytes("UTF-8"), 16));
		assertEquals("??", ascii(new byte[] { 0, 0x7F }, 16));
		assertEquals("?", ascii(new byte[] { (byte) 0x80 }, 16));
	}

	@Test
	public void toAscii_cutsLongTextWithDots() throws Exception {
		assertEquals("abcdefg...", ascii("abcdefghijklmnop".getBytes("UTF-8"), 10));
		assertEquals("abcdefghij", ascii("abcdefghij".getBytes("UTF-8"), 10));
	}

	@Test
	public void toAscii_neverThrowsAndOutputsOnlyPrintable_onRandomBytes() {
		long seed = System.currentTimeMillis();
		System.out.println("SafeTextTest seed " + seed);
		Random r = new Random(seed);
		char[] out = new char[32];
		for (int i = 0; i < 10000; i++) {
			byte[] b = new byte[r.nextInt(100)];
			for (int k = 0; k < b.length; k++) {
				b[k] = (byte) r.nextInt(256);
			}
			int n = SafeText.toAscii(b, 0, b.length, out, out.length);
			assertTrue(n <= out.length);
			for (int k = 0; k < n; k++) {
				assertTrue("seed " + seed, out[k] >= 0x20 && out[k] <= 0x7E);
			}
		}
	}

	@Test
	public void isNumber_acceptsDecimalsOnly() {
		assertTrue(SafeText.isNumber("2".toCharArray(), 1));
		assertTrue(SafeText.isNumber("-12.5".toCharArray(), 5));
		assertTrue(SafeText.isNumber("+.5".toCharArray(), 3));
		assertFalse(SafeText.isNumber("".toCharArray(), 0));
		assertFalse(SafeText.isNumber("-".toCharArray(), 1));
		assertFalse(SafeText.isNumber("2a".toCharArray(), 2));
		assertFalse(SafeText.isNumber("1.2.3".toCharArray(), 5));
	}

	@Test
	public void trim_removesOuterSpaces() {
		char[] t = "  42 ".toCharArray();
		int n = SafeText.trim(t, t.length);
		assertEquals("42", new String(t, 0, n));
		assertEquals(0, SafeText.trim("   ".toCharArray(), 3));
	}
}
