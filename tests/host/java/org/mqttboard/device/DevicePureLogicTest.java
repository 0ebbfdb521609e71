/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.device;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.mqttboard.microej.BoardProfile;
import org.mqttboard.microej.ButtonEventCodec;
import org.mqttboard.microej.SecurityModeNames;
import org.mqttboard.microej.StatusColors;
import org.mqttboard.platform.Display;

/** The device layer's pure logic (no ej.* types): button event decoding, security mode names, status colours. */
public class DevicePureLogicTest {

	private static int event(int button, boolean pressed, long timeMs, boolean withTs) {
		int d = (button & 3) << 20;
		if (pressed) {
			d |= ButtonEventCodec.PRESSED_FLAG;
		}
		if (withTs) {
			d |= ButtonEventCodec.TIMESTAMP_FLAG | (int) (timeMs & ButtonEventCodec.TIME_MASK);
		}
		return d;
	}

	@Test
	public void edgeMillis_unwrapsTimestamp_whenTheTwentyBitCounterWrappedSinceTheEdge() {
		long edge = (7L << 20) + 0xFFFF0; // 16 ms before a wrap of the low 20 bits
		long now = edge + 40;             // received after the wrap
		assertEquals(edge, ButtonEventCodec.edgeMillis(event(0, true, edge, true), now));
	}

	@Test
	public void edgeMillis_usesReceptionTime_whenAgeIsImplausible() {
		long now = 1_000_000L;
		long edge = now - ButtonEventCodec.MAX_AGE_MILLIS - 1;
		assertEquals(now, ButtonEventCodec.edgeMillis(event(1, false, edge, true), now));
		assertEquals(now - ButtonEventCodec.MAX_AGE_MILLIS,
				ButtonEventCodec.edgeMillis(event(1, false, now - ButtonEventCodec.MAX_AGE_MILLIS, true), now));
	}

	@Test
	public void edgeMillis_usesReceptionTime_forEdgeOnlyEvents() {
		assertEquals(123456L, ButtonEventCodec.edgeMillis(event(0, true, 5, false), 123456L));
	}

	@Test
	public void isValid_rejectsDataBeyond24Bits_andButtonsTheBoardDoesNotHave() {
		assertTrue(ButtonEventCodec.isValid(event(1, true, 9, true), 2));
		assertFalse(ButtonEventCodec.isValid(event(1, true, 9, true), 1));
		assertFalse(ButtonEventCodec.isValid(event(0, true, 0, false), 0));
		assertFalse(ButtonEventCodec.isValid(1 << 24, 2));
		assertFalse(ButtonEventCodec.isValid(-1, 2));
	}

	@Test
	public void decode_readsButtonAndDirection() {
		int d = event(1, true, 0, false);
		assertEquals(1, ButtonEventCodec.button(d));
		assertTrue(ButtonEventCodec.pressed(d));
		assertFalse(ButtonEventCodec.pressed(event(1, false, 0, false)));
	}

	@Test
	public void ecomName_mapsPortableNames_andPassesExactEcomNamesThrough() {
		assertEquals("OPEN", SecurityModeNames.ecomName("OPEN"));
		assertEquals("WEP128", SecurityModeNames.ecomName("WEP"));
		assertEquals("WPA1", SecurityModeNames.ecomName("WPA"));
		assertEquals("WPA2", SecurityModeNames.ecomName("WPA2"));
		assertEquals("WPA3", SecurityModeNames.ecomName("WPA3"));
		assertEquals("WPA2_WPA3_MIXED", SecurityModeNames.ecomName("WPA2_WPA3_MIXED"));
		assertEquals("MIXED", SecurityModeNames.ecomName("WPA_WPA2_MIXED"));
		assertEquals("WEP64", SecurityModeNames.ecomName("WEP64"));
		assertNull(SecurityModeNames.ecomName(""));
		assertNull(SecurityModeNames.ecomName(null));
	}

	@Test
	public void statusColors_greenOnline_redErrors_blueBringUp_offWhenEmpty() {
		assertEquals(StatusColors.GREEN, StatusColors.of("ONLINE"));
		assertEquals(StatusColors.RED, StatusColors.of("ERR AUTH"));
		assertEquals(StatusColors.RED, StatusColors.of("ERR TLS"));
		assertEquals(StatusColors.BLUE, StatusColors.of("WIFI..."));
		assertEquals(StatusColors.BLUE, StatusColors.of("MQTT\u2026"));
		assertEquals(0, StatusColors.of(""));
		assertEquals(0, StatusColors.of(null));
	}

	@Test
	public void boardProfile_unknownBoard_fallsBackToSerialOnlyGeneric() {
		BoardProfile p = BoardProfile.forName("no-such-board");
		assertEquals("generic", p.name());
		assertEquals(0, p.buttonCount());
		assertEquals(BoardProfile.BUTTONS_NONE, p.buttonSource());
		assertEquals(Display.KIND_SERIAL, p.displayKind());
		assertFalse(p.usesMicroUi());
		assertEquals("generic", BoardProfile.forName(null).name());
	}

	@Test
	public void boardProfile_wroverKit_hasLcdAndOneRedLed() {
		BoardProfile p = BoardProfile.forName("esp32-wrover-kit");
		assertEquals(Display.KIND_LCD, p.displayKind());
		assertEquals(0, p.redLed());
		assertEquals(BoardProfile.NO_LED, p.greenLed());
		assertTrue(p.usesMicroUi());
	}

	@Test
	public void boardProfile_withMatrix_isMatrixKindWithFiveColumns() {
		BoardProfile p = BoardProfile.withMatrix("my-matrix-board", 1);
		assertEquals(Display.KIND_MATRIX_5X5, p.displayKind());
		assertEquals(5, p.columns());
		assertEquals(BoardProfile.BUTTONS_EVENT_QUEUE, p.buttonSource());
	}
}
