/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.event;

/**
 * Signature stub of {@code ej.microui.event.EventHandler} (MicroUI 3.x), compile-only, never shipped. Source:
 * MicroEJ/Example-Foundation-Libraries@a9b4a80d {@code microui.input/…/EventHandlerImpl.java}.
 */
public interface EventHandler {

	/**
	 * @param event the MicroUI event
	 * @return true when consumed
	 */
	boolean handleEvent(int event);
}
