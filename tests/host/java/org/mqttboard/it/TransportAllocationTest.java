/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import javax.net.ssl.SSLSocket;

import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.mqtt.transport.SocketTransport;
import org.mqttboard.mqtt.transport.Transport;
import org.mqttboard.mqtt.transport.TransportError;

/**
 * Measures what {@code SocketTransport} allocates per call on this JDK (per-thread allocated-bytes counter), for
 * docs/transport.md. Figures are printed, not asserted as targets (benchmarks, not timed asserts); what is
 * asserted is the behaviour measured (idle reads return 0, data arrives intact) and one structural fact: an idle
 * poll allocates (the timeout exception), which is why the session should not spin on an idle link.
 */
public class TransportAllocationTest {

	private static final int IDLE_READS = 200;
	private static final int DATA_BYTES = 20_000;
	private static TestPki pki;

	@BeforeClass
	public static void createPki() throws Exception {
		pki = TestPki.create();
	}

	@AfterClass
	public static void deletePki() {
		if (pki != null) {
			pki.delete();
		}
	}

	private static com.sun.management.ThreadMXBean threads() {
		java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
		Assume.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
		com.sun.management.ThreadMXBean t = (com.sun.management.ThreadMXBean) bean;
		Assume.assumeTrue(t.isThreadAllocatedMemorySupported());
		t.setThreadAllocatedMemoryEnabled(true);
		return t;
	}

	private static long allocated(com.sun.management.ThreadMXBean t) {
		return t.getThreadAllocatedBytes(Thread.currentThread().getId());
	}

	@Test
	public void plain_measuresAllocationPerIdlePollAndPerDataRead() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
			Thread peer = startPeer(server, false);
			SocketConnector connector = Connectors.plain("localhost", server.getLocalPort(), 0);
			measure("plain", connector, peer);
		}
	}

	@Test
	public void tls_measuresAllocationPerIdlePollAndPerDataRead() throws Exception {
		try (ServerSocket server = pki.server.serverContext().getServerSocketFactory().createServerSocket(0, 5,
				InetAddress.getLoopbackAddress())) {
			Thread peer = startPeer(server, true);
			SocketConnector connector = new SocketConnector(new org.mqttboard.mqtt.transport.Endpoint("localhost",
					server.getLocalPort(), true, new String[] { pki.caResource() }, new String[0], true, null, null),
					new org.mqttboard.sim.tls.JdkTlsPolicy(), SocketConnector.DEFAULT_POLL_MILLIS, 0, null);
			measure("tls", connector, peer);
		}
	}

	@Test
	public void plain_idleReadsBetweenProbes_allocateNothing_andProbesAreRateLimited() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
			Thread peer = startPeer(server, false);
			int probeMillis = 100;
			SocketConnector connector = Connectors.plain("localhost", server.getLocalPort(), probeMillis);
			com.sun.management.ThreadMXBean bean = threads();
			Transport t = connector.open(5000);
			assertNotNull(TransportError.name(connector.lastError()), t);
			try {
				byte[] buf = new byte[64];
				for (int i = 0; i < 50; i++) {
					assertEquals(0, t.read(buf, 0, buf.length));
				}
				SocketTransport st = (SocketTransport) t;
				int probesBefore = st.pollTimeouts();
				long start = System.currentTimeMillis();
				long before = allocated(bean);
				int reads = 0;
				while (System.currentTimeMillis() - start < 600) {
					assertEquals("idle link reads 0", 0, t.read(buf, 0, buf.length));
					reads++;
				}
				long total = allocated(bean) - before;
				int probes = st.pollTimeouts() - probesBefore;
				System.out.println("TransportAllocationTest plain, idle probe every " + probeMillis + " ms: " + reads
						+ " idle reads in 600 ms, " + probes + " probes, " + total + " B in all ("
						+ (probes == 0 ? 0 : total / probes) + " B/probe)");
				assertTrue("probes must be rate-limited: " + probes, probes >= 1 && probes <= 600 / probeMillis + 2);
				assertTrue("only probes allocate: " + total + " B for " + probes + " probes",
						total <= probes * 4096L);
			} finally {
				t.close();
				peer.join(5000);
			}
		}
	}

	/** Peer: waits for one byte, then sends DATA_BYTES and waits for the client to hang up. */
	private static Thread startPeer(ServerSocket server, boolean tls) {
		Thread t = new Thread(() -> {
			try (Socket s = server.accept()) {
				if (tls) {
					((SSLSocket) s).startHandshake();
				}
				InputStream in = s.getInputStream();
				OutputStream out = s.getOutputStream();
				in.read();
				out.write(new byte[DATA_BYTES]);
				out.flush();
				in.read();
			} catch (Exception e) {
				// The client side asserts.
			}
		}, "alloc-peer");
		t.setDaemon(true);
		t.start();
		return t;
	}

	private static void measure(String kind, SocketConnector connector, Thread peer) throws Exception {
		com.sun.management.ThreadMXBean bean = threads();
		Transport t = connector.open(5000);
		assertNotNull(TransportError.name(connector.lastError()), t);
		try {
			byte[] buf = new byte[256];
			// Warm up the idle path (class loading, JIT) before measuring.
			for (int i = 0; i < 20; i++) {
				assertEquals(0, t.read(buf, 0, buf.length));
			}
			long before = allocated(bean);
			for (int i = 0; i < IDLE_READS; i++) {
				assertEquals("idle link reads 0", 0, t.read(buf, 0, buf.length));
			}
			long idlePerRead = (allocated(bean) - before) / IDLE_READS;

			byte[] one = { 1 };
			before = allocated(bean);
			assertEquals(1, t.write(one, 0, 1));
			long perWrite = allocated(bean) - before;

			// Let the whole burst arrive, then count allocation of reads that find data.
			Thread.sleep(300);
			int got = 0;
			int dataReads = 0;
			long dataAllocated = 0;
			long deadline = System.currentTimeMillis() + 10_000;
			while (got < DATA_BYTES && System.currentTimeMillis() < deadline) {
				long b = allocated(bean);
				int n = t.read(buf, 0, 64);
				long a = allocated(bean);
				assertTrue(n >= 0);
				if (n > 0) {
					got += n;
					dataReads++;
					dataAllocated += a - b;
				}
			}
			assertEquals(DATA_BYTES, got);
			System.out.println("TransportAllocationTest " + kind + ": idle poll " + idlePerRead
					+ " B/read (timeout exception), data read " + (dataAllocated / dataReads) + " B/read over "
					+ dataReads + " reads, write " + perWrite + " B (first write, 1 byte)");
			assertTrue(kind + ": an idle poll is expected to allocate its timeout exception on a JDK",
					idlePerRead > 0);
			if ("plain".equals(kind)) {
				assertEquals("plain reads that find data allocate nothing", 0, dataAllocated);
			}
		} finally {
			t.close();
			peer.join(5000);
		}
	}
}
