/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec.broker;

/**
 * A decoded SUBSCRIBE or UNSUBSCRIBE as a broker sees it: packet identifier and the topic filters as offsets into
 * the receive buffer, with requested QoS for SUBSCRIBE. Capacity fixed at construction. Test scope; not thread-safe.
 */
public final class FilterListView {

	/** Buffer the offsets refer to. */
	public byte[] buf;
	/** Packet identifier. */
	public int packetId;
	/** Number of filters decoded. */
	public int count;
	/** Filter offsets, {@link #count} used. */
	public final int[] filterOff;
	/** Filter lengths, {@link #count} used. */
	public final int[] filterLen;
	/** Requested QoS per filter (SUBSCRIBE only). */
	public final int[] qos;

	/**
	 * @param capacity most filters one packet may carry
	 */
	public FilterListView(int capacity) {
		this.filterOff = new int[capacity];
		this.filterLen = new int[capacity];
		this.qos = new int[capacity];
	}

	/**
	 * @param index 0..{@link #count}-1
	 * @return the filter as a string (test convenience)
	 */
	public String filter(int index) {
		try {
			return new String(this.buf, this.filterOff[index], this.filterLen[index], "UTF-8");
		} catch (java.io.UnsupportedEncodingException e) {
			throw new AssertionError(e);
		}
	}
}
