/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.mqttboard.platform.Display;

/** The terminal panel's text: long lines wrap at word boundaries to the window, the session counters are shown. */
public class TerminalPanelTest {

	private static final String LONG_ERROR = "CONFIG line 12: broker.port: out of range 1..65535 (got '0'); "
			+ "the board stops until the configuration is fixed";

	private static BoardModel.View view(BoardModel.Counters counters) {
		return new BoardModel.View(Display.KIND_MATRIX_5X5, 0, "", "ERR CONFIG", true, true, "HALTED", LONG_ERROR, 0,
				0, 0, "127.0.0.1:1883", List.of("E ERROR " + LONG_ERROR), counters, Display.LED_RED);
	}

	@Test
	public void wrap_breaksAtBlanks_keepsEveryCharacter_andCutsOnlyWordsLongerThanALine() {
		assertEquals(List.of("out of", "range", "1..65535"), TerminalPanel.wrap("out of range 1..65535", 8));
		assertEquals(List.of("abcd", "efgh", "ij k"), TerminalPanel.wrap("abcdefghij k", 4));
		assertEquals(List.of(""), TerminalPanel.wrap("", 10));
		assertEquals(List.of("  two", "spaces"), TerminalPanel.wrap("  two spaces", 6));
	}

	@Test
	public void statusLed_isShownWithItsColours() {
		assertTrue(TerminalPanel.render(view(null), 100).contains("led     red\n"));
		assertTrue(TerminalPanel.render(view(null), 100).contains("version " + org.mqttboard.platform.FirmwareVersion.VERSION));
		BoardModel model = new BoardModel(Display.KIND_LCD);
		model.led(Display.LED_GREEN | Display.LED_BLUE);
		assertEquals("green+blue", model.view().ledText());
		model.led(0);
		assertEquals("off", model.view().ledText());
	}

	@Test
	public void narrowWindow_everyLineFits_andNoWordIsCut() {
		String text = TerminalPanel.render(view(null), 60);
		for (String line : text.split("\n")) {
			assertTrue(line.length() + ": " + line, line.length() <= 60);
		}
		// Every word of the error is whole on some line (nothing cut mid-word, nothing lost).
		for (String word : LONG_ERROR.split(" ")) {
			assertTrue(word + "\n" + text, text.contains(word));
		}
		assertTrue(text, text.contains("error   CONFIG line 12:\n"));
		assertTrue(text, text.contains("wire    sent 0   received 0\n"));
	}

	@Test
	public void sessionCounters_areShown_wrappedBetweenItems() {
		BoardModel.Counters counters = new BoardModel.Counters(3, 2, 1, 40, 7, 5, 9, 12, 4, 6, 8, 10, 13, 1);
		String text = TerminalPanel.render(view(counters), 70);
		System.out.println(text);
		for (String item : counters.items()) {
			assertTrue(item + "\n" + text, text.contains(item));
		}
		assertTrue(text, text.contains("mqtt    connects 3  reconnects 2  drops 1"));
		assertTrue(text, text.contains("ping rtt 12 ms"));
		assertTrue("before a session: a dash\n", TerminalPanel.render(view(null)).contains("mqtt    -\n"));
	}
}
