/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.event;

/**
 * Signature stub of {@code ej.microui.event.Event} (MicroUI 3.x), compile-only, never shipped.
 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.input/src/main/java/com/microej/example/foundation/microui/input/EventHandlerImpl.java:7
 */
public final class Event {

	private Event() {
	}

	/**
	 * @param event a MicroUI event
	 * @return its data, the argument of the {@code Buttons} helpers
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.input/src/main/java/com/microej/example/foundation/microui/input/EventHandlerImpl.java:169
	 */
	public static int getData(int event) {
		throw new UnsupportedOperationException("stub");
	}
}
