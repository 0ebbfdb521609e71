/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.event;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped. Fake event layout:
 * bits 31..24 a type tag, bits 23..8 the data: a handler that passes the raw event to the Buttons helpers reads the
 * wrong bits and fails. */
public final class Event {

	private static final int TAG = 0x5A << 24;

	private Event() {
	}

	/** Script: a whole event around {@code data}. */
	public static int wrap(int data) {
		return TAG | (data << 8);
	}

	public static int getData(int event) {
		return (event >>> 8) & 0xFFFF;
	}
}
