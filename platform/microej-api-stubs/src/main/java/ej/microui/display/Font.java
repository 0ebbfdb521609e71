/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui.display;

/**
 * Signature stub of {@code ej.microui.display.Font} (MicroUI 3.x), compile-only, never shipped.
 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.helloworld/src/main/java/com/microej/example/foundation/microui/helloworld/HelloWorldDisplayable.java:39-41
 */
public class Font {

	/** Only the VEE Port creates fonts. */
	protected Font() {
	}

	/**
	 * @return the default font of the VEE Port
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.helloworld/src/main/java/com/microej/example/foundation/microui/helloworld/HelloWorldDisplayable.java:40
	 */
	public static Font getDefaultFont() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @return line height in pixels
	 * Evidence: MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.helloworld/src/main/java/com/microej/example/foundation/microui/helloworld/HelloWorldDisplayable.java:40
	 */
	public int getHeight() {
		throw new UnsupportedOperationException("stub");
	}
}
