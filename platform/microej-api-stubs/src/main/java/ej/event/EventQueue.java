/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.event;

/**
 * Signature stub of {@code ej.event.EventQueue} (Event Queue 2.0.0, the version the official sample pins; 3.x
 * registers with {@code registerListener(listener)} instead), compile-only, never shipped.
 * Evidence: MicroEJ/Example-Event-Queue@047e514c:gradle/libs.versions.toml
 */
public class EventQueue {

	/** Only {@link #getInstance()} creates the queue. */
	protected EventQueue() {
	}

	/**
	 * @return the Event Queue (started on first use)
	 * Evidence: MicroEJ/Example-Event-Queue@047e514c:event-queue-example/src/main/java/com/microej/example/Main.java:66
	 */
	public static EventQueue getInstance() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @return a new, unused event type
	 * Evidence: MicroEJ/Example-Event-Queue@047e514c:event-queue-example/src/main/java/com/microej/example/Main.java:69
	 */
	public int getNewType() {
		throw new UnsupportedOperationException("stub");
	}

	/**
	 * @param listener receives the events of {@code type}, on the Event Queue thread
	 * @param type a type from {@link #getNewType()}
	 * Evidence: MicroEJ/Example-Event-Queue@047e514c:event-queue-example/src/main/java/com/microej/example/Main.java:71
	 */
	public void registerListener(EventQueueListener listener, int type) {
		throw new UnsupportedOperationException("stub");
	}
}
