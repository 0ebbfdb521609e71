/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.display;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import org.junit.Test;

public class Font5x5Test {

	@Test
	public void everyPrintableAsciiCharacter_hasItsOwnGlyphWithinTwentyFiveBits() {
		int[] seen = new int[95];
		int count = 0;
		for (char c = ' '; c <= '~'; c++) {
			int g = Font5x5.glyph(c);
			assertEquals("glyph of '" + c + "' uses bits beyond 25", 0, g & ~0x1FFFFFF);
			if (c != ' ') {
				assertNotEquals("glyph of '" + c + "' is blank", 0, g);
			}
			for (int i = 0; i < count; i++) {
				assertNotEquals("glyph of '" + c + "' duplicates another", seen[i], g);
			}
			seen[count++] = g;
		}
		assertEquals(95, count);
	}

	@Test
	public void digitTwo_lightsTheExpectedPixels() {
		// ###..
		// ...#.
		// ..#..
		// .#...
		// ####.
		int expected = (1 << 0) | (1 << 1) | (1 << 2) | (1 << 8) | (1 << 12) | (1 << 16) | (1 << 20) | (1 << 21)
				| (1 << 22) | (1 << 23);
		assertEquals(expected, Font5x5.glyph('2'));
	}

	@Test
	public void nonPrintable_showsAsQuestionMark() {
		assertEquals(Font5x5.glyph('?'), Font5x5.glyph('\n'));
		assertEquals(Font5x5.glyph('?'), Font5x5.glyph('\u00e9'));
		assertEquals(Font5x5.glyph('?'), Font5x5.glyph((char) 0x7F));
	}

	@Test
	public void columnAndWidth_describeTheGlyph() {
		int one = Font5x5.glyph('1');
		assertEquals(0, Font5x5.column(one, 0));
		assertEquals(0x1F, Font5x5.column(one, 2));
		assertEquals(4, Font5x5.width(one));
		assertEquals(2, Font5x5.width(Font5x5.glyph(' ')));
		assertEquals(5, Font5x5.width(Font5x5.glyph('M')));
	}
}
