/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

/**
 * Firmware entry point named by {@code application.main.class} in module.ivy. Placeholder until the device layer
 * lands: it says that the board wiring is not done and returns, so nobody mistakes it for a working firmware.
 * Runs on the MicroEJ main thread.
 */
public final class Main {

	private Main() {
	}

	/**
	 * Prints that the wiring is not done.
	 *
	 * @param args ignored (a MicroEJ application gets none)
	 */
	public static void main(String[] args) {
		System.out.println("mqttboard: device wiring not implemented yet (see the device-layer issue). Nothing was started.");
	}
}
