/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.event;

import ej.microui.event.generator.Buttons;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped. Script: {@link #buttons} is what get(Buttons.class, 0) returns (null = none). */
public class EventGenerator {

	public static Buttons buttons;
	public EventHandler handler;

	public static <E extends EventGenerator> E get(Class<E> clazz, int fromIndex) {
		return fromIndex == 0 && clazz.isInstance(buttons) ? clazz.cast(buttons) : null;
	}

	public void setEventHandler(EventHandler eventHandler) {
		this.handler = eventHandler;
	}
}
