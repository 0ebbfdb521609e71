/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.util.Arrays;

/**
 * Watches one direction of an MQTT byte stream and reports every complete PUBLISH packet (topic, payload). Written
 * independently of the firmware's codec on purpose: it is the simulator's outside view of what really went over
 * the link, so a bug in the engine cannot hide itself here.
 * <p>
 * It accepts bytes in any chunking (one byte at a time included). A malformed length (more than four
 * remaining-length bytes, [MQTT-2.2.3]) switches it off for the rest of the connection rather than guess.
 * <p>
 * Threading: one instance per direction per connection, fed by the thread that owns the transport.
 */
public final class WireSniffer {

	/** Receives PUBLISH packets. */
	public interface PublishListener {

		/**
		 * @param topic topic name bytes (UTF-8 per [MQTT-1.5.3])
		 * @param payload payload bytes
		 * @param qos QoS 0..2 from the fixed header
		 * @param retain the RETAIN flag
		 * @param dup the DUP flag
		 */
		void onPublish(byte[] topic, byte[] payload, int qos, boolean retain, boolean dup);
	}

	private static final int PUBLISH = 3;

	private final PublishListener listener;
	private byte[] pending = new byte[256];
	private int length;
	private boolean broken;

	/** @param listener receives every complete PUBLISH */
	public WireSniffer(PublishListener listener) {
		this.listener = listener;
	}

	/**
	 * Feeds bytes that went through the link.
	 *
	 * @param buf the bytes
	 * @param off first byte
	 * @param len number of bytes
	 */
	public void feed(byte[] buf, int off, int len) {
		if (this.broken || len <= 0) {
			return;
		}
		if (this.length + len > this.pending.length) {
			this.pending = Arrays.copyOf(this.pending, Math.max(this.pending.length * 2, this.length + len));
		}
		System.arraycopy(buf, off, this.pending, this.length, len);
		this.length += len;
		int consumed = 0;
		while (true) {
			int packetLength = completePacketLength(consumed);
			if (packetLength <= 0) {
				break;
			}
			handle(consumed, packetLength);
			consumed += packetLength;
		}
		if (consumed > 0) {
			System.arraycopy(this.pending, consumed, this.pending, 0, this.length - consumed);
			this.length -= consumed;
		}
	}

	/** @return total bytes of the packet starting at {@code start}, or 0 when incomplete (or broken) */
	private int completePacketLength(int start) {
		int remaining = 0;
		int multiplier = 1;
		int pos = start + 1;
		for (int i = 0; i < 4; i++) {
			if (pos >= this.length) {
				return 0;
			}
			int digit = this.pending[pos++] & 0xFF;
			remaining += (digit & 0x7F) * multiplier;
			if ((digit & 0x80) == 0) {
				int total = pos - start + remaining;
				return start + total <= this.length ? total : 0;
			}
			multiplier <<= 7;
		}
		this.broken = true;
		return 0;
	}

	private void handle(int start, int total) {
		int header = this.pending[start] & 0xFF;
		if ((header >> 4) != PUBLISH) {
			return;
		}
		int qos = (header >> 1) & 0x03;
		int pos = start + 1;
		while ((this.pending[pos] & 0x80) != 0) {
			pos++;
		}
		pos++;
		int end = start + total;
		if (pos + 2 > end) {
			return;
		}
		int topicLength = ((this.pending[pos] & 0xFF) << 8) | (this.pending[pos + 1] & 0xFF);
		pos += 2;
		int payloadStart = pos + topicLength + (qos > 0 ? 2 : 0);
		if (payloadStart > end) {
			return;
		}
		this.listener.onPublish(Arrays.copyOfRange(this.pending, pos, pos + topicLength),
				Arrays.copyOfRange(this.pending, payloadStart, end), qos, (header & 0x01) != 0, (header & 0x08) != 0);
	}
}
