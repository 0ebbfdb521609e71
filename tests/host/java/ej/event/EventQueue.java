/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.event;

/** HOST TEST FAKE of the MicroEJ API class of the same name (signatures as in platform/microej-api-stubs), scripted
 * by org.mqttboard.device tests to drive the device layer on a JDK. Test scope only; never shipped. */
public class EventQueue {

	private static final EventQueue INSTANCE = new EventQueue();

	/** Record: listeners registered so far. */
	public static int registered;

	public static EventQueue getInstance() {
		return INSTANCE;
	}

	public int getNewType() {
		return 1;
	}

	public void registerListener(EventQueueListener listener, int type) {
		registered++; // the tests call the listener directly
	}
}
