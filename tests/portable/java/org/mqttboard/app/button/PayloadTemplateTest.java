/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.button;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.UnsupportedEncodingException;

import org.junit.Test;
import org.mqttboard.testkit.app.Texts;

public class PayloadTemplateTest {

	private static String render(PayloadTemplate t, int button, boolean longPress, int count, long uptime)
			throws UnsupportedEncodingException {
		byte[] out = new byte[256];
		int n = t.render(button, longPress, count, uptime, out);
		return new String(out, 0, n, "UTF-8");
	}

	@Test
	public void render_keepsPlainTextAsIs() throws UnsupportedEncodingException {
		assertEquals("hello", render(new PayloadTemplate("hello", "dev"), 0, false, 1, 0));
		assertEquals("", render(new PayloadTemplate("", "dev"), 0, false, 1, 0));
	}

	@Test
	public void render_insertsEveryPlaceholder() throws UnsupportedEncodingException {
		PayloadTemplate t = new PayloadTemplate("${button}/${press}/${count}/${uptime.ms}/${device}",
				"board-7");
		assertEquals("B/long/42/3723456/board-7", render(t, 1, true, 42, 3723456L));
		// Not JSON: text is not escaped.
		assertEquals("a\"b", render(new PayloadTemplate("${device}", "a\"b"), 0, false, 1, 0));
	}

	@Test
	public void render_producesValidJsonWithEscapedText_whenTemplateIsJson() throws UnsupportedEncodingException {
		PayloadTemplate t = new PayloadTemplate(" {\"button\":\"${button}\",\"count\":${count},\"dev\":\"${device}\"}",
				"a\"b\\c\n");
		assertEquals(" {\"button\":\"A\",\"count\":1,\"dev\":\"a\\\"b\\\\c\\u000a\"}", render(t, 0, false, 1, 0));
	}

	@Test
	public void render_keepsUtf8Literals() throws UnsupportedEncodingException {
		assertEquals("caf\u00e9 A", render(new PayloadTemplate("caf\u00e9 ${button}", "d"), 0, false, 1, 0));
	}

	@Test
	public void render_returnsMinusOne_whenTheBufferIsTooSmall() {
		PayloadTemplate t = new PayloadTemplate("count=${count}", "d");
		assertEquals(-1, t.render(0, false, 123456, 0, new byte[8]));
		assertEquals(7, t.render(0, false, 5, 0, new byte[7]));
		assertEquals(-1, new PayloadTemplate("${device}", "long-device").render(0, false, 1, 0, new byte[3]));
	}

	@Test
	public void render_writesZero_forZeroValues() throws UnsupportedEncodingException {
		assertEquals("0 0", render(new PayloadTemplate("${count} ${uptime.ms}", "d"), 0, false, 0, 0));
	}

	@Test
	public void constructor_namesTheUnknownPlaceholder() {
		try {
			new PayloadTemplate("x ${temperature}", "d");
			fail();
		} catch (IllegalArgumentException e) {
			assertTrue(e.getMessage(), Texts.has(e.getMessage(), "${temperature}"));
		}
	}

	@Test
	public void constructor_rejectsAnUnclosedPlaceholder() {
		try {
			new PayloadTemplate("x ${count", "d");
			fail();
		} catch (IllegalArgumentException e) {
			assertTrue(e.getMessage(), Texts.has(e.getMessage(), "not closed"));
		}
	}

	@Test
	public void constructor_keepsALoneDollarAsText() throws UnsupportedEncodingException {
		assertEquals("5$ {x}$", render(new PayloadTemplate("5$ {x}$", "d"), 0, false, 1, 0));
	}
}
