/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import org.mqttboard.app.config.BrokerProfile;
import org.mqttboard.app.config.ConfigException;
import org.mqttboard.app.config.ConfigLoader;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.platform.ConfigSource;

/**
 * The built-in broker profiles and the usual entry point: {@code Profiles.load(board.config())}.
 */
public final class Profiles {

	private static final BrokerProfile[] ALL = { new BrokerProfile("generic", 2, BrokerProfile.LENIENT_PORTS, 0),
			new HiveMqCloudProfile(), new AmebaCloudProfile(), new SensoroProfile(), new ThingerProfile(), new IotdaDeviceProfile(),
			new IotdaAppProfile() };

	private Profiles() {
	}

	/** @return a copy of all built-in profiles, {@code generic} first */
	public static BrokerProfile[] all() {
		return ALL.clone();
	}

	/**
	 * Loads and validates a configuration with the built-in profiles.
	 *
	 * @param source the configuration source
	 * @return the validated configuration
	 * @throws ConfigException listing every problem
	 */
	public static FirmwareConfig load(ConfigSource source) throws ConfigException {
		return new ConfigLoader(ALL).load(source);
	}
}
