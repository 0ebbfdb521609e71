/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HOST-ONLY in-process TCP fault proxy on an ephemeral loopback port in front of a broker. Bytes pass untouched
 * (TLS works through it) until a test changes the {@link Mode} or arms a one-shot fault:
 * <ul>
 * <li>{@link #closeAll()}: close every relayed connection at once;</li>
 * <li>{@link Mode#BLACK_HOLE}: swallow everything in both directions without closing (a half-open link);</li>
 * <li>{@link Mode#DELAY}: hold every chunk for {@link #setDelayMillis} before forwarding it;</li>
 * <li>{@link Mode#THROTTLE}: forward at {@link #setBytesPerSecond} bytes/s, one byte at a time;</li>
 * <li>{@link Mode#BYTE_AT_A_TIME}: forward every byte as its own TCP segment;</li>
 * <li>{@link #cutNextDownstream()}: forward half of the next broker→device chunk, then close (a packet cut in
 * the middle);</li>
 * <li>{@link #flipNextDownstream(int)}: invert one byte of the next broker→device chunk.</li>
 * </ul>
 * Threads are bounded: one acceptor plus two pumps per connection, at most {@code maxConnections} connections
 * (further ones are closed at once). Loopback only. Threading: the control methods are thread-safe.
 */
public final class FaultProxy implements AutoCloseable {

	/** What happens to bytes in flight. */
	public enum Mode {
		/** Forward untouched. */
		PASS,
		/** Swallow without closing. */
		BLACK_HOLE,
		/** Hold each chunk for the delay. */
		DELAY,
		/** A few bytes per second. */
		THROTTLE,
		/** One TCP segment per byte. */
		BYTE_AT_A_TIME
	}

	private static final int CHUNK = 16 * 1024;

	private final ServerSocket server;
	private final int upstreamPort;
	private final int maxConnections;
	private final List<Link> links = new CopyOnWriteArrayList<>();
	private final AtomicInteger accepted = new AtomicInteger();
	private final AtomicInteger pumps = new AtomicInteger();
	private final Thread acceptor;
	private volatile Mode mode = Mode.PASS;
	private volatile int delayMillis = 200;
	private volatile int bytesPerSecond = 20;
	private volatile boolean cutArmed;
	private volatile int flipArmed = -1;

	/**
	 * Starts a proxy to 127.0.0.1:{@code upstreamPort}.
	 *
	 * @param upstreamPort the broker's port
	 * @param maxConnections most connections relayed at once
	 * @throws IOException when no loopback port can be bound
	 */
	public FaultProxy(int upstreamPort, int maxConnections) throws IOException {
		this.upstreamPort = upstreamPort;
		this.maxConnections = maxConnections;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.acceptor = new Thread(this::acceptLoop, "fault-proxy-accept");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	/** @return the port devices connect to */
	public int port() {
		return this.server.getLocalPort();
	}

	/** @param m the new mode, for bytes from now on (also on connections already open) */
	public void setMode(Mode m) {
		this.mode = m;
	}

	/** @return the current mode */
	public Mode mode() {
		return this.mode;
	}

	/** @param millis per-chunk delay of {@link Mode#DELAY} */
	public void setDelayMillis(int millis) {
		this.delayMillis = millis;
	}

	/** @param rate bytes per second of {@link Mode#THROTTLE}, at least 1 */
	public void setBytesPerSecond(int rate) {
		this.bytesPerSecond = Math.max(1, rate);
	}

	/** Arms a one-shot fault: the next broker→device chunk is forwarded only in part, then the link is closed. */
	public void cutNextDownstream() {
		this.cutArmed = true;
	}

	/**
	 * Arms a one-shot fault: one byte of the next broker→device chunk is inverted.
	 *
	 * @param seed picks which byte (modulo the chunk length)
	 */
	public void flipNextDownstream(int seed) {
		this.flipArmed = seed & 0x7fffffff;
	}

	/** @return true while a one-shot fault waits for its chunk */
	public boolean armed() {
		return this.cutArmed || this.flipArmed >= 0;
	}

	/** Disarms one-shot faults that found no chunk yet. */
	public void disarm() {
		this.cutArmed = false;
		this.flipArmed = -1;
	}

	/** @return connections accepted since start */
	public int accepted() {
		return this.accepted.get();
	}

	/** @return connections currently relayed */
	public int openLinks() {
		return this.links.size();
	}

	/** @return pump threads currently alive */
	public int livePumps() {
		return this.pumps.get();
	}

	/** Closes every relayed connection (both sides) without forwarding anything in flight; keeps listening. */
	public void closeAll() {
		for (Link link : this.links) {
			link.close();
		}
	}

	private void acceptLoop() {
		while (!this.server.isClosed()) {
			Socket device;
			try {
				device = this.server.accept();
			} catch (IOException e) {
				return; // closed
			}
			this.accepted.incrementAndGet();
			if (this.links.size() >= this.maxConnections) {
				quietClose(device);
				continue;
			}
			try {
				Socket broker = new Socket(InetAddress.getLoopbackAddress(), this.upstreamPort);
				device.setTcpNoDelay(true);
				broker.setTcpNoDelay(true);
				Link link = new Link(device, broker);
				this.links.add(link);
				link.start();
			} catch (IOException e) {
				// The broker is down: the device sees its connection closed, as it would without the proxy.
				quietClose(device);
			}
		}
	}

	private static void quietClose(Socket s) {
		try {
			s.close();
		} catch (IOException e) {
			// Already closed.
		}
	}

	/** One relayed connection: two pumps. */
	private final class Link {
		private final Socket device;
		private final Socket broker;

		Link(Socket device, Socket broker) {
			this.device = device;
			this.broker = broker;
		}

		void start() throws IOException {
			pump(this.device.getInputStream(), this.broker.getOutputStream(), false);
			pump(this.broker.getInputStream(), this.device.getOutputStream(), true);
		}

		void close() {
			quietClose(this.device);
			quietClose(this.broker);
			FaultProxy.this.links.remove(this);
		}

		private void pump(InputStream in, OutputStream out, boolean downstream) {
			Thread t = new Thread(() -> {
				byte[] buf = new byte[CHUNK];
				try {
					int n;
					while ((n = in.read(buf)) > 0) {
						if (!forward(buf, n, out, downstream)) {
							break;
						}
					}
				} catch (IOException | InterruptedException e) {
					// Closed by a fault or by an end.
				} finally {
					close();
					FaultProxy.this.pumps.decrementAndGet();
				}
			}, downstream ? "fault-proxy-down" : "fault-proxy-up");
			t.setDaemon(true);
			FaultProxy.this.pumps.incrementAndGet();
			t.start();
		}

		/** @return false when the link must close */
		private boolean forward(byte[] buf, int n, OutputStream out, boolean downstream)
				throws IOException, InterruptedException {
			if (downstream && FaultProxy.this.cutArmed) {
				FaultProxy.this.cutArmed = false;
				out.write(buf, 0, n / 2);
				out.flush();
				return false;
			}
			if (downstream && FaultProxy.this.flipArmed >= 0) {
				int at = FaultProxy.this.flipArmed % n;
				FaultProxy.this.flipArmed = -1;
				buf[at] = (byte) ~buf[at];
			}
			switch (FaultProxy.this.mode) {
			case BLACK_HOLE:
				return true;
			case DELAY:
				Thread.sleep(FaultProxy.this.delayMillis);
				out.write(buf, 0, n);
				break;
			case THROTTLE:
				for (int i = 0; i < n; i++) {
					if (FaultProxy.this.mode != Mode.THROTTLE) {
						out.write(buf, i, n - i); // lifted mid-chunk: the rest at once
						break;
					}
					out.write(buf[i]);
					out.flush();
					Thread.sleep(1000L / FaultProxy.this.bytesPerSecond);
				}
				break;
			case BYTE_AT_A_TIME:
				for (int i = 0; i < n; i++) {
					out.write(buf[i]);
					out.flush();
					Thread.sleep(1);
				}
				break;
			default:
				out.write(buf, 0, n);
			}
			out.flush();
			return true;
		}
	}

	/** Stops listening and closes every relayed connection; their pump threads end with them. */
	@Override
	public void close() {
		try {
			this.server.close();
		} catch (IOException e) {
			// Already closed.
		}
		closeAll();
	}
}
