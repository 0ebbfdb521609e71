/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.event;

/**
 * Signature stub of {@code ej.microui.event.EventGenerator} (MicroUI 3.x), compile-only, never shipped.
 * {@code get(Class)} is deliberately absent: every public caller assigns its result to {@code EventGenerator[]}
 * (MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.input/src/main/java/com/microej/example/foundation/microui/input/ExampleCheckInput.java:58) or casts it (MicroEJ/docs@60343897:VEEPortingGuide/uiPortSimulation.rst:122), so its generic form is
 * unknown; only {@code get(Class, int)} is shown returning the requested type.
 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.input/src/main/java/com/microej/example/foundation/microui/input/ExampleCheckInput.java:58
 */
public class EventGenerator {

	/** Only the VEE Port creates generators. */
	protected EventGenerator() {
	}

	/**
	 * @param <E> the generator kind
	 * @param clazz the generator kind
	 * @param fromIndex index of the first generator to consider
	 * @return the first generator of that kind from {@code fromIndex}; the caller's field is {@code @Nullable}, so
	 *         absent means null (an exception is handled by callers too)
	 * Evidence: MicroEJ/docs@60343897:ApplicationDeveloperGuide/guiSoftwareRobot.rst:173
	 */
	public static <E extends EventGenerator> E get(Class<E> clazz, int fromIndex) {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param eventHandler receives the events of this generator, on the MicroUI thread
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.input/src/main/java/com/microej/example/foundation/microui/input/ExampleCheckInput.java:61
	 */
	public void setEventHandler(EventHandler eventHandler) {
		throw new UnsupportedOperationException("stub");
	}
}
