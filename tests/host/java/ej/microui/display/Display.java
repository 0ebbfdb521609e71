/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.display;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped. A 320x240 panel. */
public class Display {

	private static final Display DISPLAY = new Display();

	/** Record: flush requests. */
	public static int flushes;
	private final GraphicsContext gc = new GraphicsContext();

	public static Display getDisplay() {
		return DISPLAY;
	}

	public GraphicsContext getGraphicsContext() {
		return this.gc;
	}

	public void requestFlush() {
		flushes++;
	}

	public int getWidth() {
		return 320;
	}

	public int getHeight() {
		return 240;
	}
}
