/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * A decoded PUBLISH, filled by {@link PublishCodec#decode} or {@link PublishCodec#decodeHead}: flags and
 * identifier plus offsets into the receive buffer, nothing copied. Reusable: allocate one per receive path.
 * Fields are valid after a successful decode and only while the receive buffer is not overwritten, i.e. until
 * the next decode or read.
 * <p>
 * Threading: owned by the caller's thread; not thread-safe.
 */
public final class PublishView {

	/** The buffer the offsets refer to (the one given to the last successful decode; not copied). */
	public byte[] buf;
	/** QoS 0..2. */
	public int qos;
	public boolean retain;
	/** DUP flag (only ever set with QoS 1 or 2). */
	public boolean dup;
	/** Packet identifier 1..65,535 for QoS 1 and 2; 0 for QoS 0. */
	public int packetId;
	/** Offset of the Topic Name's first byte in {@link #buf}. */
	public int topicOff;
	/** Topic Name length in bytes (at least 1). */
	public int topicLen;
	/** Offset of the payload's first byte in {@link #buf}. */
	public int payloadOff;
	/** Payload length in bytes; after {@link PublishCodec#decodeHead} it may extend beyond the bytes received. */
	public int payloadLen;
	/** Bytes of the whole packet on the wire, fixed header included. */
	public int packetLength;

	/** Scratch for the fixed header; owned by this view so decoding allocates nothing. */
	final HeaderView header = new HeaderView();
}
