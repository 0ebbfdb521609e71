/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.device;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;

/** Answers SNTP requests on a free loopback port with the host's time (RFC 4330 server reply). */
final class SntpResponder implements AutoCloseable {
	private static final long NTP_UNIX_OFFSET_S = 2_208_988_800L;
	private final DatagramSocket socket;
	private final Thread thread;

	SntpResponder() throws IOException {
		this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
		this.thread = new Thread(this::serve, "footprint-sntp");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	int port() {
		return this.socket.getLocalPort();
	}

	private void serve() {
		byte[] buf = new byte[48];
		while (!this.socket.isClosed()) {
			try {
				DatagramPacket p = new DatagramPacket(buf, buf.length);
				this.socket.receive(p);
				byte[] r = new byte[48];
				r[0] = 0x24; // LI 0, version 4, mode 4 (server)
				r[1] = 1;    // stratum 1
				System.arraycopy(buf, 40, r, 24, 8); // originate = client's transmit
				long now = System.currentTimeMillis();
				put(r, 16, now);
				put(r, 32, now);
				put(r, 40, now);
				this.socket.send(new DatagramPacket(r, r.length, p.getSocketAddress()));
			} catch (IOException e) {
				return;
			}
		}
	}

	private static void put(byte[] r, int off, long unixMillis) {
		long seconds = unixMillis / 1000 + NTP_UNIX_OFFSET_S;
		long fraction = ((unixMillis % 1000) << 32) / 1000;
		for (int i = 0; i < 4; i++) {
			r[off + i] = (byte) (seconds >>> (24 - 8 * i));
			r[off + 4 + i] = (byte) (fraction >>> (24 - 8 * i));
		}
	}

	@Override
	public void close() {
		this.socket.close();
		try {
			this.thread.join(2000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
