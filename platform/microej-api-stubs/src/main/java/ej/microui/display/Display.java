/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.display;

/**
 * Signature stub of {@code ej.microui.display.Display} (MicroUI 3.x), compile-only, never shipped. Members from
 * MicroEJ/docs@60343897 {@code ApplicationDeveloperGuide/UI/MicroVG/vectorimage.rst} ({@code Display.getDisplay()},
 * {@code getGraphicsContext()}, {@code requestFlush()}) and {@code getWidth()}/{@code getHeight()} (MicroUI pages).
 */
public class Display {

	/** Only {@link #getDisplay()} returns a display. */
	protected Display() {
	}

	/** @return the main display */
	public static Display getDisplay() {
		throw new UnsupportedOperationException("stub");
	}

	/** @return the graphics context of the display back buffer */
	public GraphicsContext getGraphicsContext() {
		throw new UnsupportedOperationException("stub");
	}

	/** Asks for the back buffer to be shown. */
	public void requestFlush() {
		throw new UnsupportedOperationException("stub");
	}

	/** @return width in pixels */
	public int getWidth() {
		throw new UnsupportedOperationException("stub");
	}

	/** @return height in pixels */
	public int getHeight() {
		throw new UnsupportedOperationException("stub");
	}
}
