/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * SUBSCRIBE encoder (MQTT 3.1.1 §3.8): one packet identifier, then one or more topic filters each followed by its
 * requested QoS. Fixed-header flags 0010 [MQTT-3.8.1-1].
 * <p>
 * Threading: pure static functions; no allocation.
 */
public final class SubscribeCodec {

	private SubscribeCodec() {
	}

	/**
	 * Validates {@code filters[first..first+count)} (at least one [MQTT-3.8.3-3], each a valid topic filter) and
	 * returns the Remaining Length.
	 *
	 * @param filters topic filters as UTF-8 bytes, one array per filter
	 * @param first index of the first filter to send
	 * @param count number of filters, at least 1
	 * @return the Remaining Length, or {@link Status#INVALID_COUNT}, {@link Status#BAD_BOUNDS},
	 *         {@link Status#INVALID_TOPIC_FILTER}, {@link Status#INVALID_UTF8}, {@link Status#TOO_LARGE}
	 */
	public static int remainingLength(byte[][] filters, int first, int count) {
		if (count < 1) {
			return Status.INVALID_COUNT;
		}
		if (first < 0 || first > filters.length - count) {
			return Status.BAD_BOUNDS;
		}
		int length = 2; // packet identifier
		for (int k = first; k < first + count; k++) {
			byte[] f = filters[k];
			if (f == null) {
				return Status.INVALID_TOPIC_FILTER;
			}
			int status = Topics.checkFilter(f, 0, f.length);
			if (status != Status.OK) {
				return status;
			}
			length += 2 + f.length + 1; // length prefix, filter, requested QoS
			if (length > FixedHeader.MAX_REMAINING_LENGTH) {
				return Status.TOO_LARGE;
			}
		}
		return length;
	}

	/**
	 * @param filters topic filters as UTF-8 bytes, one array per filter
	 * @param first index of the first filter
	 * @param count number of filters, at least 1
	 * @return total bytes of the SUBSCRIBE (fixed header included), or a negative status as
	 *         {@link #remainingLength}
	 */
	public static int size(byte[][] filters, int first, int count) {
		int remaining = remainingLength(filters, first, count);
		return remaining < 0 ? remaining : FixedHeader.packetSize(remaining);
	}

	/**
	 * Encodes a SUBSCRIBE. Nothing is written on failure.
	 *
	 * @param packetId 1..65,535
	 * @param filters topic filters as UTF-8 bytes
	 * @param qos requested QoS (0..2) per filter, same indices as {@code filters}
	 * @param first index of the first filter to send
	 * @param count number of filters, at least 1
	 * @return bytes written, {@link Status#BUFFER_TOO_SMALL}, {@link Status#INVALID_PACKET_ID},
	 *         {@link Status#INVALID_QOS} or a status of {@link #remainingLength}
	 */
	public static int encode(byte[] buf, int off, int limit, int packetId, byte[][] filters, int[] qos, int first,
			int count) {
		int remaining = remainingLength(filters, first, count);
		if (remaining < 0) {
			return remaining;
		}
		if (qos.length < first + count) {
			return Status.BAD_BOUNDS;
		}
		for (int k = first; k < first + count; k++) {
			if (qos[k] < 0 || qos[k] > 2) {
				return Status.INVALID_QOS;
			}
		}
		if (packetId < 1 || packetId > FixedHeader.MAX_U16) {
			return Status.INVALID_PACKET_ID;
		}
		if (!FixedHeader.inBounds(buf, off, limit)) {
			return Status.BAD_BOUNDS;
		}
		if (FixedHeader.packetSize(remaining) > limit - off) {
			return Status.BUFFER_TOO_SMALL;
		}
		int i = off + FixedHeader.encode(buf, off, limit, PacketType.SUBSCRIBE, FixedHeader.FLAGS_0010, remaining);
		FixedHeader.writeU16(buf, i, packetId);
		i += 2;
		for (int k = first; k < first + count; k++) {
			i = FixedHeader.writeString(buf, i, filters[k], 0, filters[k].length);
			buf[i++] = (byte) qos[k];
		}
		return i - off;
	}
}
