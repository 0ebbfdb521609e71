/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.event.generator;

import ej.microui.event.EventGenerator;

/**
 * Signature stub of {@code ej.microui.event.generator.Buttons} (MicroUI 3.x), compile-only, never shipped. The
 * helpers take the event's data ({@code Event.getData(event)}), not the raw event.
 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.input/src/main/java/com/microej/example/foundation/microui/input/EventHandlerImpl.java:9
 */
public class Buttons extends EventGenerator {

	/** Only the VEE Port creates generators. */
	protected Buttons() {
	}

	/**
	 * @param data the data of a MicroUI event
	 * @return true for a press
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.input/src/main/java/com/microej/example/foundation/microui/input/EventHandlerImpl.java:61
	 */
	public static boolean isPressed(int data) {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param data the data of a MicroUI event
	 * @return true for a release
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.input/src/main/java/com/microej/example/foundation/microui/input/EventHandlerImpl.java:64
	 */
	public static boolean isReleased(int data) {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param data the data of a MicroUI event
	 * @return the button id declared by the VEE Port
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.input/src/main/java/com/microej/example/foundation/microui/input/EventHandlerImpl.java:81
	 */
	public static int getButtonId(int data) {
		throw new UnsupportedOperationException("stub");
	}
}
