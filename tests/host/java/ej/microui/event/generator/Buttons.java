/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.event.generator;

import ej.microui.event.EventGenerator;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped. Fake data layout: bits 0..7 button id, bit 8 pressed, bit 9 released; {@link #event} wraps it the way
 * {@link ej.microui.event.Event#getData} unwraps it. */
public class Buttons extends EventGenerator {

	/** Script: a whole MicroUI event carrying this button's data. */
	public static int event(int id, boolean pressed) {
		return ej.microui.event.Event.wrap(id | (pressed ? 0x100 : 0x200));
	}

	public static boolean isPressed(int data) {
		return (data & 0x100) != 0;
	}

	public static boolean isReleased(int data) {
		return (data & 0x200) != 0;
	}

	public static int getButtonId(int data) {
		return data & 0xFF;
	}
}
