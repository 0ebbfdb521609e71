/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * HOST-ONLY in-JVM TCP relay on an ephemeral loopback port in front of a broker, with two faults: hold the
 * broker→device direction (acks and deliveries wait in the relay: a half-dead link) and cut every connection
 * at once without forwarding what is held. Bytes pass through untouched, so TLS works through it too.
 * Threading: a thread per direction per connection; the control methods are thread-safe.
 */
public final class FaultRelay implements AutoCloseable {

	private final ServerSocket server;
	private final int upstreamPort;
	private final List<Socket> sockets = new CopyOnWriteArrayList<>();
	private final Thread acceptor;
	private volatile boolean holdDown;

	/** Starts a relay to 127.0.0.1:{@code upstreamPort}. */
	public FaultRelay(int upstreamPort) throws IOException {
		this.upstreamPort = upstreamPort;
		this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		this.acceptor = new Thread(this::acceptLoop, "fault-relay-accept");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	/** @return the port devices connect to */
	public int port() {
		return this.server.getLocalPort();
	}

	/** @param hold true to keep broker→device bytes in the relay until released or cut */
	public void holdDownstream(boolean hold) {
		this.holdDown = hold;
	}

	/** Closes every relayed connection (both sides) without forwarding anything held; keeps listening. */
	public void cutAll() {
		for (Socket s : this.sockets) {
			try {
				s.close();
			} catch (IOException e) {
				// Already closed.
			}
		}
		this.sockets.clear();
	}

	private void acceptLoop() {
		while (!this.server.isClosed()) {
			try {
				Socket device = this.server.accept();
				Socket broker = new Socket(InetAddress.getLoopbackAddress(), this.upstreamPort);
				device.setTcpNoDelay(true);
				broker.setTcpNoDelay(true);
				this.sockets.add(device);
				this.sockets.add(broker);
				pump(device, broker, false);
				pump(broker, device, true);
			} catch (IOException e) {
				// Server closed, or the broker refused: the device sees a closed link.
			}
		}
	}

	private void pump(Socket from, Socket to, boolean downstream) throws IOException {
		InputStream in = from.getInputStream();
		OutputStream out = to.getOutputStream();
		Thread t = new Thread(() -> {
			byte[] buf = new byte[16 * 1024];
			try {
				int n;
				while ((n = in.read(buf)) > 0) {
					while (downstream && this.holdDown && !to.isClosed()) {
						Thread.sleep(2);
					}
					out.write(buf, 0, n);
					out.flush();
				}
			} catch (IOException | InterruptedException e) {
				// Cut or closed.
			} finally {
				try {
					from.close();
					to.close();
				} catch (IOException e) {
					// Already closed.
				}
			}
		}, downstream ? "fault-relay-down" : "fault-relay-up");
		t.setDaemon(true);
		t.start();
	}

	@Override
	public void close() {
		try {
			this.server.close();
		} catch (IOException e) {
			// Already closed.
		}
		cutAll();
	}
}
