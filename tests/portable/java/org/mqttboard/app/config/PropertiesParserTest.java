/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.Assert;
import org.junit.Test;
import org.mqttboard.platform.ConfigSource;

/** Edge cases of the properties parser. */
public class PropertiesParserTest {

	private static RawConfig parse(String s) throws ConfigException {
		return ConfigTexts.parse(s);
	}

	private static Problem[] failures(byte[] b) {
		try {
			PropertiesParser.parse(b, b.length, "bad.properties");
		} catch (ConfigException e) {
			Assert.assertTrue(e.getMessage().indexOf("bad.properties") >= 0);
			return e.problems();
		}
		throw new AssertionError("expected a ConfigException");
	}

	private static Problem onlyProblem(byte[] b) {
		Problem[] ps = failures(b);
		Assert.assertEquals(ConfigTexts.describe(ps), 1, ps.length);
		return ps[0];
	}

	@Test
	public void parse_acceptsEqualsColonAndSpaceSeparators() throws ConfigException {
		RawConfig r = parse("a=1\nb: 2\nc 3\nd = = 4\n");
		Assert.assertEquals("1", r.get("a"));
		Assert.assertEquals("2", r.get("b"));
		Assert.assertEquals("3", r.get("c"));
		Assert.assertEquals("= 4", r.get("d"));
	}

	@Test
	public void parse_skipsHashAndBangComments_andBlankLines() throws ConfigException {
		RawConfig r = parse("# comment\n! other\n\n   \n  # indented\nkey=v\n");
		Assert.assertEquals(1, r.size());
		Assert.assertEquals(6, r.line("key"));
	}

	@Test
	public void parse_trimsKeyAndValue_butKeepsInnerSpaces() throws ConfigException {
		RawConfig r = parse("   wifi.ssid   =   My Home Net   \t\n");
		Assert.assertEquals("My Home Net", r.get("wifi.ssid"));
	}

	@Test
	public void parse_keepsEscapedTrailingSpace() throws ConfigException {
		RawConfig r = parse("p=secret\\ \n");
		Assert.assertEquals("secret ", r.get("p"));
	}

	@Test
	public void parse_joinsContinuationLines_andKeepsTheFirstLineNumber() throws ConfigException {
		RawConfig r = parse("x=1\nlist = a,\\\n    b,\\\n    c\ny=2\n");
		Assert.assertEquals("a,b,c", r.get("list"));
		Assert.assertEquals(2, r.line("list"));
		Assert.assertEquals(5, r.line("y"));
	}

	@Test
	public void parse_evenBackslashesAtEnd_doNotContinue() throws ConfigException {
		RawConfig r = parse("path=C:\\\\\nnext=1\n");
		Assert.assertEquals("C:\\", r.get("path"));
		Assert.assertEquals("1", r.get("next"));
	}

	@Test
	public void parse_decodesEscapes() throws ConfigException {
		RawConfig r = parse("k\\=x=a\\tb\\u00e9\\=\\:\\#\\\\\n");
		Assert.assertEquals("a\tb\u00e9=:#\\", r.get("k=x"));
	}

	@Test
	public void parse_decodesUtf8_andSkipsByteOrderMark() throws ConfigException {
		byte[] text = ConfigTexts.utf8("ssid=Caf\u00e9 \u4e2d\u6587\n");
		byte[] b = new byte[text.length + 3];
		b[0] = (byte) 0xEF;
		b[1] = (byte) 0xBB;
		b[2] = (byte) 0xBF;
		System.arraycopy(text, 0, b, 3, text.length);
		RawConfig r = PropertiesParser.parse(b, b.length, "bom");
		Assert.assertEquals("Caf\u00e9 \u4e2d\u6587", r.get("ssid"));
	}

	@Test
	public void parse_acceptsCrLfAndLoneCr_countingLines() throws ConfigException {
		RawConfig r = parse("a=1\r\nb=2\rc=3");
		Assert.assertEquals(2, r.line("b"));
		Assert.assertEquals(3, r.line("c"));
		Assert.assertEquals("3", r.get("c"));
	}

	@Test
	public void parse_rejectsDuplicateKey_namingBothLines() {
		Problem p = onlyProblem(ConfigTexts.utf8("a=1\nb=2\na=3\n"));
		Assert.assertEquals("a", p.key());
		Assert.assertEquals(3, p.line());
		Assert.assertTrue(p.reason(), p.reason().indexOf("line 1") >= 0);
	}

