/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.event.generator;

import ej.microui.event.EventGenerator;

/**
 * Signature stub of {@code ej.microui.event.generator.Buttons} (MicroUI 3.x), compile-only, never shipped. Members
 * from MicroEJ/Example-Foundation-Libraries@a9b4a80d {@code microui.input/…/EventHandlerImpl.java}.
 */
public class Buttons extends EventGenerator {

	/** Only the VEE Port creates generators. */
	protected Buttons() {
	}

	/**
	 * @param event a MicroUI event
	 * @return true for a press
	 */
	public static boolean isPressed(int event) {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param event a MicroUI event
	 * @return true for a release
	 */
	public static boolean isReleased(int event) {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param event a MicroUI event
	 * @return the button id declared by the VEE Port
	 */
	public static int getButtonId(int event) {
		throw new UnsupportedOperationException("stub");
	}
}
