/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.led;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped. */
public final class Leds {

	/** Script: how many LEDs the fake VEE Port declares. Record: their state. */
	public static boolean[] on = new boolean[3];

	private Leds() {
	}

	public static int getNumberOfLeds() {
		return on.length;
	}

	public static void setLedOn(int ledId) {
		on[ledId] = true;
	}

	public static void setLedOff(int ledId) {
		on[ledId] = false;
	}
}
