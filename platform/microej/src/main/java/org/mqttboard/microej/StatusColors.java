/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

/**
 * Maps the firmware's short status ({@code WIFI...}, {@code TIME...}, {@code MQTT...}, {@code ONLINE},
 * {@code ERR ...}) to status LED colours: green = online, red = an error, blue = bring-up in progress. A board
 * without a red LED shows errors as "no green"; a board with a single LED lights it only when online.
 * <p>
 * Pure static function; callable from any thread.
 */
public final class StatusColors {

	/** Colour bit: red. */
	public static final int RED = 1;
	/** Colour bit: green. */
	public static final int GREEN = 2;
	/** Colour bit: blue. */
	public static final int BLUE = 4;

	private StatusColors() {
	}

	/**
	 * @param status the status text shown by the firmware, may be null
	 * @return a mask of colour bits ({@code 0} = all off)
	 */
	public static int of(String status) {
		if (status == null || status.length() == 0) {
			return 0;
		}
		if (status.equals("ONLINE")) {
			return GREEN;
		}
		if (status.startsWith("ERR")) {
			return RED;
		}
		return BLUE;
	}
}
