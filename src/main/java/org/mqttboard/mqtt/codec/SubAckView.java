/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * A decoded SUBACK, filled by {@link AckCodec#decodeSubAck}: the packet identifier and where the return codes lie in
 * the receive buffer. Reusable; valid after a successful decode while the buffer is not overwritten.
 * <p>
 * Threading: owned by the caller's thread; not thread-safe.
 */
public final class SubAckView {

	/** The buffer the offsets refer to (not copied). */
	public byte[] buf;
	/** Packet identifier of the SUBSCRIBE being acknowledged, 1..65,535. */
	public int packetId;
	/** Offset of the first return code in {@link #buf}. */
	public int codesOff;
	/** Number of return codes, one per filter of the SUBSCRIBE, in order [MQTT-3.9.3-1]. */
	public int count;

	/** Scratch for the fixed header; owned by this view so decoding allocates nothing. */
	final HeaderView header = new HeaderView();

	/**
	 * @param index 0..{@link #count}-1
	 * @return granted QoS 0..2, or {@link AckCodec#FAILURE}
	 */
	public int returnCode(int index) {
		return this.buf[this.codesOff + index] & 0xFF;
	}
}
