/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class ScriptLineTest {

	@Test
	public void words_splitsOnBlanks_andKeepsQuotedSpaces() {
		assertEquals(List.of("peer", "publish", "testtopic/2", "hello world", "1"),
				ScriptLine.words("  peer\tpublish testtopic/2 \"hello world\" 1 "));
	}

	@Test
	public void words_decodesEscapes_insideQuotes() {
		assertEquals(List.of("expect", "display", "a\"b\\c\nd"), ScriptLine.words("expect display \"a\\\"b\\\\c\\nd\""));
	}

	@Test
	public void words_isEmpty_forBlankAndCommentLines() {
		assertEquals(List.of(), ScriptLine.words("   "));
		assertEquals(List.of(), ScriptLine.words("  # press A"));
	}

	@Test
	public void words_keepsEmptyQuotedWord() {
		assertEquals(List.of("peer", "publish", "t", ""), ScriptLine.words("peer publish t \"\""));
	}

	@Test(expected = IllegalArgumentException.class)
	public void words_rejectsUnclosedQuote() {
		ScriptLine.words("expect display \"2");
	}
}
