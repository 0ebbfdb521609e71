/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.mqttboard.mqtt.transport.Transport;

/**
 * HOST-ONLY hand-written MQTT 3.1.1 packets for transport tests (independent of the codec under test elsewhere),
 * plus bounded read/write loops over a {@link Transport}.
 */
public final class RawMqtt {

	private RawMqtt() {
	}

	/**
	 * CONNECT, MQTT 3.1.1 (protocol "MQTT", level 4), clean session, keep-alive 60 s.
	 *
	 * @param user username or null; {@code password} only counts with a username
	 */
	public static byte[] connect(String clientId, String user, String password) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		string(body, "MQTT");
		body.write(4); // protocol level 4 = 3.1.1 [MQTT-3.1.2-2]
		int flags = 0x02; // clean session
		if (user != null) {
			flags |= 0x80;
			if (password != null) {
				flags |= 0x40;
			}
		}
		body.write(flags);
		body.write(0);
		body.write(60); // keep-alive, s
		string(body, clientId);
		if (user != null) {
			string(body, user);
			if (password != null) {
				string(body, password);
			}
		}
		return packet(0x10, body.toByteArray());
	}

	/** SUBSCRIBE packet id 1, one filter at QoS 0. */
	public static byte[] subscribe(String filter) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(0);
		body.write(1);
		string(body, filter);
		body.write(0);
		return packet(0x82, body.toByteArray()); // flags 0010 are mandatory [MQTT-3.8.1-1]
	}

	/** PUBLISH at QoS 0. */
	public static byte[] publish(String topic, byte[] payload) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		string(body, topic);
		body.write(payload, 0, payload.length);
		return packet(0x30, body.toByteArray());
	}

	/** @return a packet with the fixed header {@code type} and a variable-length remaining length */
	public static byte[] packet(int type, byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(type);
		int length = body.length;
		do {
			int digit = length % 128;
			length /= 128;
			out.write(length > 0 ? digit | 0x80 : digit);
		} while (length > 0);
		out.write(body, 0, body.length);
		return out.toByteArray();
	}

	private static void string(ByteArrayOutputStream out, String s) {
		byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
		out.write(bytes.length >> 8);
		out.write(bytes.length & 0xFF);
		out.write(bytes, 0, bytes.length);
	}

	/** Writes all of {@code bytes}, failing on a closed link or after 5 s of zero-progress writes. */
	public static void writeAll(Transport t, byte[] bytes) {
		int done = 0;
		long deadline = System.currentTimeMillis() + 5000;
		while (done < bytes.length) {
			int n = t.write(bytes, done, bytes.length - done);
			if (n < 0) {
				throw new AssertionError("link closed after " + done + " of " + bytes.length + " bytes");
			}
			done += n;
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("write stalled after " + done + " bytes");
			}
		}
	}

	/**
	 * Reads exactly {@code count} bytes, {@code chunk} at most per call.
	 *
	 * @return the bytes; fails on close or when {@code timeoutMillis} passes
	 */
	public static byte[] readExactly(Transport t, int count, int chunk, long timeoutMillis) {
		byte[] buf = new byte[count];
		int done = 0;
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (done < count) {
			int n = t.read(buf, done, Math.min(chunk, count - done));
			if (n < 0) {
				throw new AssertionError("link closed after " + done + " of " + count + " bytes");
			}
			if (n > count - done) {
				throw new AssertionError("read returned " + n + " for a request of " + (count - done));
			}
			done += n;
			if (done < count && System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out after " + done + " of " + count + " bytes");
			}
		}
		return buf;
	}

	/** Sends CONNECT and returns the CONNACK return code (byte 4), checking the CONNACK's fixed header. */
	public static int connectAndGetReturnCode(Transport t, String clientId, String user, String password) {
		writeAll(t, connect(clientId, user, password));
		byte[] connack = readExactly(t, 4, 4, 5000);
		if (connack[0] != 0x20 || connack[1] != 0x02) {
			throw new AssertionError("not a CONNACK: " + (connack[0] & 0xFF) + " " + (connack[1] & 0xFF));
		}
		return connack[3] & 0xFF;
	}
}
