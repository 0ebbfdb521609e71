/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.led;

/**
 * Signature stub of {@code ej.microui.led.Leds} (MicroUI 3.x), compile-only, never shipped.
 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.led/src/main/java/com/microej/example/foundation/microui/led/ExampleLeds.java:27
 */
public final class Leds {

	private Leds() {
	}

	/**
	 * @return how many LEDs the VEE Port declares
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.led/src/main/java/com/microej/example/foundation/microui/led/ExampleLeds.java:27
	 */
	public static int getNumberOfLeds() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param ledId 0-based LED index
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.led/src/main/java/com/microej/example/foundation/microui/led/ExampleLeds.java:91
	 */
	public static void setLedOn(int ledId) {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param ledId 0-based LED index
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.led/src/main/java/com/microej/example/foundation/microui/led/ExampleLeds.java:73
	 */
	public static void setLedOff(int ledId) {
		throw new UnsupportedOperationException("stub");
	}
}
