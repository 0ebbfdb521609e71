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
 * {@code thinger}: Thinger.io MQTT devices. {@code backend.thinger.io:8883} over TLS by default (1883 plain also
 * exists); user name = account user name (not the e-mail), client id = device identifier, password = device
 * credential. Roots: USERTrust RSA (community servers) and ISRG Root X1 (private instances). Data buckets only
 * ingest JSON, so every publish payload template must be a JSON object.
 */
final class ThingerProfile extends BrokerProfile {

	static final String NAME = "thinger";

	ThingerProfile() {
		super(NAME, 2, 0, 0);
	}

	@Override
	public void applyDefaults(RawConfig raw) {
		raw.putDefault(Keys.BROKER_HOST, "backend.thinger.io");
		raw.putDefault(Keys.BROKER_PORT, "8883");
		raw.putDefault(Keys.BROKER_TLS, "true");
		raw.putDefault(Keys.BROKER_CA_RESOURCES, ProfileRules.USERTRUST_RSA + "," + ProfileRules.ISRG_ROOT_X1);
	}

	@Override
	public void check(FirmwareConfig c, RawConfig f) {
		if (ProfileRules.require(f, Keys.BROKER_USERNAME, NAME, "your Thinger.io user name")) {
			ProfileRules.warnEmail(f, f.text(Keys.BROKER_USERNAME, false), "Thinger.io refuses e-mail logins for MQTT");
		}
		ProfileRules.require(f, Keys.BROKER_CLIENT_ID, NAME, "the device identifier of an MQTT-type device");
		ProfileRules.require(f, Keys.BROKER_PASSWORD, NAME, "the device credentials");
		ProfileRules.requireJsonPayloads(f, c, "Thinger.io data buckets only store JSON");
	}
}
