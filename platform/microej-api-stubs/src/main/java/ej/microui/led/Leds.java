/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.led;

/**
 * Signature stub of {@code ej.microui.led.Leds} (MicroUI 3.x), compile-only, never shipped. Members from
 * MicroEJ/Example-Foundation-Libraries@a9b4a80d {@code microui.led/…/ExampleLeds.java}.
 */
public final class Leds {

	private Leds() {
	}

	/** @return how many LEDs the VEE Port declares */
	public static int getNumberOfLeds() {
		throw new UnsupportedOperationException("stub");
	}

	/** @param ledId 0-based LED index */
	public static void setLedOn(int ledId) {
		throw new UnsupportedOperationException("stub");
	}

	/** @param ledId 0-based LED index */
	public static void setLedOff(int ledId) {
		throw new UnsupportedOperationException("stub");
	}
}
