/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * A decoded CONNACK, filled by {@link AckCodec#decodeConnAck}. Reusable; fields are valid after a successful decode
 * until the next one.
 * <p>
 * Threading: owned by the caller's thread; not thread-safe.
 */
public final class ConnAckView {

	/** Session present (MQTT 3.1.1 only; always false for 3.1). */
	public boolean sessionPresent;
	/** Connect return code 0..5, one of the {@code AckCodec.ACCEPTED}/{@code REFUSED_*} constants. */
	public int returnCode;
}
