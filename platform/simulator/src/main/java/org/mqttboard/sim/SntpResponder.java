/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.function.LongSupplier;

/**
 * A tiny SNTP server (RFC 4330 server mode) on a loopback UDP port, so the firmware's own SNTP client sets the
 * simulated clock without Internet access. It answers every well-formed client request (mode 3, version 1..4)
 * with stratum 1, reference "SIM", and the simulated world's UTC time; anything else is ignored.
 * <p>
 * Threading: one daemon thread serves requests until {@link #close}.
 */
public final class SntpResponder implements AutoCloseable {

	/** Seconds from 1900-01-01 (NTP era 0) to 1970-01-01. */
	private static final long NTP_UNIX_OFFSET_SECONDS = 2_208_988_800L;
	private static final int PACKET_BYTES = 48;

	private final DatagramSocket socket;
	private final LongSupplier utcMillis;
	private final Thread thread;
	private volatile int served;

	/**
	 * Binds and starts serving.
	 *
	 * @param host loopback address to bind
	 * @param port UDP port, 0 for an ephemeral free port
	 * @param utcMillis the time to serve, UTC milliseconds since 1970
	 * @throws IOException when the port cannot be bound
	 */
	public SntpResponder(String host, int port, LongSupplier utcMillis) throws IOException {
		this.socket = new DatagramSocket(port, InetAddress.getByName(host));
		this.utcMillis = utcMillis;
		this.thread = new Thread(this::serve, "sim-sntp");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** @return the bound UDP port */
	public int port() {
		return this.socket.getLocalPort();
	}

	/** @return how many requests were answered */
	public int served() {
		return this.served;
	}

	private void serve() {
		byte[] buffer = new byte[512];
		while (!this.socket.isClosed()) {
			DatagramPacket request = new DatagramPacket(buffer, buffer.length);
			try {
				this.socket.receive(request);
				if (request.getLength() < PACKET_BYTES) {
					continue;
				}
				int mode = buffer[0] & 0x07;
				int version = (buffer[0] >> 3) & 0x07;
				if (mode != 3 || version < 1 || version > 4) {
					continue;
				}
				byte[] reply = answer(buffer, version, this.utcMillis.getAsLong());
				this.served++;
				this.socket.send(new DatagramPacket(reply, reply.length, request.getSocketAddress()));
			} catch (SocketException e) {
				return; // closed
			} catch (IOException e) {
				// One bad exchange must not stop the server.
			}
		}
	}

	/**
	 * Builds a server reply (package-private for tests).
	 *
	 * @param request the client's 48-byte request
	 * @param version NTP version to echo
	 * @param nowMillis UTC milliseconds to put in the receive and transmit timestamps
	 * @return the 48-byte reply
	 */
	static byte[] answer(byte[] request, int version, long nowMillis) {
		byte[] reply = new byte[PACKET_BYTES];
		reply[0] = (byte) ((0 << 6) | (version << 3) | 4); // LI 0, server mode
		reply[1] = 1; // stratum 1: primary reference
		reply[2] = request[2]; // poll interval echoed
		reply[3] = (byte) -20; // precision about 1 microsecond
		reply[12] = 'S';
		reply[13] = 'I';
		reply[14] = 'M';
		writeTimestamp(reply, 16, nowMillis); // reference time
		System.arraycopy(request, 40, reply, 24, 8); // originate = client's transmit time [RFC 4330 §5]
		writeTimestamp(reply, 32, nowMillis); // receive time
		writeTimestamp(reply, 40, nowMillis); // transmit time
		return reply;
	}

	private static void writeTimestamp(byte[] out, int offset, long utcMillis) {
		long seconds = Math.floorDiv(utcMillis, 1000L) + NTP_UNIX_OFFSET_SECONDS;
		long fraction = (Math.floorMod(utcMillis, 1000L) << 32) / 1000L;
		for (int i = 0; i < 4; i++) {
			out[offset + i] = (byte) (seconds >>> (24 - 8 * i));
			out[offset + 4 + i] = (byte) (fraction >>> (24 - 8 * i));
		}
	}

	/** Stops serving and releases the port; idempotent. */
	@Override
	public void close() {
		this.socket.close();
	}
}
