/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.display;

/**
 * Signature stub of {@code ej.microui.display.Display} (MicroUI 3.x), compile-only, never shipped.
 * Evidence: MicroEJ/docs@60343897:ApplicationDeveloperGuide/UI/MicroVG/avdLoader.rst:120-125
 */
public class Display {

	/** Only {@link #getDisplay()} returns a display. */
	protected Display() {
	}

	/**
	 * @return the main display
	 * Evidence: MicroEJ/docs@60343897:ApplicationDeveloperGuide/UI/MicroVG/avdLoader.rst:120
	 */
	public static Display getDisplay() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @return the graphics context of the display back buffer
	 * Evidence: MicroEJ/docs@60343897:ApplicationDeveloperGuide/UI/MicroVG/avdLoader.rst:121
	 */
	public GraphicsContext getGraphicsContext() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * Asks for the back buffer to be shown.
	 * Evidence: MicroEJ/docs@60343897:ApplicationDeveloperGuide/UI/MicroVG/avdLoader.rst:125
	 */
	public void requestFlush() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @return width in pixels
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.gradient/src/main/java/com/microej/example/gradient/GradientDisplay.java:134
	 */
	public int getWidth() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @return height in pixels
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.gradient/src/main/java/com/microej/example/gradient/GradientDisplay.java:135
	 */
	public int getHeight() {
		throw new UnsupportedOperationException("stub");
	}
}
