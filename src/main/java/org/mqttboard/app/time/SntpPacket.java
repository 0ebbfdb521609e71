/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.time;

/**
 * The 48-byte SNTP message (RFC 4330 section 4): building a client request and checking a server reply. Pure
 * functions over caller buffers.
 * <p>
 * Threading: stateless. Allocation: none.
 */
public final class SntpPacket {

	/** Size of an SNTP message without authenticator, in bytes. */
	public static final int SIZE = 48;
	/** Offset of the reference timestamp. */
	static final int REFERENCE = 16;
	/** Offset of the originate timestamp (the client's transmit timestamp, copied by the server). */
	public static final int ORIGINATE = 24;
	/** Offset of the receive timestamp (server time the request arrived). */
	public static final int RECEIVE = 32;
	/** Offset of the transmit timestamp (server time the reply left). */
	public static final int TRANSMIT = 40;

	/** Seconds from 1900-01-01 (NTP era 0) to 1970-01-01. */
	static final long NTP_TO_UNIX_SECONDS = 2208988800L;
	/** A reply older than this (2024-01-01 UTC, in ms) cannot be true: the server is broken. */
	static final long EARLIEST_PLAUSIBLE_MILLIS = 1704067200000L;

	private SntpPacket() {
	}

	/**
	 * Writes a client request: LI 0, version 4, mode 3 (client); all else zero except the transmit timestamp,
	 * which carries a random nonce the server must echo as originate timestamp.
	 *
	 * @param buf at least {@link #SIZE} bytes
	 * @param nonce 64 random bits
	 */
	public static void writeRequest(byte[] buf, long nonce) {
		for (int i = 0; i < SIZE; i++) {
			buf[i] = 0;
		}
		buf[0] = (byte) ((0 << 6) | (4 << 3) | 3);
		putLong(buf, TRANSMIT, nonce);
	}

	/**
	 * Checks a reply against RFC 4330 section 5 (client operations): length, mode 4 (server), version 1..4, leap
	 * indicator not 3 (unsynchronized), stratum 1..15 (0 is kiss of death), originate equal to our nonce,
	 * non-zero transmit timestamp, plausible date.
	 *
	 * @param buf the datagram
	 * @param len its length
	 * @param nonce the request's transmit timestamp
	 * @return {@link TimeSync#OK}, {@link TimeSync#KISS_OF_DEATH} or {@link TimeSync#BAD_REPLY}
	 */
	public static int check(byte[] buf, int len, long nonce) {
		if (len < SIZE) {
			return TimeSync.BAD_REPLY;
		}
		int leap = (buf[0] >> 6) & 3;
		int version = (buf[0] >> 3) & 7;
		int mode = buf[0] & 7;
		int stratum = buf[1] & 0xFF;
		if (mode != 4 || version < 1 || version > 4 || getLong(buf, ORIGINATE) != nonce) {
			return TimeSync.BAD_REPLY;
		}
		if (stratum == 0) {
			return TimeSync.KISS_OF_DEATH;
		}
		if (leap == 3 || stratum > 15 || getLong(buf, TRANSMIT) == 0
				|| toUnixMillis(buf, TRANSMIT) < EARLIEST_PLAUSIBLE_MILLIS) {
			return TimeSync.BAD_REPLY;
		}
		return TimeSync.OK;
	}

	/**
	 * Converts an NTP timestamp to Unix time. Era rule of RFC 4330 section 3: a seconds value with the top bit
	 * clear is taken as era 1 (from 2036-02-07), so this works until 2104.
	 *
	 * @param buf the message
	 * @param off offset of the 64-bit timestamp
	 * @return UTC milliseconds since 1970-01-01
	 */
	public static long toUnixMillis(byte[] buf, int off) {
		long seconds = getLong(buf, off) >>> 32;
		long fraction = getLong(buf, off) & 0xFFFFFFFFL;
		if ((seconds & 0x80000000L) == 0) {
			seconds += 0x100000000L;
		}
		return (seconds - NTP_TO_UNIX_SECONDS) * 1000 + ((fraction * 1000) >>> 32);
	}

	/**
	 * @param off offset
	 * @return the big-endian 64-bit value at off
	 */
	public static long getLong(byte[] buf, int off) {
		long v = 0;
		for (int i = 0; i < 8; i++) {
			v = (v << 8) | (buf[off + i] & 0xFF);
		}
		return v;
	}

	/**
	 * @param off offset
	 * @param v value written big-endian
	 */
	public static void putLong(byte[] buf, int off, long v) {
		for (int i = 7; i >= 0; i--) {
			buf[off + i] = (byte) v;
			v >>>= 8;
		}
	}
}
