/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.display;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.mqttboard.platform.Display;
import org.mqttboard.testkit.app.RecordingDisplay;
import org.mqttboard.testkit.app.RecordingLog;

public class MessageDisplayTest {

	/** No {@code display.kind} override: render for what the board reports. */
	private static final int AS_THE_BOARD = 0;

	private final RecordingLog log = new RecordingLog();

	private MessageDisplay display(RecordingDisplay d, String... rules) {
		DisplayRule[] r = new DisplayRule[rules.length];
		for (int i = 0; i < rules.length; i++) {
			r[i] = rules[i] == null ? null : DisplayRule.parse(rules[i]);
		}
		return new MessageDisplay(d, AS_THE_BOARD, r, 32, 100, 1024, this.log);
	}

	private static boolean show(MessageDisplay m, int sub, String payload, long now) throws Exception {
		byte[] b = ("xx" + payload).getBytes("UTF-8");
		return m.show(sub, b, 2, b.length - 2, now);
	}

	@Test
	public void numberTwo_showsTheStillGlyphOnTheMatrix_asInTheHiveMqTutorial() throws Exception {
		RecordingDisplay d = new RecordingDisplay(Display.KIND_MATRIX_5X5, 5);
		MessageDisplay m = display(d, "number");
		assertTrue(show(m, 0, "2", 0));
		assertEquals(Font5x5.glyph('2'), d.lastFrame());
		assertEquals(Long.MAX_VALUE, m.nextDeadline(0));
		assertEquals("2", m.lastText());
	}

	@Test
	public void number_showsQuestionMarkAndWarns_whenPayloadIsNotANumber() throws Exception {
		RecordingDisplay d = new RecordingDisplay(Display.KIND_MATRIX_5X5, 5);
		MessageDisplay m = display(d, "number");
		show(m, 0, "two", 0);
		assertEquals(Font5x5.glyph('?'), d.lastFrame());
		assertTrue(this.log.contains("not a number"));
		show(m, 0, " 42 ", 0);
		assertEquals("42", m.lastText());
	}

	@Test
	public void text_scrollsOnTheMatrixDrivenByTime() throws Exception {
		RecordingDisplay d = new RecordingDisplay(Display.KIND_MATRIX_5X5, 5);
		MessageDisplay m = display(d, "text");
		show(m, 0, "Hi", 1000);
		assertEquals(0, d.lastFrame()); // enters from the right: first frame blank
		assertEquals(1100, m.nextDeadline(1000));
		m.step(1050);
		assertEquals(1, d.frames.size());
		boolean sawH = false;
		for (long t = 1100; t < 3000; t += 100) {
			m.step(t);
			if (d.lastFrame() == (Font5x5.glyph('H') & 0x1FFFFFF)) {
				sawH = true;
			}
		}
		assertTrue("H scrolled through the window at column 0", sawH);
	}

	@Test
	public void text_scrollsOneCharacterPerStepOnTheLcd_whenLongerThanTheLine() throws Exception {
		RecordingDisplay d = new RecordingDisplay(Display.KIND_LCD, 8);
		MessageDisplay m = display(d, "text");
		show(m, 0, "hello world", 0);
		assertEquals("hello wo", d.lastText());
		assertEquals(100, m.nextDeadline(0));
		m.step(100);
		assertEquals("ello wor", d.lastText());
		for (long t = 200; t <= 1000; t += 100) {
			m.step(t);
		}
		assertEquals("d   hell", d.lastText());
		assertEquals("hello world", m.lastText());
	}

	@Test
	public void text_standsStillOnTheLcd_whenItFits() throws Exception {
		RecordingDisplay d = new RecordingDisplay(Display.KIND_LCD, 16);
		MessageDisplay m = display(d, "text");
		show(m, 0, "hello", 0);
		assertEquals("hello", d.lastText());
		assertEquals(Long.MAX_VALUE, m.nextDeadline(0));
		m.step(1000);
		assertEquals(1, d.texts.size());
	}

	@Test
	public void text_isCutToTheSerialWidth() throws Exception {
		RecordingDisplay d = new RecordingDisplay(Display.KIND_SERIAL, 16);
		MessageDisplay m = display(d, "text");
		show(m, 0, "hello world from the broker", 0);
		assertEquals("hello world f...", d.lastText());
		assertEquals(Long.MAX_VALUE, m.nextDeadline(0));
	}

	@Test
	public void unsafePayload_isShownAsQuestionMarks() throws Exception {
		RecordingDisplay d = new RecordingDisplay(Display.KIND_SERIAL, 40);
		MessageDisplay m = display(d, "text");
		byte[] b = { 'o', 'k', 0, 1, (byte) 0xFF, (byte) 0xC3, (byte) 0xA9, '\n' };
		m.show(0, b, 0, b.length, 0);
		assertEquals("ok???? ", d.lastText());
	}

	@Test
	public void oversizedPayload_isCutNotRejected() throws Exception {
		RecordingDisplay d = new RecordingDisplay(Display.KIND_SERIAL, 80);
		MessageDisplay m = new MessageDisplay(d, AS_THE_BOARD, new DisplayRule[] { DisplayRule.parse("text") },
				20, 100, 8, this.log);
		byte[] big = new byte[100000];
		for (int i = 0; i < big.length; i++) {
			big[i] = 'z';
		}
		assertTrue(m.show(0, big, 0, big.length, 0));
		assertEquals("zzzzzzzz", d.lastText());
	}

	@Test
	public void json_showsTheFieldOfAnIotdaDownMessage() throws Exception {
		RecordingDisplay d = new RecordingDisplay(Display.KIND_LCD, 20);
		MessageDisplay m = display(d, "text", "json:content");
		show(m, 1, "{\"object_device_id\":\"d\",\"content\":\"open door\"}", 0);
		assertEquals("open door", d.lastText());
		assertFalse(show(m, 1, "{\"other\":1}", 0));
		assertTrue(this.log.contains("no field 'content'"));
	}

	@Test
	public void json_numberFieldOfASensoroPush_isShown() throws Exception {
		RecordingDisplay d = new RecordingDisplay(Display.KIND_MATRIX_5X5, 5);
		MessageDisplay m = display(d, "json:data.battery");
		show(m, 0, "{\"data\":{\"battery\":7}}", 0);
		assertEquals(Font5x5.glyph('7'), d.lastFrame());
	}

	@Test
	public void unknownOrUnmappedSubscription_showsNothing() throws Exception {
		RecordingDisplay d = new RecordingDisplay(Display.KIND_LCD, 20);
		MessageDisplay m = display(d, "text", null);
		assertFalse(show(m, 1, "x", 0));
		assertFalse(show(m, 5, "x", 0));
		assertFalse(show(m, -1, "x", 0));
		assertEquals(0, d.texts.size());
	}

	@Test
	public void emptyPayload_clearsTheMatrix() throws Exception {
		RecordingDisplay d = new RecordingDisplay(Display.KIND_MATRIX_5X5, 5);
		MessageDisplay m = display(d, "text");
		show(m, 0, "", 0);
		assertEquals(0, d.lastFrame());
	}

	@Test(expected = IllegalArgumentException.class)
	public void parse_rejectsUnknownRules() {
		DisplayRule.parse("image");
	}

	@Test
	public void parse_acceptsTheThreeSpellings() {
		assertEquals("text", DisplayRule.parse(" text ").toString());
		assertEquals("number", DisplayRule.parse("number").toString());
		assertEquals("json:data.temperature", DisplayRule.parse("json:data.temperature").toString());
		assertEquals(DisplayRule.JSON, DisplayRule.parse("json:a").kind());
	}
}
