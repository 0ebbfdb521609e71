/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped. Runs callSerially work immediately on the caller's thread. */
public final class MicroUI {

	private MicroUI() {
	}

	public static void start() {
		// nothing to start in the fake
	}

	public static void callSerially(Runnable run) {
		run.run();
	}
}
