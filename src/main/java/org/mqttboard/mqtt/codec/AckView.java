/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * A decoded two-byte acknowledgment (PUBACK, PUBREC, PUBREL, PUBCOMP, UNSUBACK), filled by
 * {@link AckCodec#decode}. Reusable; fields are valid after a successful decode until the next one.
 * <p>
 * Threading: owned by the caller's thread; not thread-safe.
 */
public final class AckView {

	/** Packet type: {@link PacketType#PUBACK}, {@code PUBREC}, {@code PUBREL}, {@code PUBCOMP} or {@code UNSUBACK}. */
	public int type;
	/** Packet identifier being acknowledged, 1..65,535. */
	public int packetId;
}
