/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.display;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Random;

import org.junit.Test;
import org.mqttboard.testkit.app.Texts;

public class JsonPathTest {

	private static final String SENSORO = "{\"appId\":\"foobar\",\"sn\":\"10310117C5A46A2A\",\"type\":\"sensor\","
			+ "\"createdTime\":1491450380000,\"msgId\":\"x\",\"data\":{\"battery\":98,\"interval\":300,"
			+ "\"temperature\":23.5,\"magnetic\":{\"x\":1,\"y\":[2,3]}}}";
	private static final String IOTDA_DOWN = "{\"object_device_id\":\"dev_1\",\"name\":null,\"id\":\"7b\","
			+ "\"content\":\"Hello \\\"board\\\"\\n\"}";

	private static String get(String path, String json) throws Exception {
		byte[] b = json.getBytes("UTF-8");
		int[] out = new int[2];
		if (!new JsonPath(path).find(b, 0, b.length, out)) {
			return null;
		}
		int n = out[1];
		if (out[0] > 0 && b[out[0] - 1] == '"') {
			n = JsonPath.unescape(b, out[0], n);
		}
		return new String(b, out[0], n, "UTF-8");
	}

	@Test
	public void find_readsNestedFieldsOfASensoroPush() throws Exception {
		assertEquals("23.5", get("data.temperature", SENSORO));
		assertEquals("98", get("data.battery", SENSORO));
		assertEquals("foobar", get("appId", SENSORO));
		assertEquals("3", get("data.magnetic.y[1]", SENSORO));
		assertEquals("{\"x\":1,\"y\":[2,3]}", get("data.magnetic", SENSORO));
	}

	@Test
	public void find_readsAndUnescapesIotdaMessagesDownContent() throws Exception {
		assertEquals("Hello \"board\" ", get("content", IOTDA_DOWN));
		assertEquals("null", get("name", IOTDA_DOWN));
	}

	@Test
	public void find_acceptsBothArraySpellings_dotIndexAndBrackets() throws Exception {
		String json = "{\"services\":[{\"properties\":{\"level\":7}},{\"properties\":{\"level\":9}}]}";
		assertEquals("7", get("services.0.properties.level", json));
		assertEquals("7", get("services[0].properties.level", json));
		assertEquals("9", get("services.1.properties.level", json));
		assertEquals("9", get("services[1].properties.level", json));
		assertEquals("b", get("0.k", "[{\"k\":\"b\"}]"));
		assertEquals("b", get("[0].k", "[{\"k\":\"b\"}]"));
		assertEquals("4", get("m[1][0]", "{\"m\":[[1,2],[4,5]]}"));
		assertEquals("4", get("m.1.0", "{\"m\":[[1,2],[4,5]]}"));
	}

	@Test
	public void constructor_rejectsMalformedBrackets() {
		assertRefused("a[", "a[]", "a[x]", "a]", "a[0]b", "a.[0]", "a[-1]", "a[0", "[", "]", "a[1.0]", "a[9999999]",
				"a[0].");
	}

	private static void assertRefused(String... bad) {
		for (String p : bad) {
			try {
				new JsonPath(p);
				fail("accepted '" + p + "'");
			} catch (IllegalArgumentException e) {
				assertTrue(e.getMessage(), Texts.has(e.getMessage(), "json path"));
			}
		}
	}

	@Test
	public void find_handlesArraysAtTheTopAndWhitespace() throws Exception {
		assertEquals("b", get("[1].k", " [ {\"k\":\"a\"} , { \"k\" : \"b\" } ] "));
		assertEquals("true", get("x", "{\n\t\"x\"\t:\ttrue\n}"));
	}

	@Test
	public void find_returnsNotFound_forMissingFieldsAndWrongShapes() throws Exception {
		assertEquals(null, get("data.pressure", SENSORO));
		assertEquals(null, get("data.battery.x", SENSORO));
		assertEquals(null, get("[5]", "[1,2]"));
		assertEquals(null, get("a", "[1,2]"));
		assertEquals(null, get("a", "42"));
		assertEquals(null, get("a", ""));
	}

	@Test
	public void find_returnsNotFound_forTruncatedOrMalformedJson() throws Exception {
		assertEquals(null, get("a.b", "{\"a\":{\"b\""));
		assertEquals(null, get("a", "{\"a\":\"unterminated"));
		assertEquals(null, get("b", "{\"a\":{\"x\":[1,2}"));
		assertEquals(null, get("b", "{\"a\" 1, \"b\":2}"));
		assertEquals(null, get("b", "{\"a\":1 \"b\":2}"));
	}

	@Test
	public void find_matchesKeysExactly_notByPrefix() throws Exception {
		assertEquals("2", get("temp", "{\"temperature\":1,\"temp\":2}"));
	}

	@Test
	public void unescape_decodesUnicodeEscapes() throws Exception {
		assertEquals("A?", get("s", "{\"s\":\"\\u0041\\u00e9\"}"));
	}

	@Test
	public void constructor_rejectsMalformedPaths() {
		assertRefused("", "a.", "a..b", "a[", "a[]", "a[x]", ".a");
	}

	@Test
	public void find_neverThrowsAndStaysInBounds_onRandomInput() throws Exception {
		long seed = System.currentTimeMillis();
		System.out.println("JsonPathTest seed " + seed);
		Random r = new Random(seed);
		byte[] alphabet = "{}[]\":,\\ ab1.-tn".getBytes("UTF-8");
		JsonPath[] paths = { new JsonPath("a"), new JsonPath("a.b"), new JsonPath("[0].a"), new JsonPath("b[1]") };
		int[] out = new int[2];
		int found = 0;
		for (int i = 0; i < 20000; i++) {
			byte[] b = new byte[r.nextInt(40)];
			for (int k = 0; k < b.length; k++) {
				b[k] = alphabet[r.nextInt(alphabet.length)];
			}
			for (JsonPath p : paths) {
				if (p.find(b, 0, b.length, out)) {
					found++;
					assertTrue("seed " + seed, out[0] >= 0 && out[1] >= 0 && out[0] + out[1] <= b.length);
				}
			}
		}
		assertFalse(found < 0);
	}
}
