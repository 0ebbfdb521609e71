/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.display;

/**
 * Signature stub of {@code ej.microui.display.Font} (MicroUI 3.x), compile-only, never shipped. Members from the
 * MicroUI API ({@code Font.getDefaultFont()}, {@code getHeight()}), as used with {@code Painter.drawString} in
 * MicroEJ/docs@60343897 {@code ApplicationDeveloperGuide/UI/MicroUI}.
 */
public class Font {

	/** Only the VEE Port creates fonts. */
	protected Font() {
	}

	/** @return the default font of the VEE Port */
	public static Font getDefaultFont() {
		throw new UnsupportedOperationException("stub");
	}

	/** @return line height in pixels */
	public int getHeight() {
		throw new UnsupportedOperationException("stub");
	}
}
