/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.bon;

/**
 * HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped.
 */
public final class Util {

	private static final long ORIGIN = System.nanoTime();
	/** Record: the last wall time set. */
	public static long lastSetMillis = -1;

	private Util() {
	}

	public static long platformTimeMillis() {
		return (System.nanoTime() - ORIGIN) / 1_000_000L;
	}

	public static void setCurrentTimeMillis(long time) {
		lastSetMillis = time;
	}
}
