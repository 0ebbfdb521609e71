/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mqttboard.mqtt.codec.Fixtures.bytes;
import static org.mqttboard.mqtt.codec.Fixtures.utf8;

import org.junit.Test;

public class Utf8Test {

	private static boolean valid(byte[] b) {
		return Utf8.isValid(b, 0, b.length);
	}

	@Test
	public void isValid_acceptsEveryEncodingLength() {
		assertTrue(valid(utf8("")));
		assertTrue(valid(utf8("plain/ascii")));
		assertTrue(valid(utf8("caf\u00e9"))); // two bytes
		assertTrue(valid(utf8("\u20ac\u0800\uffff"))); // three bytes, lowest and highest
		assertTrue(valid(utf8("\ud83d\ude00"))); // four bytes (U+1F600)
		assertTrue(valid(bytes(0xF0, 0x90, 0x80, 0x80))); // U+10000
		assertTrue(valid(bytes(0xF4, 0x8F, 0xBF, 0xBF))); // U+10FFFF
		assertTrue(valid(bytes(0xED, 0x9F, 0xBF))); // U+D7FF, just below the surrogates
		assertTrue(valid(bytes(0xEF, 0xBB, 0xBF))); // U+FEFF is kept [MQTT-1.5.3-3]
	}

	@Test
	public void isValid_rejectsNullCharacter() {
		// [MQTT-1.5.3-2]
		assertFalse(valid(bytes('a', 0x00, 'b')));
	}

	@Test
	public void isValid_rejectsSurrogates() {
		// [MQTT-1.5.3-1]: U+D800 and U+DFFF encoded as three bytes (CESU-8 style)
		assertFalse(valid(bytes(0xED, 0xA0, 0x80)));
		assertFalse(valid(bytes(0xED, 0xBF, 0xBF)));
	}

	@Test
	public void isValid_rejectsOverlongForms() {
		assertFalse(valid(bytes(0xC0, 0x80))); // U+0000 overlong
		assertFalse(valid(bytes(0xC1, 0xBF)));
		assertFalse(valid(bytes(0xE0, 0x80, 0xAF))); // '/' in three bytes
		assertFalse(valid(bytes(0xF0, 0x80, 0x80, 0xAF))); // '/' in four bytes
	}

	@Test
	public void isValid_rejectsBeyondU10FFFF_andInvalidLeads() {
		assertFalse(valid(bytes(0xF4, 0x90, 0x80, 0x80)));
		assertFalse(valid(bytes(0xF5, 0x80, 0x80, 0x80)));
		assertFalse(valid(bytes(0xFF)));
		assertFalse(valid(bytes(0x80))); // lone continuation byte
	}

	@Test
	public void isValid_rejectsTruncatedAndBrokenSequences() {
		assertFalse(valid(bytes(0xC3))); // missing continuation
		assertFalse(valid(bytes(0xE2, 0x82))); // truncated three-byte
		assertFalse(valid(bytes(0xC3, 0x41))); // bad second byte
		assertFalse(valid(bytes(0xE2, 0x82, 0x41))); // bad third byte
		assertFalse(valid(bytes(0xF0, 0x9F, 0x98, 0x41))); // bad fourth byte
	}

	@Test
	public void isValid_rejectsSecondBytesOutsideTheLeadByteRange() {
		assertFalse(valid(bytes(0xE0, 0xC0, 0x80))); // E0 needs A0..BF
		assertFalse(valid(bytes(0xED, 0x7F, 0x80))); // ED needs 80..9F
		assertFalse(valid(bytes(0xF0, 0xC0, 0x80, 0x80))); // F0 needs 90..BF
		assertFalse(valid(bytes(0xF4, 0x7F, 0x80, 0x80))); // F4 needs 80..8F
		assertFalse(valid(bytes(0xE1, 0xC0, 0x80))); // others need 80..BF
	}

	@Test
	public void isValid_checksOnlyTheGivenRange() {
		byte[] b = bytes(0x00, 'o', 'k', 0xFF);
		assertTrue(Utf8.isValid(b, 1, 2));
		assertFalse(Utf8.isValid(b, 1, 3));
	}
}
