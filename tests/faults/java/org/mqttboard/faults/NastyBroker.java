/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HOST-ONLY raw TCP fake MQTT 3.1.1 broker on an ephemeral loopback port, just good enough for one board: CONNACK
 * (accepted, no session), SUBACK granting QoS 0, PINGRESP, PUBACK. Tests make it send nonsense on the live
 * connection ({@link #inject}) followed by a valid message, which it also sends after every later SUBACK until
 * told the board saw it. One connection at a time (a new one replaces the old), one thread per connection.
 */
final class NastyBroker implements AutoCloseable {

	private final ServerSocket server;
	private final AtomicInteger connections = new AtomicInteger();
	private volatile Socket current;
	private volatile String pendingOk;

	NastyBroker() throws IOException {
		this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		Thread t = new Thread(this::acceptLoop, "nasty-broker-accept");
		t.setDaemon(true);
		t.start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	/** @return connections accepted so far */
	int connections() {
		return this.connections.get();
	}

	/**
	 * Writes {@code nonsense} on the live connection, then a valid QoS 0 PUBLISH of {@code ok} on
	 * {@code topic}; {@code ok} is also sent after the SUBACK of every later connection until {@link #clearOk()}.
	 */
	synchronized void inject(byte[] nonsense, String topic, String ok) throws IOException {
		this.pendingOk = topic + '\n' + ok;
		Socket s = this.current;
		if (s != null) {
			OutputStream out = s.getOutputStream();
			try {
				out.write(nonsense);
				out.write(publish(topic.getBytes(StandardCharsets.UTF_8), ok.getBytes(StandardCharsets.UTF_8)));
				out.flush();
			} catch (IOException e) {
				// The board closed first: the next connection gets the valid message.
			}
		}
	}

	/** Stops re-sending the valid message. */
	void clearOk() {
		this.pendingOk = null;
	}

	/** @return a QoS 0 PUBLISH with raw topic bytes */
	static byte[] publish(byte[] topic, byte[] payload) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(topic.length >> 8);
		body.write(topic.length);
		body.write(topic, 0, topic.length);
		body.write(payload, 0, payload.length);
		return packet(0x30, body.toByteArray());
	}

	/** @return a packet with the fixed header for {@code body} */
	static byte[] packet(int firstByte, byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(firstByte);
		int len = body.length;
		do {
			int digit = len % 128;
			len /= 128;
			out.write(len > 0 ? digit | 0x80 : digit);
		} while (len > 0);
		out.write(body, 0, body.length);
		return out.toByteArray();
	}

	private void acceptLoop() {
		while (!this.server.isClosed()) {
			try {
				Socket s = this.server.accept();
				Socket old = this.current;
				if (old != null) {
					old.close();
				}
				this.current = s;
				this.connections.incrementAndGet();
				Thread t = new Thread(() -> serve(s), "nasty-broker-conn");
				t.setDaemon(true);
				t.start();
			} catch (IOException e) {
				return;
			}
		}
	}

	private void serve(Socket s) {
		try (s) {
			InputStream in = s.getInputStream();
			OutputStream out = s.getOutputStream();
			while (true) {
				int first = in.read();
				if (first < 0) {
					return;
				}
				int len = 0;
				int shift = 0;
				int b;
				do {
					b = in.read();
					if (b < 0) {
						return;
					}
					len |= (b & 0x7f) << shift;
					shift += 7;
				} while ((b & 0x80) != 0 && shift < 28);
				byte[] body = in.readNBytes(len);
				if (body.length < len) {
					return;
				}
				synchronized (this) {
					switch (first >> 4) {
					case 1 -> out.write(new byte[] { 0x20, 0x02, 0x00, 0x00 });
					case 3 -> {
						if ((first & 0x06) != 0) { // QoS 1: PUBACK with the packet id after the topic
							int topicLen = ((body[0] & 0xff) << 8) | (body[1] & 0xff);
							out.write(new byte[] { 0x40, 0x02, body[2 + topicLen], body[3 + topicLen] });
						}
					}
					case 8 -> {
						out.write(new byte[] { (byte) 0x90, 0x03, body[0], body[1], 0x00 });
						String ok = this.pendingOk;
						if (ok != null) {
							int nl = ok.indexOf('\n');
							out.write(publish(ok.substring(0, nl).getBytes(StandardCharsets.UTF_8),
									ok.substring(nl + 1).getBytes(StandardCharsets.UTF_8)));
						}
					}
					case 12 -> out.write(new byte[] { (byte) 0xd0, 0x00 });
					case 14 -> {
						return;
					}
					default -> {
						// Ignore anything else.
					}
					}
					out.flush();
				}
			}
		} catch (IOException e) {
			// Closed by the board or by a newer connection.
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		Socket s = this.current;
		if (s != null) {
			s.close();
		}
	}
}
