/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.bon;

/**
 * Signature stub of {@code ej.bon.Util} (BON 1.4), compile-only, never shipped: the VEE Port provides the class.
 * Members from MicroEJ/docs@60343897 {@code ApplicationDeveloperGuide/bon.rst} ("Util.platformTimeMillis()",
 * "Util.setCurrentTimeMillis(long)").
 */
public final class Util {

	private Util() {
	}

	/** @return monotonic platform time in milliseconds (never affected by setCurrentTimeMillis) */
	public static long platformTimeMillis() {
		throw new UnsupportedOperationException("stub");
	}

	/** @param time new wall-clock time, UTC milliseconds since 1970-01-01 */
	public static void setCurrentTimeMillis(long time) {
		throw new UnsupportedOperationException("stub");
	}
}
