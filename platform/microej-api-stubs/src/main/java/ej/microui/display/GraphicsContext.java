/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.display;

/**
 * Signature stub of {@code ej.microui.display.GraphicsContext} (MicroUI 3.x), compile-only, never shipped. Member
 * from MicroEJ/docs@60343897 MicroUI pages ({@code setColor(int)}, 0xRRGGBB).
 */
public class GraphicsContext {

	/** Only the display creates graphics contexts. */
	protected GraphicsContext() {
	}

	/** @param color 0xRRGGBB */
	public void setColor(int color) {
		throw new UnsupportedOperationException("stub");
	}
}
