/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.display;

import java.util.ArrayList;
import java.util.List;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped. Records drawn strings with their colour, and filled rectangles' colours. */
public final class Painter {

	/** Record: "color:text" per drawString, "fill:color" per fillRectangle. */
	public static final List<String> drawn = new ArrayList<>();

	private Painter() {
	}

	public static void fillRectangle(GraphicsContext gc, int x, int y, int width, int height) {
		drawn.add("fill:" + Integer.toHexString(gc.color));
	}

	public static void drawString(GraphicsContext gc, String string, Font font, int x, int y) {
		drawn.add(Integer.toHexString(gc.color) + ":" + string + "@" + y);
	}
}
