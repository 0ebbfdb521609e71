/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;
import java.util.function.IntFunction;

/**
 * The sending side of the inbound measurements: a bare MQTT 3.1.1 client on a plain or TLS socket that encodes a whole
 * burst of PUBLISH packets up front and writes it from its own thread in 64 KiB writes, so neither its encoding
 * nor the measuring thread (which may be the one driving the client under test) slows the burst. Everything the
 * broker sends back after the CONNACK (PUBACKs: it subscribes to nothing) is counted and dropped by a reader
 * thread. Pointed at a topic nobody reads, it measures the broker's own QoS 1 ceiling. Host-only.
 */
final class BurstPublisher implements AutoCloseable {

	private final Socket socket;
	private final OutputStream out;
	private volatile Thread writer;
	private volatile IOException failure;
	/** Bytes the broker sent after the CONNACK: 4 per PUBACK. */
	private final AtomicLong ackBytes = new AtomicLong();

	/** Connects to the broker on 127.0.0.1 over plain TCP with a clean session and waits for the CONNACK. */
	BurstPublisher(int port, String clientId) throws IOException {
		this(port, clientId, null);
	}

	/**
	 * Connects to the broker on 127.0.0.1 with a clean session and waits for the CONNACK.
	 *
	 * @param tls null for plain TCP, else the TLS context (the broker's certificate chain is checked, its host name
	 *        is not: only the broker's cost is measured)
	 */
	BurstPublisher(int port, String clientId, SSLContext tls) throws IOException {
		Socket tcp = new Socket(InetAddress.getLoopbackAddress(), port);
		tcp.setTcpNoDelay(true);
		this.socket = tls == null ? tcp : tls.getSocketFactory().createSocket(tcp, "localhost", port, true);
		this.out = this.socket.getOutputStream();
		ByteArrayOutputStream connect = new ByteArrayOutputStream();
		string(connect, "MQTT");
		connect.write(new byte[] { 4, 0x02, 0, 60 }, 0, 4); // level 4 (3.1.1), clean session, keep-alive 60 s
		string(connect, clientId);
		this.out.write(packet(0x10, connect));
		InputStream in = this.socket.getInputStream();
		byte[] connack = in.readNBytes(4);
		if (connack.length < 4 || connack[0] != 0x20 || connack[3] != 0) {
			throw new IOException("broker refused the burst publisher");
		}
		Thread reader = new Thread(() -> {
			byte[] sink = new byte[8192];
			try {
				for (int n; (n = in.read(sink)) >= 0;) {
					this.ackBytes.addAndGet(n);
				}
			} catch (IOException e) {
				// closed
			}
		}, "burst-publisher-read");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts sending {@code count} PUBLISH packets (QoS 1 ids cycle through 1..65535) and returns at once; the
	 * previous burst must be written ({@link #awaitWritten}) first.
	 *
	 * @param payload the payload of message {@code i} (0-based)
	 */
	void send(String topic, int qos, int count, IntFunction<byte[]> payload) {
		ByteArrayOutputStream burst = new ByteArrayOutputStream();
		for (int i = 0; i < count; i++) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			string(body, topic);
			if (qos > 0) {
				int id = i % 65535 + 1;
				body.write(id >> 8);
				body.write(id);
			}
			byte[] p = payload.apply(i);
			body.write(p, 0, p.length);
			burst.writeBytes(packet(0x30 | qos << 1, body));
		}
		byte[] bytes = burst.toByteArray();
		Thread t = new Thread(() -> {
			try {
				for (int off = 0; off < bytes.length; off += 65536) {
					this.out.write(bytes, off, Math.min(65536, bytes.length - off));
				}
			} catch (IOException e) {
				this.failure = e;
			}
		}, "burst-publisher-write");
		t.setDaemon(true);
		this.writer = t;
		t.start();
	}

	/** Waits until the last burst was handed to the socket; rethrows its write failure. */
	void awaitWritten() throws IOException, InterruptedException {
		Thread t = this.writer;
		if (t != null) {
			t.join();
		}
		if (this.failure != null) {
			throw this.failure;
		}
	}

	/** Waits until {@code count} PUBACKs in all arrived since the connect; fails after the deadline. */
	void awaitAcks(long count, long deadlineNanos) throws InterruptedException {
		while (this.ackBytes.get() < 4 * count) {
			Workload.check(deadlineNanos);
			Thread.sleep(0, 100_000);
		}
	}

	private static void string(ByteArrayOutputStream out, String s) {
		byte[] b = s.getBytes(StandardCharsets.UTF_8);
		out.write(b.length >> 8);
		out.write(b.length);
		out.write(b, 0, b.length);
	}

	/** Fixed header (type and flags, remaining length as MQTT's variable byte integer) followed by the body. */
	private static byte[] packet(int firstByte, ByteArrayOutputStream body) {
		ByteArrayOutputStream p = new ByteArrayOutputStream(body.size() + 5);
		p.write(firstByte);
		for (int n = body.size(); ; n >>= 7) {
			p.write(n > 127 ? (n & 127) | 128 : n);
			if (n <= 127) {
				break;
			}
		}
		p.writeBytes(body.toByteArray());
		return p.toByteArray();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}
}
