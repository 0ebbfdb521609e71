/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.bon;

/**
 * Signature stub of {@code ej.bon.Util} (BON 1.4), compile-only, never shipped: the VEE Port provides the class.
 * Every member cites a public caller (the API gate accepts only cited members, see tests/gate).
 * Evidence: MicroEJ/docs@60343897:ApplicationDeveloperGuide/bon.rst
 */
public final class Util {

	private Util() {
	}

	/**
	 * @return monotonic platform time in milliseconds (never affected by setCurrentTimeMillis)
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-validation/tests/core/java-testsuite-runner-core/src/test/java/com/microej/core/tests/MicroejCoreValidation.java:274
	 */
	public static long platformTimeMillis() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param time new wall-clock time, UTC milliseconds since 1970-01-01
	 * Evidence: MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4:ESP32-WROVER-Xtensa-FreeRTOS-validation/tests/core/java-testsuite-runner-core/src/test/java/com/microej/core/tests/MicroejCoreValidation.java:322
	 */
	public static void setCurrentTimeMillis(long time) {
		throw new UnsupportedOperationException("stub");
	}
}
