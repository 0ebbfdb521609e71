/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.Test;

public class ConfigOverridesTest {

	private static String apply(String text, Map<String, String> overrides) {
		return new String(ConfigOverrides.apply(text.getBytes(StandardCharsets.ISO_8859_1), overrides),
				StandardCharsets.ISO_8859_1);
	}

	@Test
	public void apply_commentsOverriddenKeysInPlace_andAppendsNewValues() {
		Map<String, String> overrides = new LinkedHashMap<>();
		overrides.put("broker.host", "127.0.0.1");
		overrides.put("broker.port", "1884");
		String out = apply("# c\nbroker.host = example.com\nwifi.ssid=x\nbroker.port: 8883\n", overrides);
		String[] lines = out.split("\n");
		assertEquals("# c", lines[0]);
		assertEquals("#(overridden by the simulator) broker.host", lines[1]);
		assertEquals("wifi.ssid=x", lines[2]); // same line number as before
		assertEquals("#(overridden by the simulator) broker.port", lines[3]);
		assertEquals("broker.host=127.0.0.1", lines[4]);
		assertEquals("broker.port=1884", lines[5]);
	}

	@Test
	public void apply_commentsContinuationLines_andNeverCopiesOldValues() {
		String out = apply("broker.host=se\\\n  cret\nnext=1", Map.of("broker.host", "h"));
		assertEquals("#(overridden by the simulator) broker.host\n#(overridden by the simulator) \nnext=1\nbroker.host=h\n",
				out);
		assertFalse(out.contains("cret"));
	}

	@Test
	public void apply_returnsBytesUnchanged_whenNothingIsOverridden() {
		byte[] binary = {(byte) 0xC3, 0x28, 0, 10};
		assertArrayEquals(binary, ConfigOverrides.apply(binary, Map.of()));
	}

	@Test
	public void apply_keepsInvalidUtf8Bytes_forTheFirmwareToReject() {
		byte[] in = {'a', '=', (byte) 0xC3, 0x28, '\n'};
		byte[] out = ConfigOverrides.apply(in, Map.of("b", "1"));
		assertArrayEquals(new byte[] {'a', '=', (byte) 0xC3, 0x28, '\n', 'b', '=', '1', '\n'}, out);
	}
}
