/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.event;

/**
 * Signature stub of {@code ej.microui.event.EventGenerator} (MicroUI 3.x), compile-only, never shipped. Members from
 * MicroEJ/Example-Foundation-Libraries@a9b4a80d {@code microui.input/…/ExampleCheckInput.java}
 * ({@code EventGenerator.get(Class)}, {@code setEventHandler(EventHandler)}).
 */
public class EventGenerator {

	/** Only the VEE Port creates generators. */
	protected EventGenerator() {
	}

	/**
	 * @param <E> the generator kind
	 * @param clazz the generator kind
	 * @return the generators of that kind declared by the VEE Port (may be empty)
	 */
	public static <E extends EventGenerator> E[] get(Class<E> clazz) {
		throw new UnsupportedOperationException("stub");
	}

	/** @param eventHandler receives the events of this generator, on the MicroUI thread */
	public void setEventHandler(EventHandler eventHandler) {
		throw new UnsupportedOperationException("stub");
	}
}
