/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.time;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Random;

import org.mqttboard.platform.Clock;
import org.mqttboard.platform.Log;

/**
 * SNTP client (RFC 4330, client mode, unicast) over {@code java.net.DatagramSocket}: the one SNTP implementation of
 * the firmware, on the device and in the simulator. Tries each server in order, one request each, until a reply
 * passes {@link SntpPacket#check}; then sets {@link Clock#setWallMillis} to the server's transmit time plus half
 * the measured round trip (the server's processing time excluded), so the clock is off by at most half the
 * network asymmetry.
 * <p>
 * Servers are {@code host}, {@code host:port} or {@code [ipv6]:port}; the port defaults to 123.
 * <p>
 * Threading: main loop only; {@link #sync} blocks at most {@code timeoutMillis} per server (plus name resolution).
 */
public final class SntpClient extends TimeSync {

	public static final int PORT = 123;
	/** Replies read per server before giving up on stray datagrams. */
	private static final int MAX_READS = 4;

	private final String[] hosts;
	private final int[] ports;
	private final int timeoutMillis;
	private final Clock clock;
	private final Log log;
	private final Random random;
	private final byte[] buffer = new byte[SntpPacket.SIZE + 20];

	/**
	 * @param servers server list, tried in order (at least one)
	 * @param timeoutMillis how long to wait for each server's reply, in ms (&gt; 0)
	 * @param clock the clock to set
	 * @param log console, for one line per failed server
	 * @throws IllegalArgumentException naming the server entry that is malformed
	 */
	public SntpClient(String[] servers, int timeoutMillis, Clock clock, Log log) {
		if (servers.length == 0 || timeoutMillis <= 0) {
			throw new IllegalArgumentException("time: need at least one SNTP server and a timeout > 0");
		}
		this.hosts = new String[servers.length];
		this.ports = new int[servers.length];
		for (int i = 0; i < servers.length; i++) {
			parseServer(servers[i], i);
		}
		this.timeoutMillis = timeoutMillis;
		this.clock = clock;
		this.log = log;
		this.random = new Random(clock.monotonicMillis() ^ System.identityHashCode(this));
	}

	@Override
	public int sync() {
		int worst = TimeSync.TIMEOUT;
		for (int i = 0; i < this.hosts.length; i++) {
			int rc = query(i);
			if (rc == TimeSync.OK) {
				return rc;
			}
			this.log.log(Log.WARN, "SNTP " + this.hosts[i] + ":" + this.ports[i] + ": " + name(rc));
			// Keep the most telling failure (the codes run from silence down to a socket error).
			if (rc < worst) {
				worst = rc;
			}
		}
		return worst;
	}

	private int query(int server) {
		InetAddress address;
		try {
			address = InetAddress.getByName(this.hosts[server]);
		} catch (UnknownHostException e) {
			return TimeSync.UNKNOWN_HOST;
		}
		DatagramSocket socket = null;
		try {
			socket = new DatagramSocket();
			socket.setSoTimeout(this.timeoutMillis);
			long nonce = this.random.nextLong();
			SntpPacket.writeRequest(this.buffer, nonce);
			long sentAt = this.clock.monotonicMillis();
			socket.send(new DatagramPacket(this.buffer, SntpPacket.SIZE, address, this.ports[server]));
			DatagramPacket reply = new DatagramPacket(this.buffer, this.buffer.length);
			int rc = TimeSync.TIMEOUT;
			for (int read = 0; read < MAX_READS; read++) {
				reply.setLength(this.buffer.length);
				socket.receive(reply);
				long receivedAt = this.clock.monotonicMillis();
				if (!address.equals(reply.getAddress())) {
					continue; // not from the server we asked
				}
				rc = SntpPacket.check(this.buffer, reply.getLength(), nonce);
				if (rc == TimeSync.OK) {
					setClock(sentAt, receivedAt);
					return rc;
				}
				if (rc == TimeSync.KISS_OF_DEATH) {
					return rc;
				}
			}
			return rc;
		} catch (InterruptedIOException e) {
			return TimeSync.TIMEOUT;
		} catch (IOException e) {
			return TimeSync.IO;
		} catch (SecurityException e) {
			return TimeSync.IO;
		} finally {
			if (socket != null) {
				socket.close();
			}
		}
	}

	private void setClock(long sentAt, long receivedAt) {
		long serverReceive = SntpPacket.toUnixMillis(this.buffer, SntpPacket.RECEIVE);
		long serverTransmit = SntpPacket.toUnixMillis(this.buffer, SntpPacket.TRANSMIT);
		long serverHeld = Math.max(0, serverTransmit - serverReceive);
		long roundTrip = Math.max(0, (receivedAt - sentAt) - serverHeld);
		long nowWall = serverTransmit + roundTrip / 2 + (this.clock.monotonicMillis() - receivedAt);
		this.clock.setWallMillis(nowWall);
	}

	private void parseServer(String entry, int index) {
		String s = entry.trim();
		String host = s;
		int port = PORT;
		int colon = s.lastIndexOf(':');
		if (s.startsWith("[")) {
			int close = s.indexOf(']');
			if (close < 0) {
				throw new IllegalArgumentException("time server '" + s + "': missing ']'");
			}
			host = s.substring(1, close);
			if (close + 1 < s.length()) {
				if (s.charAt(close + 1) != ':') {
					throw new IllegalArgumentException("time server '" + s + "': expected ':port' after ']'");
				}
				port = parsePort(s, s.substring(close + 2));
			}
		} else if (colon >= 0 && s.indexOf(':') == colon) {
			host = s.substring(0, colon);
			port = parsePort(s, s.substring(colon + 1));
		}
		if (host.length() == 0) {
			throw new IllegalArgumentException("time server " + (index + 1) + " is empty");
		}
		this.hosts[index] = host;
		this.ports[index] = port;
	}

	private static int parsePort(String entry, String digits) {
		int port = 0;
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9' || port > 65535) {
				throw new IllegalArgumentException("time server '" + entry + "': port is not a number");
			}
			port = port * 10 + (c - '0');
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("time server '" + entry + "': port must be 1..65535");
		}
		return port;
	}
}
