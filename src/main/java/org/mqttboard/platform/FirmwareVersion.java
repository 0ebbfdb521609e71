/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.platform;

/**
 * The firmware's version: the one place the code takes it from (boot banner, simulator panels, the
 * {@code ${version}} payload placeholder). The build files carry the same number ({@code module.ivy} revision,
 * {@code build.gradle.kts} version, {@code pom.xml} version without {@code -SNAPSHOT}); a test keeps them equal.
 */
public final class FirmwareVersion {

	/** The version, {@code major.minor.patch}. */
	public static final String VERSION = "0.1.0";

	private FirmwareVersion() {
	}
}
