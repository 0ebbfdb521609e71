/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.Test;
import org.mqttboard.app.display.Font5x5;
import org.mqttboard.platform.Display;

/** Headless rendering of the front panel: the matrix lights exactly the firmware font's pixels. */
public class PanelRendererTest {

	/** The digit 2 as the firmware's font draws it, spelled out so a font change is noticed here too. */
	private static final String[] TWO = {
			"###..",
			"...#.",
			"..#..",
			".#...",
			"####."};

	static BoardModel.View view(int frame) {
		return new BoardModel.View(Display.KIND_MATRIX_5X5, frame, "", "ONLINE", true, true, "ONLINE", "", 1, 1, 1,
				"127.0.0.1:1883 (embedded)", List.of("I boot"));
	}

	/** Asserts every LED of the image against {@code rows}. */
	static void assertMatrix(BufferedImage image, String[] rows) {
		for (int row = 0; row < 5; row++) {
			for (int column = 0; column < 5; column++) {
				Point c = PanelRenderer.ledCenter(row, column);
				int expected = (rows[row].charAt(column) == '#' ? PanelRenderer.LED_ON : PanelRenderer.LED_OFF)
						.getRGB();
				assertEquals("LED row " + row + " column " + column, Integer.toHexString(expected),
						Integer.toHexString(image.getRGB(c.x, c.y)));
			}
		}
	}

	static int frameOf(String[] rows) {
		int frame = 0;
		for (int row = 0; row < 5; row++) {
			for (int column = 0; column < 5; column++) {
				if (rows[row].charAt(column) == '#') {
					frame |= 1 << (row * 5 + column);
				}
			}
		}
		return frame;
	}

	@Test
	public void render_lightsThePixelsOfTwo_forTheFirmwareGlyph() {
		assertEquals("firmware glyph for '2'", frameOf(TWO), Font5x5.glyph('2'));
		assertMatrix(PanelRenderer.render(view(Font5x5.glyph('2'))), TWO);
	}

	@Test
	public void render_leavesEveryLedDark_forBlankFrame() {
		assertMatrix(PanelRenderer.render(view(0)), new String[] {".....", ".....", ".....", ".....", "....."});
	}

	@Test
	public void hit_findsButtonsAndWifiSwitch() {
		BufferedImage image = PanelRenderer.render(view(0));
		assertEquals(PanelRenderer.WIDTH, image.getWidth());
		assertEquals(PanelRenderer.Target.NONE, PanelRenderer.hit(0, 0));
		boolean[] seen = new boolean[3];
		for (int y = 0; y < PanelRenderer.HEIGHT; y += 4) {
			for (int x = 0; x < PanelRenderer.WIDTH; x += 4) {
				PanelRenderer.Target t = PanelRenderer.hit(x, y);
				if (t != PanelRenderer.Target.NONE) {
					seen[t.ordinal()] = true;
				}
			}
		}
		assertTrue("A, B and Wi-Fi are clickable", seen[0] && seen[1] && seen[2]);
	}

	@Test
	public void terminalRender_drawsMatrixAsCharacters() {
		String text = TerminalPanel.render(view(Font5x5.glyph('2')));
		assertTrue(text, text.contains("   # # # . .") && text.contains("   # # # # ."));
		assertTrue(text, text.contains("state   ONLINE"));
	}
}
