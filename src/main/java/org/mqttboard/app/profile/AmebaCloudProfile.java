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
 * {@code ameba-cloud}: Realtek's {@code cloud.amebaiot.com:1883} (plain TCP, no TLS documented). The client id is
 * the device name registered on amebaiot.com, the user name and password are the website account's. Defaults
 * follow the Ameba example: {@code hello world} to {@code outTopic} once connected and on button A,
 * {@code inTopic} shown on the display. Because the password travels in clear text, the file must say
 * {@code broker.allow.insecure=true} itself.
 */
final class AmebaCloudProfile extends BrokerProfile {

	static final String NAME = "ameba-cloud";

	AmebaCloudProfile() {
		super(NAME, 2, 0, 0);
	}

	@Override
	public void applyDefaults(RawConfig raw) {
		raw.putDefault(Keys.BROKER_HOST, "cloud.amebaiot.com");
		raw.putDefault(Keys.BROKER_PORT, "1883");
		raw.putDefault(Keys.BROKER_TLS, "false");
		raw.putDefault(Keys.BROKER_ANNOUNCE_TOPIC, "outTopic");
		raw.putDefault(Keys.BROKER_ANNOUNCE_PAYLOAD, "hello world");
		raw.putDefault(Keys.button(0, 0, "topic"), "outTopic");
		raw.putDefault(Keys.button(0, 0, "payload"), "hello world");
		raw.putDefault(Keys.sub(1, "topic"), "inTopic");
		raw.putDefault(Keys.sub(1, "display"), "text");
	}

	@Override
	public void check(FirmwareConfig c, RawConfig f) {
		if (c.endpoint.tls()) {
			f.warn(Keys.BROKER_TLS, "Ameba cloud documents no TLS port; the connection will probably fail");
		}
		ProfileRules.require(f, Keys.BROKER_CLIENT_ID, NAME, "the device name registered on amebaiot.com");
		if (ProfileRules.require(f, Keys.BROKER_USERNAME, NAME, "your amebaiot.com user name")) {
			ProfileRules.warnEmail(f, f.text(Keys.BROKER_USERNAME, false), "Ameba cloud then connects but delivers nothing");
		}
		ProfileRules.require(f, Keys.BROKER_PASSWORD, NAME, "your amebaiot.com password");
	}
}
