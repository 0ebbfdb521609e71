/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.mqttboard.app.config.Credentials;
import org.mqttboard.mqtt.codec.Utf8;

/**
 * Huawei Cloud IoTDA identities, rebuilt for every connect from the wall clock. Immutable. Sources: device side
 * https://support.huaweicloud.com/devg-iothub/iot_02_0203.html, application side
 * https://support.huaweicloud.com/intl/en-us/usermanual-iothub/iot_01_00113.html.
 * <ul>
 * <li>Device side: client id {@code <deviceId>_0_<signType>_<YYYYMMDDHH>} (UTC hour), user name = device id,
 * password = lowercase hex HMAC-SHA256 with key = that hour string and message = the device secret.</li>
 * <li>Application side: user name {@code accessKey=<AK>|timestamp=<13-digit ms>[|instanceId=<id>]}, password =
 * the access code, client id as configured.</li>
 * </ul>
 */
public final class IotdaCredentials extends Credentials {

	private static final String HMAC = "HmacSHA256";
	private static final long MILLIS_PER_DAY = 86400000L;
	private static final long MILLIS_PER_HOUR = 3600000L;
	private static final int TIMESTAMP_DIGITS = 13;

	private final boolean device;
	/** Device id, or access key. */
	private final String key;
	/** Sign type 0 or 1, or instance id (empty for none). */
	private final String qualifier;

	private IotdaCredentials(boolean device, String clientId, String key, String secret, String qualifier) {
		super(clientId, device ? key : null, secret);
		this.device = device;
		this.key = key;
		this.qualifier = qualifier;
	}

	/**
	 * @param deviceId the IoTDA device id
	 * @param secret the device secret (never logged)
	 * @param signType 0 (the broker does not check the hour) or 1 (it does)
	 * @return the device-side identity
	 */
	public static IotdaCredentials device(String deviceId, String secret, int signType) {
		return new IotdaCredentials(true, "", deviceId, secret, Integer.toString(signType));
	}

	/**
	 * @param accessKey the access key (AK)
	 * @param instanceId the instance id, empty for none
	 * @param accessCode the access code (never logged)
	 * @return the application-side identity
	 */
	public static IotdaCredentials app(String accessKey, String instanceId, String accessCode, String clientId) {
		return new IotdaCredentials(false, clientId, accessKey, accessCode, instanceId);
	}

	@Override
	public Credentials refresh(long wallMillis) {
		if (!this.device) {
			return new Credentials(clientId(), username(this.key, this.qualifier, wallMillis), password());
		}
		String hour = hourStamp(wallMillis);
		return new Credentials(this.key + "_0_" + this.qualifier + "_" + hour, this.key, hmacHex(hour, password()));
	}

	@Override
	public boolean needsWallClock() {
		// Sign type 0 still sends an hour, but the broker does not check it.
		return !this.device || "1".equals(this.qualifier);
	}

	@Override
	public String toString() {
		String s = mask(password());
		return this.device ? "iotda-device{deviceId=" + this.key + ", sign=" + this.qualifier + ", secret=" + s + "}"
				: "iotda-app{accessKey=" + this.key + ", instanceId=" + this.qualifier + ", clientId=" + clientId()
						+ ", accessCode=" + s + "}";
	}

	/**
	 * @param instanceId the instance id, empty for none
	 * @param wallMillis UTC ms since 1970; written as exactly 13 digits (zero-padded before 2001-09-09)
	 * @return the application-side user name
	 */
	static String username(String accessKey, String instanceId, long wallMillis) {
		StringBuilder b = new StringBuilder("accessKey=").append(accessKey).append("|timestamp=");
		pad(b, Math.max(0L, wallMillis), TIMESTAMP_DIGITS);
		if (instanceId.length() > 0) {
			b.append("|instanceId=").append(instanceId);
		}
		return b.toString();
	}

	/**
	 * @param key the key, as UTF-8 text
	 * @param message the message, as UTF-8 text
	 * @return 64 lowercase hex digits of HMAC-SHA256 (RFC 2104, FIPS 180-4)
	 * @throws IllegalStateException when the platform has no HMAC-SHA256 (checked at boot by
	 *         {@link #hmacAvailable()})
	 */
	public static String hmacHex(String key, String message) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(Utf8.encode(key), HMAC));
			byte[] m = Utf8.encode(message);
			mac.update(m, 0, m.length);
			byte[] d = mac.doFinal();
			char[] out = new char[d.length * 2];
			for (int i = 0; i < d.length; i++) {
				out[2 * i] = Utf8.hexChar((d[i] >> 4) & 0xF);
				out[2 * i + 1] = Utf8.hexChar(d[i] & 0xF);
			}
			return new String(out);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 unavailable");
		}
	}

	/** @return true when the platform provides HMAC-SHA256 (the MicroEJ SECURITY library) */
	static boolean hmacAvailable() {
		try {
			Mac.getInstance(HMAC);
			return true;
		} catch (GeneralSecurityException e) {
			return false;
		}
	}

	/**
	 * Calendar arithmetic of its own: {@code java.util.Calendar} and its time zones are not guaranteed on the device.
	 *
	 * @param wallMillis UTC milliseconds since 1970-01-01 (may be negative)
	 * @return the UTC hour as {@code YYYYMMDDHH}, e.g. {@code 2018072417}
	 */
	static String hourStamp(long wallMillis) {
		long days = floorDiv(wallMillis, MILLIS_PER_DAY);
		long hour = floorDiv(wallMillis - days * MILLIS_PER_DAY, MILLIS_PER_HOUR);
		long[] ymd = civilFromDays(days);
		StringBuilder b = new StringBuilder(10);
		pad(b, ymd[0], 4);
		pad(b, ymd[1], 2);
		pad(b, ymd[2], 2);
		pad(b, hour, 2);
		return b.toString();
	}

	/**
	 * Howard Hinnant's {@code civil_from_days} (https://howardhinnant.github.io/date_algorithms.html).
	 *
	 * @param days days since 1970-01-01
	 * @return {year, month 1..12, day 1..31}
	 */
	static long[] civilFromDays(long days) {
		long z = days + 719468; // days from 0000-03-01 to 1970-01-01
		long era = floorDiv(z, 146097);
		long doe = z - era * 146097; // day of era, 0..146096
		long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; // year of era, 0..399
		long doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // day of year from 1 March, 0..365
		long mp = (5 * doy + 2) / 153; // month from March, 0..11
		long day = doy - (153 * mp + 2) / 5 + 1;
		long month = mp < 10 ? mp + 3 : mp - 9;
		long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
		return new long[] { year, month, day };
	}

	private static long floorDiv(long a, long b) {
		long q = a / b;
		return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
	}

	private static void pad(StringBuilder b, long v, int width) {
		String s = Long.toString(v);
		for (int i = s.length(); i < width; i++) {
			b.append('0');
		}
		b.append(s);
	}
}
