/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.faults;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The fault proxy itself, in front of a loopback echo server: every mode does what it says, and threads end with
 * their links.
 */
public class FaultProxyTest {

	private ServerSocket echo;
	private Thread echoThread;
	private FaultProxy proxy;

	@Before
	public void startEcho() throws IOException {
		this.echo = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		this.echoThread = new Thread(() -> {
			while (!this.echo.isClosed()) {
				try {
					Socket s = this.echo.accept();
					Thread t = new Thread(() -> {
						try (s) {
							InputStream in = s.getInputStream();
							OutputStream out = s.getOutputStream();
							byte[] buf = new byte[4096];
							int n;
							while ((n = in.read(buf)) > 0) {
								out.write(buf, 0, n);
								out.flush();
							}
						} catch (IOException e) {
							// Closed.
						}
					}, "echo");
					t.setDaemon(true);
					t.start();
				} catch (IOException e) {
					return;
				}
			}
		}, "echo-accept");
		this.echoThread.setDaemon(true);
		this.echoThread.start();
		this.proxy = new FaultProxy(this.echo.getLocalPort(), 4);
	}

	@After
	public void stop() throws Exception {
		this.proxy.close();
		this.echo.close();
	}

	private Socket connect() throws IOException {
		Socket s = new Socket(InetAddress.getLoopbackAddress(), this.proxy.port());
		s.setSoTimeout(3000);
		return s;
	}

	private static byte[] readFully(InputStream in, int n) throws IOException {
		byte[] out = new byte[n];
		int got = 0;
		while (got < n) {
			int r = in.read(out, got, n - got);
			if (r < 0) {
				break;
			}
			got += r;
		}
		return got == n ? out : Arrays.copyOf(out, got);
	}

	@Test
	public void pass_relaysBytesUnchanged() throws IOException {
		try (Socket s = connect()) {
			s.getOutputStream().write(new byte[] { 1, 2, 3, 4 });
			assertArrayEquals(new byte[] { 1, 2, 3, 4 }, readFully(s.getInputStream(), 4));
		}
	}

	@Test
	public void blackHole_swallowsWithoutClosing_thenPassResumes() throws IOException {
		try (Socket s = connect()) {
			this.proxy.setMode(FaultProxy.Mode.BLACK_HOLE);
			s.getOutputStream().write(new byte[] { 9 });
			s.setSoTimeout(300);
			boolean timedOut = false;
			try {
				s.getInputStream().read();
			} catch (SocketTimeoutException e) {
				timedOut = true;
			}
			assertTrue("a black hole neither answers nor closes", timedOut);
			this.proxy.setMode(FaultProxy.Mode.PASS);
			s.setSoTimeout(3000);
			s.getOutputStream().write(new byte[] { 7 });
			assertEquals(7, s.getInputStream().read());
		}
	}

	@Test
	public void delay_holdsEachChunk() throws IOException {
		this.proxy.setDelayMillis(150);
		this.proxy.setMode(FaultProxy.Mode.DELAY);
		try (Socket s = connect()) {
			long t0 = System.nanoTime();
			s.getOutputStream().write(new byte[] { 5 });
			assertEquals(5, s.getInputStream().read());
			long ms = (System.nanoTime() - t0) / 1_000_000;
			assertTrue("two delayed hops take >= 300 ms, took " + ms, ms >= 290);
		}
	}

	@Test
	public void throttle_forwardsAFewBytesPerSecond() throws IOException {
		this.proxy.setBytesPerSecond(50);
		this.proxy.setMode(FaultProxy.Mode.THROTTLE);
		try (Socket s = connect()) {
			long t0 = System.nanoTime();
			s.getOutputStream().write(new byte[10]);
			assertEquals(10, readFully(s.getInputStream(), 10).length);
			long ms = (System.nanoTime() - t0) / 1_000_000;
			assertTrue("10 bytes at 50 B/s (pipelined hops) take >= 170 ms, took " + ms, ms >= 170);
		}
	}

	@Test
	public void byteAtATime_deliversIntactStream() throws IOException {
		this.proxy.setMode(FaultProxy.Mode.BYTE_AT_A_TIME);
		byte[] data = new byte[64];
		for (int i = 0; i < data.length; i++) {
			data[i] = (byte) (i * 7);
		}
		try (Socket s = connect()) {
			s.getOutputStream().write(data);
			assertArrayEquals(data, readFully(s.getInputStream(), data.length));
		}
	}

	@Test
	public void cut_forwardsHalfTheChunkThenCloses() throws IOException {
		try (Socket s = connect()) {
			this.proxy.cutNextDownstream();
			s.getOutputStream().write(new byte[] { 1, 2, 3, 4, 5, 6 });
			byte[] got = readFully(s.getInputStream(), 6);
			assertTrue("part of the chunk, then end of stream: " + got.length, got.length < 6);
		}
		assertTrue(!this.proxy.armed());
	}

	@Test
	public void flip_invertsOneByte() throws IOException {
		try (Socket s = connect()) {
			this.proxy.flipNextDownstream(2);
			s.getOutputStream().write(new byte[] { 1, 2, 3, 4 });
			assertArrayEquals(new byte[] { 1, 2, (byte) ~3, 4 }, readFully(s.getInputStream(), 4));
		}
	}

	@Test
	public void closeAll_endsLinksAndTheirThreads() throws Exception {
		Socket a = connect();
		Socket b = connect();
		a.getOutputStream().write(1);
		b.getOutputStream().write(1);
		assertEquals(1, a.getInputStream().read());
		assertEquals(1, b.getInputStream().read());
		assertEquals(4, this.proxy.livePumps());
		this.proxy.closeAll();
		assertEquals(-1, a.getInputStream().read());
		assertEquals(-1, b.getInputStream().read());
		for (int i = 0; i < 100 && this.proxy.livePumps() > 0; i++) {
			Thread.sleep(20);
		}
		assertEquals(0, this.proxy.livePumps());
		a.close();
		b.close();
	}

	@Test
	public void connectionsBeyondTheBound_areClosedAtOnce() throws Exception {
		Socket[] s = new Socket[5];
		for (int i = 0; i < 4; i++) {
			s[i] = connect();
			s[i].getOutputStream().write(1);
			assertEquals(1, s[i].getInputStream().read());
		}
		s[4] = connect();
		assertEquals(-1, s[4].getInputStream().read());
		for (Socket x : s) {
			x.close();
		}
	}
}
