/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.time;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mqttboard.platform.Clock;
import org.mqttboard.testkit.app.RecordingLog;

/** The firmware's SNTP client against a tiny SNTP responder on a loopback ephemeral UDP port. */
public class SntpClientLoopbackTest {

	enum Mode { GOOD, SILENT, WRONG_ORIGIN, KISS, UNSYNCHRONIZED }

	private static final long SERVER_TIME = 1763683200000L; // 2025-11-21T00:00:00Z

	private DatagramSocket server;
	private Thread thread;
	private volatile Mode mode = Mode.GOOD;
	private final AtomicInteger requests = new AtomicInteger();
	private final AtomicLong wall = new AtomicLong(0);

	private final Clock clock = new Clock() {
		@Override
		public long monotonicMillis() {
			return System.nanoTime() / 1000000L;
		}

		@Override
		public long wallMillis() {
			return SntpClientLoopbackTest.this.wall.get();
		}

		@Override
		public void setWallMillis(long utcMillis) {
			SntpClientLoopbackTest.this.wall.set(utcMillis);
		}
	};

	@Before
	public void startResponder() throws Exception {
		this.server = new DatagramSocket(0, InetAddress.getLoopbackAddress());
		this.server.setSoTimeout(100);
		this.thread = new Thread(this::serve, "sntp-responder");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@After
	public void stopResponder() throws Exception {
		this.server.close();
		this.thread.join(5000);
	}

	private void serve() {
		byte[] buf = new byte[128];
		while (!this.server.isClosed()) {
			try {
				DatagramPacket p = new DatagramPacket(buf, buf.length);
				this.server.receive(p);
				this.requests.incrementAndGet();
				if (this.mode == Mode.SILENT) {
					continue;
				}
				byte[] r = new byte[SntpPacket.SIZE];
				int leap = this.mode == Mode.UNSYNCHRONIZED ? 3 : 0;
				r[0] = (byte) ((leap << 6) | (4 << 3) | 4);
				r[1] = (byte) (this.mode == Mode.KISS ? 0 : 2);
				long origin = SntpPacket.getLong(buf, SntpPacket.TRANSMIT);
				SntpPacket.putLong(r, SntpPacket.ORIGINATE, this.mode == Mode.WRONG_ORIGIN ? origin + 1 : origin);
				NtpTimestamps.putUnixMillis(r, SntpPacket.RECEIVE, SERVER_TIME);
				NtpTimestamps.putUnixMillis(r, SntpPacket.TRANSMIT, SERVER_TIME);
				this.server.send(new DatagramPacket(r, r.length, p.getAddress(), p.getPort()));
			} catch (SocketTimeoutException e) {
				// poll again until closed
			} catch (Exception e) {
				return;
			}
		}
	}

	private SntpClient client(String... servers) {
		return new SntpClient(servers, 300, this.clock, new RecordingLog());
	}

	private String local() {
		return "127.0.0.1:" + this.server.getLocalPort();
	}

	@Test
	public void sync_setsTheWallClockFromTheServer() {
		assertEquals(TimeSync.OK, client(local()).sync());
		long set = this.wall.get();
		assertTrue("set to " + set, set >= SERVER_TIME && set < SERVER_TIME + 1000);
		assertEquals(1, this.requests.get());
	}

	@Test
	public void sync_triesTheNextServer_whenTheFirstIsSilent() throws Exception {
		try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			assertEquals(TimeSync.OK, client("127.0.0.1:" + silent.getLocalPort(), local()).sync());
		}
		assertTrue(this.wall.get() >= SERVER_TIME);
	}

	@Test
	public void sync_timesOut_whenNoServerAnswers() {
		this.mode = Mode.SILENT;
		long start = System.nanoTime();
		assertEquals(TimeSync.TIMEOUT, client(local()).sync());
		assertTrue((System.nanoTime() - start) / 1000000L < 5000);
		assertEquals(0, this.wall.get());
	}

	@Test
	public void sync_ignoresReplyWithWrongOrigin() {
		this.mode = Mode.WRONG_ORIGIN;
		int rc = client(local()).sync();
		assertTrue("rc " + rc, rc == TimeSync.BAD_REPLY || rc == TimeSync.TIMEOUT);
		assertEquals(0, this.wall.get());
	}

	@Test
	public void sync_reportsKissOfDeathAndUnsynchronizedServers() {
		this.mode = Mode.KISS;
		assertEquals(TimeSync.KISS_OF_DEATH, client(local()).sync());
		this.mode = Mode.UNSYNCHRONIZED;
		int rc = client(local()).sync();
		assertTrue("rc " + rc, rc == TimeSync.BAD_REPLY || rc == TimeSync.TIMEOUT);
		assertEquals(0, this.wall.get());
	}
}
