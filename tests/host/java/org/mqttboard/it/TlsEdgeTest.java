/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.mqtt.transport.Transport;
import org.mqttboard.mqtt.transport.TransportError;

/**
 * TLS behaviour that needs a scripted peer rather than a broker: SNI on the wire, a server that never answers the
 * handshake (timeout within budget), a TLS-1.3-only server (protocol failure), and TLS records trickled one byte
 * per TCP segment (reads must not lose data when a poll times out inside a record).
 */
public class TlsEdgeTest {

	private static TestPki pki;
	private ServerSocket server;
	private Thread serverThread;
	private Transport open;

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

	@After
	public void stopServer() throws Exception {
		if (this.open != null) {
			this.open.close();
		}
		if (this.server != null) {
			this.server.close();
		}
		if (this.serverThread != null) {
			this.serverThread.interrupt();
			this.serverThread.join(5000);
		}
	}

	private SSLServerSocket tlsServer(String[] protocols) throws Exception {
		SSLServerSocket s = (SSLServerSocket) pki.server.serverContext().getServerSocketFactory().createServerSocket(0,
				5, InetAddress.getLoopbackAddress());
		if (protocols != null) {
			s.setEnabledProtocols(protocols);
		}
		this.server = s;
		return s;
	}

	private void serve(String name, ThrowingConsumer<Socket> handler) {
		this.serverThread = new Thread(() -> {
			try (Socket client = this.server.accept()) {
				handler.accept(client);
			} catch (Exception e) {
				// The client side asserts; a server error shows up there.
			}
		}, name);
		this.serverThread.setDaemon(true);
		this.serverThread.start();
	}

	/** A server body that may throw. */
	interface ThrowingConsumer<T> {
		void accept(T value) throws Exception;
	}

	@Test
	public void tls_sendsSniWithConfiguredHostName() throws Exception {
		SSLServerSocket s = tlsServer(null);
		BlockingQueue<String> seen = new ArrayBlockingQueue<>(4);
		SSLParameters parameters = s.getSSLParameters();
		parameters.setSNIMatchers(List.of(new SNIMatcher(0) {
			@Override
			public boolean matches(SNIServerName name) {
				seen.add(new SNIHostName(name.getEncoded()).getAsciiName());
				return true;
			}
		}));
		s.setSSLParameters(parameters);
		serve("sni-server", client -> {
			((SSLSocket) client).startHandshake();
			client.getOutputStream().write(new byte[] { 0x20, 0x02, 0x00, 0x00 });
			client.getInputStream().read();
		});
		SocketConnector connector = Connectors.tls("localhost", s.getLocalPort(), pki.caResource(), true);
		this.open = connector.open(5000);
		assertNotNull("open failed: " + TransportError.name(connector.lastError()), this.open);
		assertEquals("localhost", seen.poll(5, TimeUnit.SECONDS));
		assertArrayEquals(new byte[] { 0x20, 0x02, 0x00, 0x00 }, RawMqtt.readExactly(this.open, 4, 4, 5000));
	}

	@Test
	public void tls_serverThatNeverAnswers_reportsTimeoutWithinBudget() throws Exception {
		this.server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
		serve("mute-server", client -> {
			// Accept TCP, then say nothing: the ClientHello is never answered.
			client.getInputStream().read(new byte[4096]);
			Thread.sleep(10_000);
		});
		SocketConnector connector = Connectors.tls("localhost", this.server.getLocalPort(), pki.caResource(), true);
		int budget = 700;
		long start = System.nanoTime();
		assertNull(connector.open(budget));
		long elapsedMs = (System.nanoTime() - start) / 1_000_000;
		assertEquals(TransportError.name(TransportError.TIMEOUT), TransportError.name(connector.lastError()));
		System.out.println("TlsEdgeTest: handshake timeout after " + elapsedMs + " ms for a budget of " + budget
				+ " ms");
		// Generous bound: a 2-core machine shared by 8 builds; the point is "bounded", not "fast".
		assertTrue("took " + elapsedMs + " ms", elapsedMs < budget + 3000);
	}

	@Test
	public void tls_serverOfferingOnlyTls13_reportsProtocol() throws Exception {
		SSLServerSocket s = tlsServer(new String[] { "TLSv1.3" });
		serve("tls13-server", client -> ((SSLSocket) client).startHandshake());
		SocketConnector connector = Connectors.tls("localhost", s.getLocalPort(), pki.caResource(), true);
		assertNull(connector.open(5000));
		assertEquals(TransportError.name(TransportError.TLS_PROTOCOL),
				TransportError.name(connector.lastError()));
	}

	@Test
	public void tls_recordsTrickledOneBytePerSegment_areReadIntactDespitePollTimeouts() throws Exception {
		SSLServerSocket tls = tlsServer(null);
		byte[] payload = new byte[3000];
		long seed = System.nanoTime();
		System.out.println("TlsEdgeTest trickle seed=" + seed);
		new Random(seed).nextBytes(payload);
		serve("tls-payload-server", client -> {
			((SSLSocket) client).startHandshake();
			client.getOutputStream().write(payload);
			client.getOutputStream().flush();
			client.getInputStream().read();
		});
		// A relay that forwards server→client one byte at a time with pauses longer than the read poll,
		// so the client's reads time out in the middle of TLS records.
		ServerSocket relay = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
		Thread relayThread = new Thread(() -> {
			try (ServerSocket r = relay; Socket client = r.accept();
					Socket upstream = new Socket(InetAddress.getLoopbackAddress(), tls.getLocalPort())) {
				upstream.setTcpNoDelay(true);
				client.setTcpNoDelay(true);
				Thread up = pump(client.getInputStream(), upstream.getOutputStream(), false);
				Thread down = pump(upstream.getInputStream(), client.getOutputStream(), true);
				down.join(60_000);
				up.interrupt();
			} catch (Exception e) {
				// The client side asserts.
			}
		}, "trickle-relay");
		relayThread.setDaemon(true);
		relayThread.start();
		try {
			SocketConnector connector = Connectors.tls("localhost", relay.getLocalPort(), pki.caResource(), true);
			this.open = connector.open(30_000);
			assertNotNull("open failed: " + TransportError.name(connector.lastError()), this.open);
			byte[] got = RawMqtt.readExactly(this.open, payload.length, 64, 60_000);
			assertArrayEquals("seed=" + seed, payload, got);
		} finally {
			relay.close();
		}
	}

	private static Thread pump(InputStream in, OutputStream out, boolean trickle) {
		Thread t = new Thread(() -> {
			byte[] buf = new byte[8192];
			try {
				int n;
				while ((n = in.read(buf)) > 0) {
					if (!trickle) {
						out.write(buf, 0, n);
						out.flush();
						continue;
					}
					for (int i = 0; i < n; i++) {
						out.write(buf[i]);
						out.flush();
						if ((i & 63) == 0) {
							// Longer than the 5 ms poll: the reader times out mid-record now and then.
							Thread.sleep(8);
						}
					}
				}
			} catch (IOException | InterruptedException e) {
				// End of relay.
			}
		}, trickle ? "trickle-down" : "relay-up");
		t.setDaemon(true);
		t.start();
		return t;
	}
}
