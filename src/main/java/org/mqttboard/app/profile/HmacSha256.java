/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.mqttboard.mqtt.codec.Utf8;

/**
 * HMAC-SHA256 as lowercase hex, through the platform's {@code javax.crypto.Mac} (MicroEJ SECURITY library;
 * the JDK on the host). Used for IoTDA device passwords, at connect time only.
 */
public final class HmacSha256 {

	private static final String ALGORITHM = "HmacSHA256";
	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private HmacSha256() {
	}

	/**
	 * @param key the key, as UTF-8 text
	 * @param message the message, as UTF-8 text
	 * @return 64 lowercase hex digits
	 * @throws IllegalStateException when the platform has no HMAC-SHA256 (checked once at boot by
	 *         {@link #available()})
	 */
	public static String hex(String key, String message) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(Utf8.encode(key), ALGORITHM));
			byte[] m = Utf8.encode(message);
			mac.update(m, 0, m.length);
			byte[] d = mac.doFinal();
			char[] out = new char[d.length * 2];
			for (int i = 0; i < d.length; i++) {
				out[2 * i] = HEX[(d[i] >> 4) & 0xF];
				out[2 * i + 1] = HEX[d[i] & 0xF];
			}
			return new String(out);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 unavailable");
		}
	}

	/** @return true when the platform provides HMAC-SHA256 */
	public static boolean available() {
		try {
			Mac.getInstance(ALGORITHM);
			return true;
		} catch (GeneralSecurityException e) {
			return false;
		}
	}
}
