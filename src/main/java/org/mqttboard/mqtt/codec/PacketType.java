/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * MQTT control packet types: the high nibble of the first fixed-header byte (MQTT 3.1.1 §2.2.1).
 * Values 0 and 15 are reserved and never valid on the wire.
 */
public final class PacketType {

	/** Client request to connect. */
	public static final int CONNECT = 1;
	/** Connect acknowledgment. */
	public static final int CONNACK = 2;
	/** Application message. */
	public static final int PUBLISH = 3;
	/** QoS 1 acknowledgment. */
	public static final int PUBACK = 4;
	/** QoS 2 part 1: publish received. */
	public static final int PUBREC = 5;
	/** QoS 2 part 2: publish release (fixed-header flags 0010). */
	public static final int PUBREL = 6;
	/** QoS 2 part 3: publish complete. */
	public static final int PUBCOMP = 7;
	/** Client subscribe request (fixed-header flags 0010). */
	public static final int SUBSCRIBE = 8;
	/** Subscribe acknowledgment. */
	public static final int SUBACK = 9;
	/** Client unsubscribe request (fixed-header flags 0010). */
	public static final int UNSUBSCRIBE = 10;
	/** Unsubscribe acknowledgment. */
	public static final int UNSUBACK = 11;
	/** Ping request. */
	public static final int PINGREQ = 12;
	/** Ping response. */
	public static final int PINGRESP = 13;
	/** Client is disconnecting. */
	public static final int DISCONNECT = 14;

	private PacketType() {
	}
}
