/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.event;

/**
 * Signature stub of {@code ej.event.EventDataReader} (Event Queue 2.0), compile-only, never shipped. Only named
 * (as a parameter type) by the firmware, which offers standard events only. Source:
 * MicroEJ/Example-Event-Queue@047e514c {@code GPIOEventListener.java}.
 */
public interface EventDataReader {
	// no member used
}
