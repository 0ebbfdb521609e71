/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * UNSUBSCRIBE encoder (MQTT 3.1.1 §3.10): one packet identifier, then one or more topic filters. Fixed-header flags
 * 0010 [MQTT-3.10.1-1]. Its acknowledgment, UNSUBACK, is decoded by {@link AckCodec}.
 * <p>
 * Threading: pure static functions; no allocation.
 */
public final class UnsubscribeCodec {

	private UnsubscribeCodec() {
	}

	/**
	 * Validates {@code filters[first..first+count)} (at least one [MQTT-3.10.3-2]) and returns the Remaining Length.
	 *
	 * @param filters topic filters as UTF-8 bytes, one array per filter
	 * @param first index of the first filter
	 * @param count number of filters, at least 1
	 * @return the Remaining Length or a negative status as {@link SubscribeCodec#remainingLength}
	 */
	public static int remainingLength(byte[][] filters, int first, int count) {
		return SubscribeCodec.filtersLength(filters, first, count, 0);
	}

	/**
	 * @param filters topic filters as UTF-8 bytes, one array per filter
	 * @param first index of the first filter
	 * @param count number of filters, at least 1
	 * @return total bytes of the UNSUBSCRIBE, or a negative status as {@link #remainingLength}
	 */
	public static int size(byte[][] filters, int first, int count) {
		int remaining = remainingLength(filters, first, count);
		return remaining < 0 ? remaining : FixedHeader.packetSize(remaining);
	}

	/**
	 * Encodes an UNSUBSCRIBE. Nothing is written on failure.
	 *
	 * @param buf destination, owned by the caller
	 * @param off first byte to write
	 * @param limit end (exclusive) of the writable range
	 * @param packetId 1..65,535
	 * @param filters topic filters as UTF-8 bytes
	 * @param first index of the first filter to send
	 * @param count number of filters, at least 1
	 * @return bytes written, {@link Status#BUFFER_TOO_SMALL}, {@link Status#INVALID_PACKET_ID} or a status of
	 *         {@link #remainingLength}
	 */
	public static int encode(byte[] buf, int off, int limit, int packetId, byte[][] filters, int first, int count) {
		int remaining = remainingLength(filters, first, count);
		if (remaining < 0) {
			return remaining;
		}
		int i = SubscribeCodec.writeHead(buf, off, limit, PacketType.UNSUBSCRIBE, packetId, remaining);
		if (i < 0) {
			return i;
		}
		for (int k = first; k < first + count; k++) {
			i = Wire.writeString(buf, i, filters[k], 0, filters[k].length);
		}
		return i - off;
	}
}
