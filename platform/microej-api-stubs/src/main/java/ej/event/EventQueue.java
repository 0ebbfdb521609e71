/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.event;

/**
 * Signature stub of {@code ej.event.EventQueue} (Event Queue 2.0.0, the version the official sample pins),
 * compile-only, never shipped. Members from MicroEJ/Example-Event-Queue@047e514c {@code Main.java}:
 * {@code getInstance()}, {@code getNewType()}, {@code registerListener(EventQueueListener, int)}.
 */
public class EventQueue {

	/** Only {@link #getInstance()} creates the queue. */
	protected EventQueue() {
	}

	/** @return the Event Queue (started on first use) */
	public static EventQueue getInstance() {
		throw new UnsupportedOperationException("stub");
	}

	/** @return a new, unused event type */
	public int getNewType() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param listener receives the events of {@code type}, on the Event Queue thread
	 * @param type a type from {@link #getNewType()}
	 */
	public void registerListener(EventQueueListener listener, int type) {
		throw new UnsupportedOperationException("stub");
	}
}
