/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.time;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.mqttboard.platform.Clock;
import org.mqttboard.testkit.app.RecordingLog;

public class SntpClientTest {

	private static final Clock CLOCK = new Clock() {
		@Override
		public long monotonicMillis() {
			return 5;
		}

		@Override
		public long wallMillis() {
			return 0;
		}

		@Override
		public void setWallMillis(long utcMillis) {
			fail("must not be set");
		}
	};

	@Test
	public void constructor_rejectsMalformedServerEntries() {
		String[] bad = { "host:", "host:x", "host:0", "host:70000", "[::1", "[::1]x", "", " :123" };
		for (String entry : bad) {
			try {
				new SntpClient(new String[] { entry }, 1000, CLOCK, new RecordingLog());
				fail("accepted '" + entry + "'");
			} catch (IllegalArgumentException e) {
				assertTrue(e.getMessage(), e.getMessage().startsWith("time server"));
			}
		}
	}

	@Test
	public void constructor_acceptsHostHostPortAndBracketedIpv6() {
		new SntpClient(new String[] { "pool.ntp.org", "127.0.0.1:12345", "[::1]:123", "[::1]", "::1" }, 1000, CLOCK,
				new RecordingLog());
	}

	@Test(expected = IllegalArgumentException.class)
	public void constructor_rejectsAnEmptyServerList() {
		new SntpClient(new String[0], 1000, CLOCK, new RecordingLog());
	}

	@Test
	public void sync_reportsUnknownHost_forAnUnresolvableName() {
		RecordingLog log = new RecordingLog();
		SntpClient c = new SntpClient(new String[] { "no-such-host.invalid" }, 200, CLOCK, log);
		assertEquals(TimeSync.UNKNOWN_HOST, c.sync());
		assertTrue(log.contains("server name not resolved"));
	}
}
