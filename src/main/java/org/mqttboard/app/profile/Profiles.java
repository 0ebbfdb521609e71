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
import org.mqttboard.app.config.Keys;
import org.mqttboard.platform.ConfigSource;

/**
 * The built-in broker profiles, each cloud with its capabilities (highest QoS, will, retain, publishing, rate
 * cap, own keys), and the usual entry point: {@code Profiles.load(board.config())}.
 */
public final class Profiles {

	private static final BrokerProfile[] ALL = { new BrokerProfile("generic", 2, BrokerProfile.LENIENT_PORTS, 0),
			new CloudProfile(CloudProfile.HIVEMQ, "hivemq-cloud", 2, 0, 0),
			new CloudProfile(CloudProfile.AMEBA, "ameba-cloud", 2, 0, 0),
			new CloudProfile(CloudProfile.SENSORO, "sensoro", 1, 0, 0, Keys.SENSORO_ALLOW_PUBLISH),
			new CloudProfile(CloudProfile.THINGER, "thinger", 2, 0, 0),
			new IotdaProfile(false, "iotda-device", 1, BrokerProfile.NO_WILL
					| BrokerProfile.NO_RETAIN, 50, Keys.IOTDA_SIGN_TYPE),
			new IotdaProfile(true, "iotda-app", 0, BrokerProfile.NO_WILL | BrokerProfile.NO_RETAIN
					| BrokerProfile.NO_PUBLISH, 0, Keys.IOTDA_ACCESS_KEY, Keys.IOTDA_INSTANCE_ID),
			new CloudProfile(CloudProfile.AWS_IOT, "aws-iot", 1, 0, 100, Keys.AWS_ALLOW_RESERVED) };

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
