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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy that delays every chunk by a fixed one-way delay, counts the bytes in each direction and
 * reads both directions as TLS records ({@link TlsRecords}). Used to turn protocol round trips into measurable
 * milliseconds, to count bytes and records on the wire, to tell full from abbreviated TLS handshakes, and to cut
 * links.
 * <p>
 * TCP handshake: the client's SYN/SYN-ACK with this proxy happen on loopback, undelayed. With
 * {@code chargeTcpHandshake} the proxy holds each connection's first client chunk one extra round trip instead:
 * in MQTT and TLS the client speaks first, so everything after {@code connect()} happens exactly when it would
 * have with a delayed handshake (only the moment {@code connect()} returns is earlier).
 * <p>
 * Host-only; one pair of pump threads per proxied connection; stops with {@link #close()}.
 */
final class DelayProxy implements AutoCloseable {

	/** One proxied connection. */
	static final class Link {
		/** {@link System#nanoTime()} when the proxy accepted the client. */
		final long acceptedNanos;
		/** The client's records (ClientHello, application data...). */
		final TlsRecords fromClient = new TlsRecords();
		/** The broker's records; classifies the handshake. */
		final TlsRecords fromBroker = new TlsRecords();
		private final Socket client;
		private final Socket upstream;
		/** When the last broker chunk reached the client (writer side), nanoTime. */
		private volatile long deliveredToClientNanos;
		/** When each client flight began, nanoTime. */
		private final List<Long> flightStarts = new CopyOnWriteArrayList<>();
		private volatile int applicationDataFlight;

		Link(long acceptedNanos, Socket client, Socket upstream) {
			this.acceptedNanos = acceptedNanos;
			this.client = client;
			this.upstream = upstream;
		}

		/**
		 * A client flight starts with the first client chunk and with every client chunk sent after broker bytes
		 * reached the client, i.e. each time the client had waited for an answer. Together with the TCP handshake,
		 * the flights are the round trips the client spent on this connection.
		 *
		 * @return the client flights that began at or before {@code nanos} ({@link System#nanoTime()})
		 */
		int flightsUntil(long nanos) {
			int n = 0;
			for (long start : this.flightStarts) {
				n += start <= nanos ? 1 : 0;
			}
			return n;
		}

		/** @return the number of the flight that carried the first TLS application-data record, 0 before */
		int applicationDataFlight() {
			return this.applicationDataFlight;
		}

		/** The client reader's view: counts flights and notes the first application data's flight. */
		private void fromClient(long nanos) {
			int n = this.flightStarts.size();
			if (n == 0 || this.deliveredToClientNanos > this.flightStarts.get(n - 1)) {
				this.flightStarts.add(nanos);
			}
			if (this.applicationDataFlight == 0 && this.fromClient.records(TlsRecords.APPLICATION_DATA) > 0) {
				this.applicationDataFlight = this.flightStarts.size();
			}
		}

		/** Cuts the link: a reset towards the client (as when a path dies mid-connection), a close upstream. */
		void cut() {
			try {
				this.client.setSoLinger(true, 0);
			} catch (IOException e) {
				// already closed
			}
			closeQuietly(this.client);
			closeQuietly(this.upstream);
		}
	}

	private final ServerSocket server;
	private final int upstreamPort;
	private final long delayMillis;
	private final boolean chargeTcpHandshake;
	private final AtomicLong clientToBroker = new AtomicLong();
	private final AtomicLong brokerToClient = new AtomicLong();
	private final List<Link> links = new CopyOnWriteArrayList<>();
	private volatile boolean closed;

	/**
	 * @param upstreamPort the broker port on 127.0.0.1
	 * @param delayMillis one-way delay added to every chunk, in ms (0 = pass through)
	 */
	DelayProxy(int upstreamPort, long delayMillis) throws IOException {
		this(upstreamPort, delayMillis, false);
	}

	/**
	 * @param upstreamPort the broker port on 127.0.0.1
	 * @param delayMillis one-way delay added to every chunk, in ms (0 = pass through)
	 * @param chargeTcpHandshake true: the first client chunk of each connection waits one more round trip
	 */
	DelayProxy(int upstreamPort, long delayMillis, boolean chargeTcpHandshake) throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.upstreamPort = upstreamPort;
		this.delayMillis = delayMillis;
		this.chargeTcpHandshake = chargeTcpHandshake;
		Thread acceptor = new Thread(this::acceptLoop, "delay-proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** @return the port clients connect to */
	int port() {
		return this.server.getLocalPort();
	}

	/** @return bytes sent by clients towards the broker */
	long clientToBrokerBytes() {
		return this.clientToBroker.get();
	}

	/** @return bytes sent by the broker towards clients */
	long brokerToClientBytes() {
		return this.brokerToClient.get();
	}

	/** @return every connection accepted so far, oldest first */
	List<Link> links() {
		return this.links;
	}

	/** Cuts every open connection (see {@link Link#cut()}). */
	void cutAll() {
		for (Link link : this.links) {
			link.cut();
		}
	}

	private void acceptLoop() {
		while (!this.closed) {
			try {
				Socket client = this.server.accept();
				long accepted = System.nanoTime();
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.upstreamPort);
				client.setTcpNoDelay(true);
				upstream.setTcpNoDelay(true);
				Link link = new Link(accepted, client, upstream);
				this.links.add(link);
				long charge = this.chargeTcpHandshake ? 2 * this.delayMillis : 0;
				pump(link, true, charge);
				pump(link, false, 0);
			} catch (IOException e) {
				if (!this.closed) {
					System.err.println("delay-proxy: " + e);
				}
			}
		}
	}

	/**
	 * One reader thread and one delayed writer thread per direction; ordering is preserved.
	 *
	 * @param fromClient true: the client-to-broker direction
	 * @param firstChunkExtraMillis added to the delay of the first chunk only
	 */
	private void pump(Link link, boolean fromClient, long firstChunkExtraMillis) throws IOException {
		Socket from = fromClient ? link.client : link.upstream;
		Socket to = fromClient ? link.upstream : link.client;
		AtomicLong counter = fromClient ? this.clientToBroker : this.brokerToClient;
		TlsRecords records = fromClient ? link.fromClient : link.fromBroker;
		String name = fromClient ? "c2b" : "b2c";
		final InputStream in = from.getInputStream();
		final OutputStream out = to.getOutputStream();
		final ArrayDeque<Object[]> queue = new ArrayDeque<>();
		Thread reader = new Thread(() -> {
			byte[] buf = new byte[16384];
			long extra = firstChunkExtraMillis;
			try {
				int n;
				while ((n = in.read(buf)) > 0) {
					long now = System.nanoTime();
					counter.addAndGet(n);
					records.feed(buf, 0, n, now);
					if (fromClient) {
						link.fromClient(now);
					}
					byte[] chunk = java.util.Arrays.copyOf(buf, n);
					synchronized (queue) {
						queue.add(new Object[] { now + (this.delayMillis + extra) * 1_000_000L, chunk });
						queue.notifyAll();
					}
					extra = 0;
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
					if (!fromClient) {
						link.deliveredToClientNanos = System.nanoTime();
					}
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
		cutAll();
	}
}
