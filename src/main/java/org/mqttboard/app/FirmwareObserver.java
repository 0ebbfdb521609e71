/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import org.mqttboard.app.bringup.StatusObserver;

/**
 * Everything the firmware does that a console, a test or the simulator may want to print: states and errors
 * ({@link StatusObserver}), messages published and received, and text shown on the display.
 * <p>
 * Threading: called on the firmware main loop thread. Byte views are valid only during the call. Implementations
 * must return quickly and never call the firmware's loop methods.
 */
public interface FirmwareObserver extends StatusObserver {

	/**
	 * A button press or the announce message was handed to the MQTT engine (sent, or queued while offline).
	 *
	 * @param topic topic name
	 * @param payload payload bytes {@code [0, length)}
	 * @param length payload length
	 * @param queued true when it waits in the offline queue
	 */
	void onPublished(String topic, byte[] payload, int length, boolean queued);

	/**
	 * A message arrived on a subscription.
	 *
	 * @param buf buffer holding topic and payload
	 * @param topicOff topic offset
	 * @param topicLen topic length, UTF-8 bytes
	 * @param payloadOff payload offset
	 * @param payloadLen payload length
	 */
	void onReceived(byte[] buf, int topicOff, int topicLen, int payloadOff, int payloadLen);

	/**
	 * The display now shows this text (already made safe).
	 */
	void onDisplay(String text);
}
