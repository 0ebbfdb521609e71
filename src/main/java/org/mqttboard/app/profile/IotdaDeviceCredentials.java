/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import org.mqttboard.app.config.CredentialSource;
import org.mqttboard.app.config.Credentials;

/**
 * Huawei IoTDA device-side identity, rebuilt for every connect: client id
 * {@code <deviceId>_0_<signType>_<YYYYMMDDHH>} (UTC hour), user name = device id, password = lowercase hex
 * HMAC-SHA256 with key = that hour string and message = the device secret. Immutable.
 */
public final class IotdaDeviceCredentials implements CredentialSource {

	private final String deviceId;
	private final String secret;
	private final int signType;

	/**
	 * @param deviceId the IoTDA device id
	 * @param secret the device secret (never logged)
	 * @param signType 0 (the broker does not check the hour) or 1 (it does)
	 */
	public IotdaDeviceCredentials(String deviceId, String secret, int signType) {
		this.deviceId = deviceId;
		this.secret = secret;
		this.signType = signType;
	}

	@Override
	public Credentials refresh(long wallMillis) {
		String hour = UtcTime.hourStamp(wallMillis);
		String clientId = this.deviceId + "_0_" + this.signType + "_" + hour;
		return new Credentials(clientId, this.deviceId, HmacSha256.hex(hour, this.secret));
	}

	@Override
	public boolean needsWallClock() {
		// Sign type 0 still sends an hour, but the broker does not check it.
		return this.signType == 1;
	}

	@Override
	public String toString() {
		return "iotda-device{deviceId=" + this.deviceId + ", sign=" + this.signType + ", secret="
				+ Credentials.mask(this.secret) + "}";
	}
}
