/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.event;

/**
 * Signature stub of {@code ej.event.EventDataReader} (Event Queue 2.0), compile-only, never shipped. Only named
 * (as a parameter type) by the firmware, which offers standard events only.
 * Evidence: MicroEJ/Example-Event-Queue@047e514c:event-queue-example/src/main/java/com/microej/example/GPIOEventListener.java:41
 */
public interface EventDataReader {
	// no member used
}
