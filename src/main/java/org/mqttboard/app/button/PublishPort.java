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

	/** The message was handed to the link (QoS 0 sent, QoS 1/2 in flight). */
	int SENT = 0;
	/** Offline: the message waits in the engine's bounded offline queue and goes out once the link is back. */
	int QUEUED = 1;
	/** Offline and QoS 0: nothing was kept. */
	int OFFLINE = -1;
	/** The offline queue (or the in-flight window) is full: nothing was kept. */
	int QUEUE_FULL = -2;
	/** The message is larger than the engine's buffers. */
	int TOO_LARGE = -3;
	/** Any other refusal by the engine. */
	int REFUSED = -4;

	/**
	 * @param topic topic name, UTF-8
	 * @param payload payload bytes {@code [0, length)}; copied before return
	 * @param length payload length
	 * @param qos 0, 1 or 2
	 * @param retain the retain flag
	 * @return one of the constants above
	 */
	int publish(byte[] topic, byte[] payload, int length, int qos, boolean retain);
}
