/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

/**
 * Decodes the 24-bit data of a button Event Queue event, as encoded by the C natives
 * ({@code platform/microej/native/common/mqb_button_logic.c}, {@code mqb_button_encode}). The layout is shared
 * with C and checked across both languages by a host test that runs the C unit test binary:
 *
 * <pre>
 * bit  23      TIMESTAMP: 1 when bits 19..0 hold a timestamp, 0 for "edge only" (time = reception time)
 * bit  22      PRESSED:   1 = press, 0 = release
 * bits 21..20  BUTTON:    0 = A, 1 = B (2, 3 reserved)
 * bits 19..0   TIME:      low 20 bits of the edge time in ms, on the VEE Port's platform time base
 * </pre>
 *
 * The Event Queue carries 24 data bits per standard event (MicroEJ/docs {@code eventQueue.rst}, "Standard event").
 * 20 bits of milliseconds wrap every 17.5 minutes, far longer than any queue delay; a timestamp older than
 * {@link #MAX_AGE_MILLIS} is taken as a different time base and replaced by the reception time.
 * <p>
 * Pure static functions, no allocation; callable from any thread.
 */
public final class ButtonEventCodec {

	/** Largest age accepted for a timestamped edge, in ms. */
	public static final int MAX_AGE_MILLIS = 2000;

	/** Bit set when the event carries a timestamp. */
	public static final int TIMESTAMP_FLAG = 1 << 23;
	/** Bit set on a press. */
	public static final int PRESSED_FLAG = 1 << 22;
	private static final int BUTTON_SHIFT = 20;
	private static final int BUTTON_MASK = 0x3;
	/** Mask of the timestamp bits. */
	public static final int TIME_MASK = 0xFFFFF;
	private static final int DATA_MASK = 0xFFFFFF;

	private ButtonEventCodec() {
	}

	/**
	 * @param data event data
	 * @param buttonCount buttons of the board
	 * @return true when the data fits in 24 bits and names an existing button
	 */
	public static boolean isValid(int data, int buttonCount) {
		return (data & ~DATA_MASK) == 0 && button(data) < buttonCount;
	}

	/**
	 * @param data event data
	 * @return button index (0 = A, 1 = B)
	 */
	public static int button(int data) {
		return (data >>> BUTTON_SHIFT) & BUTTON_MASK;
	}

	/**
	 * @param data event data
	 * @return true for a press, false for a release
	 */
	public static boolean pressed(int data) {
		return (data & PRESSED_FLAG) != 0;
	}

	/**
	 * @param data event data
	 * @param nowMillis reception time, monotonic ms ({@code Util.platformTimeMillis()})
	 * @return the edge time on the same time base: the native timestamp unwrapped against {@code nowMillis}, or
	 *         {@code nowMillis} for an edge-only event or an implausible age
	 */
	public static long edgeMillis(int data, long nowMillis) {
		if ((data & TIMESTAMP_FLAG) == 0) {
			return nowMillis;
		}
		int age = ((int) nowMillis - (data & TIME_MASK)) & TIME_MASK;
		return age <= MAX_AGE_MILLIS ? nowMillis - age : nowMillis;
	}
}
