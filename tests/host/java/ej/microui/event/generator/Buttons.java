/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.event.generator;

import ej.microui.event.EventGenerator;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped. Fake event layout: bits 0..7 button id, bit 8 pressed, bit 9 released. */
public class Buttons extends EventGenerator {

	public static int event(int id, boolean pressed) {
		return id | (pressed ? 0x100 : 0x200);
	}

	public static boolean isPressed(int event) {
		return (event & 0x100) != 0;
	}

	public static boolean isReleased(int event) {
		return (event & 0x200) != 0;
	}

	public static int getButtonId(int event) {
		return event & 0xFF;
	}
}
