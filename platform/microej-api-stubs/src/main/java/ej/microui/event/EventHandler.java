/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.event;

/**
 * Signature stub of {@code ej.microui.event.EventHandler} (MicroUI 3.x), compile-only, never shipped.
 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.input/src/main/java/com/microej/example/foundation/microui/input/ExampleCheckInput.java:61
 */
public interface EventHandler {

	/**
	 * @param event the MicroUI event
	 * @return true when consumed
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.input/src/main/java/com/microej/example/foundation/microui/input/EventHandlerImpl.java:146
	 */
	boolean handleEvent(int event);
}
