/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * A decoded fixed header, filled by {@link FixedHeader#decode}. Reusable: allocate one per receive path and pass it
 * to every decode. Fields are meaningful only after a decode returned a positive value and until the next decode.
 * <p>
 * Threading: owned by the caller's thread; not thread-safe.
 */
public final class HeaderView {

	/** Packet type, one of {@link PacketType}. */
	public int type;
	/** The four flag bits of the first byte (low nibble). */
	public int flags;
	/** Remaining Length: bytes after the fixed header, 0..268,435,455. */
	public int remainingLength;
	/** Bytes of the fixed header itself: 2..5. */
	public int headerLength;

	/**
	 * @return bytes of the whole packet: {@link #headerLength} + {@link #remainingLength}
	 */
	public int packetLength() {
		return this.headerLength + this.remainingLength;
	}
}
