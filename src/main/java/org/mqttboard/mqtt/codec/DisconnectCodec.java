/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * DISCONNECT encoder (MQTT 3.1.1 §3.14): the last packet a client sends; the server then discards the will
 * [MQTT-3.14.4-3].
 * <p>
 * Threading: pure static functions; no allocation.
 */
public final class DisconnectCodec {

	/** Bytes of a DISCONNECT. */
	public static final int SIZE = 2;

	private DisconnectCodec() {
	}

	/**
	 * Encodes a DISCONNECT.
	 *
	 * @param buf destination, owned by the caller
	 * @param off first byte to write
	 * @param limit end (exclusive) of the writable range
	 * @return {@link #SIZE}, {@link Status#BUFFER_TOO_SMALL} or {@link Status#BAD_BOUNDS}
	 */
	public static int encode(byte[] buf, int off, int limit) {
		return FixedHeader.encode(buf, off, limit, PacketType.DISCONNECT, 0, 0);
	}
}
