/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.display;

/**
 * Signature stub of {@code ej.microui.display.Painter} (MicroUI 3.x), compile-only, never shipped.
 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.helloworld/src/main/java/com/microej/example/foundation/microui/helloworld/HelloWorldDisplayable.java:36-41
 */
public final class Painter {

	private Painter() {
	}

	/**
	 * @param gc target
	 * @param x left, pixels
	 * @param y top, pixels
	 * @param width pixels
	 * @param height pixels
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.helloworld/src/main/java/com/microej/example/foundation/microui/helloworld/HelloWorldDisplayable.java:36
	 */
	public static void fillRectangle(GraphicsContext gc, int x, int y, int width, int height) {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param gc target
	 * @param string text
	 * @param font font
	 * @param x left, pixels
	 * @param y top, pixels
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.image/src/main/java/com/microej/example/foundation/microui/image/ImageDisplayable.java:74
	 */
	public static void drawString(GraphicsContext gc, String string, Font font, int x, int y) {
		throw new UnsupportedOperationException("stub");
	}
}
