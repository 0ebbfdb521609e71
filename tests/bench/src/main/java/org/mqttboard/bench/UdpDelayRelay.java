/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback UDP relay with a fixed one-way delay for request/answer protocols (SNTP): each datagram from a client
 * is forwarded to the upstream port after the delay, the first answer is sent back after the delay again, and the
 * request's arrival time is recorded. One exchange at a time, which is how the firmware's SNTP client works.
 * Host-only; one daemon thread; {@link #close()} ends it.
 */
final class UdpDelayRelay implements AutoCloseable {

	private final DatagramSocket front;
	private final DatagramSocket back;
	private final int upstreamPort;
	private final long delayMillis;
	private final List<Long> requests = new CopyOnWriteArrayList<>();

	/**
	 * @param upstreamPort the server's UDP port on 127.0.0.1
	 * @param delayMillis one-way delay, ms
	 */
	UdpDelayRelay(int upstreamPort, long delayMillis) throws IOException {
		InetAddress loopback = InetAddress.getLoopbackAddress();
		this.front = new DatagramSocket(0, loopback);
		this.back = new DatagramSocket(0, loopback);
		this.back.setSoTimeout(2000);
		this.upstreamPort = upstreamPort;
		this.delayMillis = delayMillis;
		Thread t = new Thread(this::relay, "udp-delay-relay");
		t.setDaemon(true);
		t.start();
	}

	/** @return the port clients send to */
	int port() {
		return this.front.getLocalPort();
	}

	/** @return {@link System#nanoTime()} of every request so far */
	List<Long> requests() {
		return this.requests;
	}

	private void relay() {
		byte[] buf = new byte[1024];
		while (!this.front.isClosed()) {
			try {
				DatagramPacket request = new DatagramPacket(buf, buf.length);
				this.front.receive(request);
				this.requests.add(System.nanoTime());
				SocketAddress client = request.getSocketAddress();
				Thread.sleep(this.delayMillis);
				this.back.send(new DatagramPacket(buf, request.getLength(), InetAddress.getLoopbackAddress(),
						this.upstreamPort));
				DatagramPacket answer = new DatagramPacket(buf, buf.length);
				this.back.receive(answer);
				Thread.sleep(this.delayMillis);
				this.front.send(new DatagramPacket(buf, answer.getLength(), client));
			} catch (IOException e) {
				// closed, or no answer upstream: the client times out as it would on a real network
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	@Override
	public void close() {
		this.front.close();
		this.back.close();
	}
}
