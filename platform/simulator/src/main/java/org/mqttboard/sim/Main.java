/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

/**
 * Entry point of {@code ./simulate}. Placeholder until the simulator issue lands: it says so and exits non-zero,
 * so nobody mistakes it for a working board.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.err.println("mqttboard simulator: not implemented yet (see the simulator issue). Nothing was started.");
		System.exit(2);
	}
}
