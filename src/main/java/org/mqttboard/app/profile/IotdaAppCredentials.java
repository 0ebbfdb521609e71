/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import org.mqttboard.app.config.CredentialSource;
import org.mqttboard.app.config.Credentials;

/**
 * Huawei IoTDA application-side identity, rebuilt for every connect: user name
 * {@code accessKey=<AK>|timestamp=<13-digit ms>|instanceId=<id>} (the {@code |instanceId=} segment is left out
 * when no instance id is configured, since the field is optional), password = access code. The broker rejects a
 * timestamp more than 5 minutes off, hence the rebuild. Immutable.
 */
public final class IotdaAppCredentials implements CredentialSource {

	private static final int TIMESTAMP_DIGITS = 13;

	private final String accessKey;
	private final String instanceId;
	private final String accessCode;
	private final String clientId;

	/**
	 * @param accessKey the access key (AK)
	 * @param instanceId the instance id, empty for none
	 * @param accessCode the access code (secret, never logged)
	 * @param clientId the client id
	 */
	public IotdaAppCredentials(String accessKey, String instanceId, String accessCode, String clientId) {
		this.accessKey = accessKey;
		this.instanceId = instanceId;
		this.accessCode = accessCode;
		this.clientId = clientId;
	}

	@Override
	public Credentials refresh(long wallMillis) {
		return new Credentials(this.clientId, username(this.accessKey, this.instanceId, wallMillis), this.accessCode);
	}

	/**
	 * @param accessKey the access key
	 * @param instanceId the instance id, empty for none
	 * @param wallMillis UTC ms since 1970; written as exactly 13 digits (zero-padded before 2001-09-09)
	 * @return the user name
	 */
	static String username(String accessKey, String instanceId, long wallMillis) {
		StringBuilder b = new StringBuilder("accessKey=").append(accessKey).append("|timestamp=");
		String ts = Long.toString(Math.max(0L, wallMillis));
		for (int i = ts.length(); i < TIMESTAMP_DIGITS; i++) {
			b.append('0');
		}
		b.append(ts);
		if (instanceId.length() > 0) {
			b.append("|instanceId=").append(instanceId);
		}
		return b.toString();
	}

	@Override
	public boolean needsWallClock() {
		return true;
	}

	@Override
	public String toString() {
		return "iotda-app{accessKey=" + this.accessKey + ", instanceId=" + this.instanceId + ", clientId="
				+ this.clientId + ", accessCode=" + Credentials.mask(this.accessCode) + "}";
	}
}
