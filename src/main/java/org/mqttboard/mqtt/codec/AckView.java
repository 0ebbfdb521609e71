/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * A decoded acknowledgement, filled by the {@link AckCodec} decoders: PUBACK, PUBREC, PUBREL, PUBCOMP and UNSUBACK
 * ({@link AckCodec#decode}), CONNACK ({@link AckCodec#decodeConnAck}) or SUBACK ({@link AckCodec#decodeSubAck}).
 * Reusable; the fields of the decoded type are valid after a successful decode until the next one (SUBACK: while
 * the buffer is not overwritten).
 * <p>
 * Threading: owned by the caller's thread; not thread-safe.
 */
public final class AckView {

	/** Packet type: {@link PacketType#PUBACK} .. {@code UNSUBACK}, {@code CONNACK} or {@code SUBACK}. */
	public int type;
	/** Packet identifier being acknowledged, 1..65,535 (not CONNACK). */
	public int packetId;
	/** CONNACK: session present (MQTT 3.1.1 only; always false for 3.1). */
	public boolean sessionPresent;
	/** CONNACK: connect return code 0..5, one of the {@code AckCodec.ACCEPTED}/{@code REFUSED_*} constants. */
	public int returnCode;
	/** SUBACK: the buffer its return codes lie in (not copied). */
	public byte[] buf;
	/** SUBACK: offset of the first return code in {@link #buf}. */
	public int codesOff;
	/** SUBACK: number of return codes, one per filter of the SUBSCRIBE, in order [MQTT-3.9.3-1]. */
	public int count;

	/** Scratch for the fixed header; owned by this view so decoding allocates nothing. */
	final HeaderView header = new HeaderView();

	/**
	 * @param index SUBACK return code index, 0..{@link #count}-1
	 * @return granted QoS 0..2, or {@link AckCodec#FAILURE}
	 */
	public int returnCode(int index) {
		return this.buf[this.codesOff + index] & 0xFF;
	}
}
