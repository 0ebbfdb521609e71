/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.time;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SntpPacketTest {

	private static final long NONCE = 0x0123456789ABCDEFL;
	private static final long NOW = 1763683200123L; // 2025-11-21T00:00:00.123Z

	private static byte[] reply(int leap, int version, int mode, int stratum, long originate, long transmitMillis) {
		byte[] b = new byte[SntpPacket.SIZE];
		b[0] = (byte) ((leap << 6) | (version << 3) | mode);
		b[1] = (byte) stratum;
		SntpPacket.putLong(b, SntpPacket.ORIGINATE, originate);
		NtpTimestamps.putUnixMillis(b, SntpPacket.RECEIVE, transmitMillis - 1);
		NtpTimestamps.putUnixMillis(b, SntpPacket.TRANSMIT, transmitMillis);
		return b;
	}

	@Test
	public void writeRequest_isVersion4ClientModeWithTheNonceAsTransmitTimestamp() {
		byte[] b = new byte[SntpPacket.SIZE];
		b[5] = 99;
		SntpPacket.writeRequest(b, NONCE);
		assertEquals(0x23, b[0]);
		assertEquals(0, b[5]);
		assertEquals(NONCE, SntpPacket.getLong(b, SntpPacket.TRANSMIT));
	}

	@Test
	public void check_acceptsASaneServerReply() {
		assertEquals(TimeSync.OK, SntpPacket.check(reply(0, 4, 4, 2, NONCE, NOW), 48, NONCE));
		assertEquals(TimeSync.OK, SntpPacket.check(reply(1, 3, 4, 1, NONCE, NOW), 48, NONCE));
	}

	@Test
	public void check_rejectsEveryInsaneReply() {
		assertEquals(TimeSync.BAD_REPLY, SntpPacket.check(reply(0, 4, 4, 2, NONCE, NOW), 47, NONCE));
		assertEquals("client mode", TimeSync.BAD_REPLY, SntpPacket.check(reply(0, 4, 3, 2, NONCE, NOW), 48, NONCE));
		assertEquals("broadcast", TimeSync.BAD_REPLY, SntpPacket.check(reply(0, 4, 5, 2, NONCE, NOW), 48, NONCE));
		assertEquals("version 0", TimeSync.BAD_REPLY, SntpPacket.check(reply(0, 0, 4, 2, NONCE, NOW), 48, NONCE));
		assertEquals("version 5", TimeSync.BAD_REPLY, SntpPacket.check(reply(0, 5, 4, 2, NONCE, NOW), 48, NONCE));
		assertEquals("wrong origin", TimeSync.BAD_REPLY, SntpPacket.check(reply(0, 4, 4, 2, 7, NOW), 48, NONCE));
		assertEquals("unsynchronized", TimeSync.BAD_REPLY,
				SntpPacket.check(reply(3, 4, 4, 2, NONCE, NOW), 48, NONCE));
		assertEquals("stratum 16", TimeSync.BAD_REPLY, SntpPacket.check(reply(0, 4, 4, 16, NONCE, NOW), 48, NONCE));
		assertEquals("1999", TimeSync.BAD_REPLY,
				SntpPacket.check(reply(0, 4, 4, 2, NONCE, 915148800000L), 48, NONCE));
		byte[] zero = reply(0, 4, 4, 2, NONCE, NOW);
		SntpPacket.putLong(zero, SntpPacket.TRANSMIT, 0);
		assertEquals("zero transmit", TimeSync.BAD_REPLY, SntpPacket.check(zero, 48, NONCE));
	}

	@Test
	public void check_reportsKissOfDeath_forStratumZero() {
		assertEquals(TimeSync.KISS_OF_DEATH, SntpPacket.check(reply(3, 4, 4, 0, NONCE, NOW), 48, NONCE));
	}

	@Test
	public void timestamps_roundTripWithMillisecondPrecision() {
		byte[] b = new byte[SntpPacket.SIZE];
		long[] times = { NOW, 1704067200000L, 2085978496000L, 2085978495999L, 4000000000000L };
		for (long t : times) {
			NtpTimestamps.putUnixMillis(b, SntpPacket.TRANSMIT, t);
			assertEquals(t, SntpPacket.toUnixMillis(b, SntpPacket.TRANSMIT));
		}
	}

	@Test
	public void toUnixMillis_usesEraOne_afterFebruary2036() {
		byte[] b = new byte[SntpPacket.SIZE];
		// NTP seconds 1 in era 1 = 2036-02-07T06:28:17Z.
		SntpPacket.putLong(b, SntpPacket.TRANSMIT, 1L << 32);
		assertEquals((0x100000001L - SntpPacket.NTP_TO_UNIX_SECONDS) * 1000, SntpPacket.toUnixMillis(b,
				SntpPacket.TRANSMIT));
	}
}
