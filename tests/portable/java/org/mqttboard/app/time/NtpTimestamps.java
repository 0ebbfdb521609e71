/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.time;

/**
 * The server side of {@link SntpPacket#toUnixMillis}, for test responders: writes Unix time as an NTP timestamp.
 */
public final class NtpTimestamps {

	private NtpTimestamps() {
	}

	/**
	 * @param buf the message
	 * @param off offset of the 64-bit timestamp
	 * @param unixMillis UTC milliseconds since 1970-01-01
	 */
	public static void putUnixMillis(byte[] buf, int off, long unixMillis) {
		long seconds = (unixMillis / 1000 + SntpPacket.NTP_TO_UNIX_SECONDS) & 0xFFFFFFFFL;
		// Rounded up so that toUnixMillis gives the same millisecond back.
		long fraction = (((unixMillis % 1000) << 32) + 999) / 1000;
		SntpPacket.putLong(buf, off, (seconds << 32) | fraction);
	}
}
