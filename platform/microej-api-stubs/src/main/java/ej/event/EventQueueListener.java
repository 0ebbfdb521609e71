/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.event;

/**
 * Signature stub of {@code ej.event.EventQueueListener} (Event Queue 2.0), compile-only, never shipped.
 * Evidence: MicroEJ/Example-Event-Queue@047e514c:event-queue-example/src/main/java/com/microej/example/GPIOEventListener.java:21
 */
public interface EventQueueListener {

	/**
	 * @param type the event type
	 * @param data the 24-bit event data
	 * Evidence: MicroEJ/Example-Event-Queue@047e514c:event-queue-example/src/main/java/com/microej/example/GPIOEventListener.java:29
	 */
	void handleEvent(int type, int data);

	/**
	 * @param type the event type
	 * @param eventDataReader the extended data
	 * Evidence: MicroEJ/Example-Event-Queue@047e514c:event-queue-example/src/main/java/com/microej/example/GPIOEventListener.java:41
	 */
	void handleExtendedEvent(int type, EventDataReader eventDataReader);
}