	@Test
	public void parse_rejectsMalformedUtf8_withItsLine() {
		Problem p = onlyProblem(new byte[] { 'a', '=', '1', '\n', 'b', '=', (byte) 0xC3, '(', '\n' });
		Assert.assertEquals(2, p.line());
		Assert.assertTrue(p.reason().indexOf("UTF-8") >= 0);
	}

	@Test
	public void parse_rejectsOverlongUtf8AndSurrogates() {
		Assert.assertEquals(1, onlyProblem(new byte[] { 'a', '=', (byte) 0xC0, (byte) 0xAF }).line());
		Assert.assertEquals(1, onlyProblem(new byte[] { 'a', '=', (byte) 0xED, (byte) 0xA0, (byte) 0x80 }).line());
		Assert.assertEquals(1,
				onlyProblem(new byte[] { 'a', '=', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }).line());
	}

	@Test
	public void parse_rejectsBinaryContent_withLine() {
		Problem p = onlyProblem(new byte[] { 'a', '=', '1', '\n', '\n', 'b', '=', 0, '\n' });
		Assert.assertEquals(3, p.line());
		Assert.assertTrue(p.reason().indexOf("0x00") >= 0);
	}

	@Test
	public void parse_rejectsAbsurdSize() {
		byte[] b = new byte[PropertiesParser.MAX_FILE_BYTES + 1];
		for (int i = 0; i < b.length; i++) {
			b[i] = (i % 40 == 39) ? (byte) '\n' : (byte) '#';
		}
		Problem p = onlyProblem(b);
		Assert.assertTrue(p.line() > 1000);
		Assert.assertTrue(p.reason().indexOf("larger") >= 0);
	}

	@Test
	public void parse_rejectsOverlongLine() {
		StringBuilder s = new StringBuilder("a=");
		for (int i = 0; i < PropertiesParser.MAX_LINE_BYTES; i++) {
			s.append('x');
		}
		Assert.assertEquals(1, onlyProblem(ConfigTexts.utf8(s.toString())).line());
	}

	@Test
	public void parse_rejectsUnknownAndTruncatedEscapes() {
		Assert.assertTrue(onlyProblem(ConfigTexts.utf8("a=\\q\n")).reason().indexOf("unknown escape") >= 0);
		Assert.assertTrue(onlyProblem(ConfigTexts.utf8("a=\\u12\n")).reason().indexOf("4 hex") >= 0);
	}

	@Test
	public void parse_rejectsValueWithoutKey() {
		Problem p = onlyProblem(ConfigTexts.utf8("=value\n"));
		Assert.assertEquals(1, p.line());
	}

	@Test
	public void parse_reportsAllErrorsAtOnce_inLineOrder() {
		Problem[] ps = failures(ConfigTexts.utf8("a=1\na=2\n=x\nb=\\z\n"));
		Assert.assertEquals(3, ps.length);
		Assert.assertEquals(2, ps[0].line());
		Assert.assertEquals(3, ps[1].line());
		Assert.assertEquals(4, ps[2].line());
	}

	@Test
	public void parse_readsFromConfigSource_andClosesTheStream() throws ConfigException {
		final boolean[] closed = { false };
		ConfigSource src = new ConfigSource() {
			@Override
			public InputStream open() {
				return new ByteArrayInputStream(ConfigTexts.utf8("k=v\n")) {
					@Override
					public void close() throws IOException {
						closed[0] = true;
						super.close();
					}
				};
			}

			@Override
			public String name() {
				return "mem";
			}
		};
		Assert.assertEquals("v", PropertiesParser.parse(src).get("k"));
		Assert.assertTrue(closed[0]);
	}

	@Test
	public void parse_reportsUnreadableSource_asConfigException() {
		ConfigSource src = new ConfigSource() {
			@Override
			public InputStream open() throws IOException {
				throw new IOException("no such file");
			}

			@Override
			public String name() {
				return "/nowhere.properties";
			}
		};
		try {
			PropertiesParser.parse(src);
			Assert.fail();
		} catch (ConfigException e) {
			Assert.assertEquals("/nowhere.properties", e.source());
			Assert.assertTrue(e.getMessage().indexOf("no such file") >= 0);
		}
	}
}
