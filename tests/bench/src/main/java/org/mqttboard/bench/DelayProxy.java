/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy that delays every chunk by a fixed one-way delay and counts the bytes in each direction.
 * Used to turn protocol round trips into measurable milliseconds, and to count bytes on the wire.
 * Host-only; one pair of pump threads per proxied connection; stops with {@link #close()}.
 */
final class DelayProxy implements AutoCloseable {

	private final ServerSocket server;
	private final int upstreamPort;
	private final long delayMillis;
	private final AtomicLong clientToBroker = new AtomicLong();
	private final AtomicLong brokerToClient = new AtomicLong();
	private volatile boolean closed;

	/**
	 * @param upstreamPort the broker port on 127.0.0.1
	 * @param delayMillis one-way delay added to every chunk, in ms (0 = pass through)
	 */
	DelayProxy(int upstreamPort, long delayMillis) throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.upstreamPort = upstreamPort;
		this.delayMillis = delayMillis;
		Thread acceptor = new Thread(this::acceptLoop, "delay-proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** @return the port clients connect to */
	int port() {
		return this.server.getLocalPort();
	}

	/** @return bytes sent by clients towards the broker since the last {@link #resetCounters()} */
	long clientToBrokerBytes() {
		return this.clientToBroker.get();
	}

	/** @return bytes sent by the broker towards clients since the last {@link #resetCounters()} */
	long brokerToClientBytes() {
		return this.brokerToClient.get();
	}

	void resetCounters() {
		this.clientToBroker.set(0);
		this.brokerToClient.set(0);
	}

	private void acceptLoop() {
		while (!this.closed) {
			try {
				Socket client = this.server.accept();
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.upstreamPort);
				client.setTcpNoDelay(true);
				upstream.setTcpNoDelay(true);
				pump(client, upstream, this.clientToBroker, "c2b");
				pump(upstream, client, this.brokerToClient, "b2c");
			} catch (IOException e) {
				if (!this.closed) {
					System.err.println("delay-proxy: " + e);
				}
			}
		}
	}

	/** One reader thread and one delayed writer thread per direction; ordering is preserved. */
	private void pump(Socket from, Socket to, AtomicLong counter, String name) throws IOException {
		final InputStream in = from.getInputStream();
		final OutputStream out = to.getOutputStream();
		final ArrayDeque<Object[]> queue = new ArrayDeque<>();
		Thread reader = new Thread(() -> {
			byte[] buf = new byte[16384];
			try {
				int n;
				while ((n = in.read(buf)) > 0) {
					counter.addAndGet(n);
					byte[] chunk = java.util.Arrays.copyOf(buf, n);
					synchronized (queue) {
						queue.add(new Object[] { System.nanoTime() + this.delayMillis * 1_000_000L, chunk });
						queue.notifyAll();
					}
				}
			} catch (IOException e) {
				// connection ended
			}
			synchronized (queue) {
				queue.add(new Object[] { 0L, null });
				queue.notifyAll();
			}
		}, "delay-proxy-" + name + "-read");
		Thread writer = new Thread(() -> {
			try {
				while (true) {
					Object[] item;
					synchronized (queue) {
						while (queue.isEmpty()) {
							queue.wait();
						}
						item = queue.poll();
					}
					if (item[1] == null) {
						break;
					}
					long wait = (Long) item[0] - System.nanoTime();
					if (wait > 0) {
						Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
					}
					out.write((byte[]) item[1]);
					out.flush();
				}
			} catch (IOException | InterruptedException e) {
				// connection ended
			}
			closeQuietly(to);
			closeQuietly(from);
		}, "delay-proxy-" + name + "-write");
		reader.setDaemon(true);
		writer.setDaemon(true);
		reader.start();
		writer.start();
	}

	private static void closeQuietly(Socket s) {
		try {
			s.close();
		} catch (IOException e) {
			// closing anyway
		}
	}

	@Override
	public void close() {
		this.closed = true;
		try {
			this.server.close();
		} catch (IOException e) {
			// closing anyway
		}
	}
}
