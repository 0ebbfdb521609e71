/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * A decoded packet: the fixed header ({@link FixedHeader#decode}) and the fields of the type decoded after it, a
 * PUBLISH ({@link PublishCodec#decode}, {@link PublishCodec#decodeHead}) or an acknowledgement ({@link AckCodec}:
 * PUBACK, PUBREC, PUBREL, PUBCOMP and UNSUBACK, CONNACK, SUBACK), as offsets into the receive buffer, nothing copied.
 * Reusable: allocate one per receive path and pass it to every decode of the packet at hand. Fields are meaningful
 * only after a decode returned a non-negative value, only those of the type decoded, and only until the next decode
 * or while the buffer is not overwritten.
 * <p>
 * Threading: owned by the caller's thread; not thread-safe.
 */
public final class PacketView {

	/** Packet type, one of {@link PacketType}. */
	public int type;
	/** The four flag bits of the first byte (low nibble). */
	public int flags;
	/** Remaining Length: bytes after the fixed header, 0..268,435,455. */
	public int remainingLength;
	/** Bytes of the fixed header itself: 2..5. */
	public int headerLength;

	/** PUBLISH and SUBACK: the buffer the offsets refer to (the one given to the decode; not copied). */
	public byte[] buf;
	/** Packet identifier 1..65,535 (PUBLISH: 0 for QoS 0; not CONNACK). */
	public int packetId;
	/** PUBLISH: QoS 0..2. */
	public int qos;
	/** PUBLISH: RETAIN flag. */
	public boolean retain;
	/** PUBLISH: DUP flag (only ever set with QoS 1 or 2). */
	public boolean dup;
	/** PUBLISH: offset of the Topic Name's first byte in {@link #buf}. */
	public int topicOff;
	/** PUBLISH: Topic Name length in bytes (at least 1). */
	public int topicLen;
	/** PUBLISH: offset of the payload's first byte in {@link #buf}. */
	public int payloadOff;
	/** PUBLISH: payload length in bytes; after {@link PublishCodec#decodeHead} it may extend beyond the bytes read. */
	public int payloadLen;

	/** CONNACK: session present (MQTT 3.1.1 only; always false for 3.1). */
	public boolean sessionPresent;
	/** CONNACK: connect return code 0..5, one of the {@code AckCodec.ACCEPTED}/{@code REFUSED_*} constants. */
	public int returnCode;
	/** SUBACK: offset of the first return code in {@link #buf}. */
	public int codesOff;
	/** SUBACK: number of return codes, one per filter of the SUBSCRIBE, in order [MQTT-3.9.3-1]. */
	public int count;

	/**
	 * @return bytes of the whole packet on the wire: {@link #headerLength} + {@link #remainingLength}
	 */
	public int packetLength() {
		return this.headerLength + this.remainingLength;
	}

	/**
	 * @param index SUBACK return code index, 0..{@link #count}-1
	 * @return granted QoS 0..2, or {@link AckCodec#FAILURE}
	 */
	public int returnCode(int index) {
		return this.buf[this.codesOff + index] & 0xFF;
	}
}
