/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.event;

/**
 * Signature stub of {@code ej.event.EventQueueListener} (Event Queue 2.0), compile-only, never shipped. Members
 * from MicroEJ/Example-Event-Queue@047e514c {@code GPIOEventListener.java}.
 */
public interface EventQueueListener {

	/**
	 * @param type the event type
	 * @param data the 24-bit event data
	 */
	void handleEvent(int type, int data);

	/**
	 * @param type the event type
	 * @param eventDataReader the extended data
	 */
	void handleExtendedEvent(int type, EventDataReader eventDataReader);
}
