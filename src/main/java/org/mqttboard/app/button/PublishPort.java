/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.button;

/**
 * Where button payloads go: the MQTT engine, adapted by the firmware. Never blocks.
 * <p>
 * Threading: main loop only.
 */
public interface PublishPort {

	/**
	 * @param topic topic name, UTF-8
	 * @param payload payload bytes {@code [0, length)}; copied before return
	 * @param length payload length
	 * @param qos 0, 1 or 2
	 * @param retain the retain flag
	 * @return {@code AppStatus.OK} (handed to the link), {@code AppStatus.QUEUED} (kept in the offline queue),
	 *         {@code AppStatus.OFFLINE} (offline and QoS 0, or no queue: not kept), or the engine's
	 *         {@code SessionStatus} refusal ({@code QUEUE_FULL}, {@code TOO_LARGE}, ...)
	 */
	int publish(byte[] topic, byte[] payload, int length, int qos, boolean retain);
}
