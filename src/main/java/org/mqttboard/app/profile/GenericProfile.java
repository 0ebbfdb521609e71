/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import org.mqttboard.app.config.BrokerProfile;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.RawConfig;

/**
 * {@code generic}: any standard MQTT 3.1/3.1.1 broker. Nothing is assumed: host and, with TLS, the CA resource
 * must be written; only the common rules apply, and a TLS/port mismatch is a warning (a private broker may use
 * any port).
 */
final class GenericProfile extends BrokerProfile {

	GenericProfile() {
		super("generic");
	}

	@Override
	public void applyDefaults(RawConfig raw) {
		// Nothing assumed.
	}

	@Override
	public void check(FirmwareConfig config, RawConfig raw) {
		// Only the common rules.
	}

	@Override
	public boolean strictPorts() {
		return false;
	}
}
