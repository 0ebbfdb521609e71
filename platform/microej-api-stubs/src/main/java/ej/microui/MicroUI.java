/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui;

/**
 * Signature stub of {@code ej.microui.MicroUI} (MicroUI 3.x), compile-only, never shipped.
 * Evidence: MicroEJ/docs@60343897:ApplicationDeveloperGuide/UI/MicroVG/avdLoader.rst:118
 */
public final class MicroUI {

	private MicroUI() {
	}

	/**
	 * Starts MicroUI (its thread and the event generators).
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.helloworld/src/main/java/com/microej/example/foundation/microui/helloworld/ExampleHelloWorld.java:20
	 */
	public static void start() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param run executed later, on the MicroUI thread
	 * Evidence: MicroEJ/Example-Java-Widget@858af626:src/main/java/com/microej/demo/widget/autoscrolllabeloncircle/widget/AutoscrollLabelOnCircle.java:115
	 */
	public static void callSerially(Runnable run) {
		throw new UnsupportedOperationException("stub");
	}
}
