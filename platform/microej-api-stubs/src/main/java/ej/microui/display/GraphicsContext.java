/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.display;

/**
 * Signature stub of {@code ej.microui.display.GraphicsContext} (MicroUI 3.x), compile-only, never shipped.
 * Evidence: MicroEJ/docs@60343897:ApplicationDeveloperGuide/UI/MicroVG/avdLoader.rst:121
 */
public class GraphicsContext {

	/** Only the display creates graphics contexts. */
	protected GraphicsContext() {
	}

	/**
	 * @param color 0xRRGGBB
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.helloworld/src/main/java/com/microej/example/foundation/microui/helloworld/HelloWorldDisplayable.java:35
	 */
	public void setColor(int color) {
		throw new UnsupportedOperationException("stub");
	}
}
