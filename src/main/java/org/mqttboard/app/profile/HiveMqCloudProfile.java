/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import org.mqttboard.app.config.BrokerProfile;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.Keys;
import org.mqttboard.app.config.RawConfig;

/**
 * {@code hivemq-cloud}: HiveMQ Cloud Serverless/Starter. MQTT over TLS on 8883 only (no plain listener; 8884 is
 * WebSocket), SNI required (the transport always sends the host name), root ISRG Root X1, user name and password
 * from Access Management. Defaults follow the HiveMQ tutorial: button A publishes {@code hello} to
 * {@code testtopic/1}, {@code testtopic/2} is shown on the display.
 */
final class HiveMqCloudProfile extends BrokerProfile {

	static final String NAME = "hivemq-cloud";

	HiveMqCloudProfile() {
		super(NAME, 2, 0, 0);
	}

	@Override
	public void applyDefaults(RawConfig raw) {
		raw.putDefault(Keys.BROKER_PORT, "8883");
		raw.putDefault(Keys.BROKER_TLS, "true");
		raw.putDefault(Keys.BROKER_CA_RESOURCES, ProfileRules.ISRG_ROOT_X1);
		raw.putDefault(Keys.button(0, 0, "topic"), "testtopic/1");
		raw.putDefault(Keys.button(0, 0, "payload"), "hello");
		raw.putDefault(Keys.sub(1, "topic"), "testtopic/2");
		raw.putDefault(Keys.sub(1, "display"), "text");
	}

	@Override
	public void check(FirmwareConfig c, RawConfig f) {
		ProfileRules.requireTls(f, c, NAME);
		if (c.endpoint.port() != 8883) {
			f.error(Keys.BROKER_PORT, "HiveMQ Cloud serves MQTT over TLS on 8883 only (8884 is WebSocket, not"
					+ " supported here; there is no 1883)");
		}
		String host = c.endpoint.host();
		if (host.length() > 0 && !host.endsWith(".hivemq.cloud")) {
			f.warn(Keys.BROKER_HOST, "HiveMQ Cloud cluster hosts end in .hivemq.cloud; copy the URL from the console");
		}
		ProfileRules.require(f, Keys.BROKER_USERNAME, NAME, "an Access Management credential user name");
		ProfileRules.require(f, Keys.BROKER_PASSWORD, NAME, "the credential's password");
	}
}
