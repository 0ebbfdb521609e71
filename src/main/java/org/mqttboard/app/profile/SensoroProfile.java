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
 * {@code sensoro}: the SENSORO IoT cloud push feed, {@code iot.sensoro.com:1883} (no TLS; its "safe mode" only
 * encrypts payloads). User name = AppID, password = AppSecret, client id matching
 * {@code ^<AppID>(/[-_0-9a-zA-Z]{0,36})?$}. Consumer only: subscribes to {@code users/<AppID>/devices} at QoS 1
 * and shows a JSON field; publishing is undocumented and refused unless {@code broker.sensoro.allow.publish=true}.
 * QoS 2 is not supported. Reconnect base 10 s as in SENSORO's sample.
 */
final class SensoroProfile extends BrokerProfile {

	static final String NAME = "sensoro";
	/** Longest client id suffix after {@code AppID/}. */
	static final int MAX_SUFFIX = 36;

	SensoroProfile() {
		super(NAME, 1, 0, 0, Keys.SENSORO_ALLOW_PUBLISH);
	}

	@Override
	public void applyDefaults(RawConfig raw) {
		raw.putDefault(Keys.BROKER_HOST, "iot.sensoro.com");
		raw.putDefault(Keys.BROKER_PORT, "1883");
		raw.putDefault(Keys.BROKER_TLS, "false");
		raw.putDefault(Keys.BROKER_BACKOFF_BASE_MS, "10000");
		raw.putDefault(Keys.BROKER_CLEAN_SESSION, "true");
		String appId = raw.get(Keys.BROKER_USERNAME);
		if (appId != null && appId.length() > 0 && !RawConfig.isPlaceholder(appId)) {
			raw.putDefault(Keys.BROKER_CLIENT_ID, appId);
			raw.putDefault(Keys.sub(1, "topic"), "users/" + appId + "/devices");
			raw.putDefault(Keys.sub(1, "display"), "json:data.temperature");
			raw.putDefault(Keys.sub(1, "qos"), "1");
		}
	}

	@Override
	public void check(FirmwareConfig c, RawConfig f) {
		ProfileRules.forbidTls(f, c, NAME);
		ProfileRules.require(f, Keys.BROKER_PASSWORD, NAME, "the AppSecret");
		if (ProfileRules.require(f, Keys.BROKER_USERNAME, NAME, "the AppID")) {
			String appId = f.text(Keys.BROKER_USERNAME, false);
			if (!clientIdMatches(appId, f.text(Keys.BROKER_CLIENT_ID, false))) {
				f.error(Keys.BROKER_CLIENT_ID, "SENSORO needs the AppID, optionally followed by / and up to 36 of"
						+ " [-_0-9a-zA-Z], e.g. " + appId + "/board1 (got '" + f.text(Keys.BROKER_CLIENT_ID, false) + "')");
			}
		}
		if (!f.bool(Keys.SENSORO_ALLOW_PUBLISH, false)) {
			ProfileRules.forbidPublish(f, c, "SENSORO is a consumer-only feed and publishing is undocumented; remove"
					+ " it or write broker.sensoro.allow.publish=true");
		}
	}

	/**
	 * The SENSORO client id rule: the AppID, optionally followed by {@code /} and up to {@value #MAX_SUFFIX} of
	 * {@code [-_0-9a-zA-Z]} (docs.sensoro.com/en/cloud/mqtt.html).
	 *
	 * @param appId the AppID (the user name)
	 * @param clientId the candidate client id
	 * @return true when {@code clientId} follows the rule for {@code appId}
	 */
	static boolean clientIdMatches(String appId, String clientId) {
		if (appId.length() == 0 || !clientId.startsWith(appId)) {
			return false;
		}
		int rest = clientId.length() - appId.length();
		if (rest == 0) {
			return true;
		}
		return clientId.charAt(appId.length()) == '/' && rest - 1 <= MAX_SUFFIX
				&& (rest == 1 || ProfileRules.onlyIdChars(clientId.substring(appId.length() + 1), '-'));
	}
}
