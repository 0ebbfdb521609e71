/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.event;

/**
 * Signature stub of {@code ej.event.EventQueueMock}, the HIL mock API of the Event Queue pack (configuration
 * {@code mockAPI} of {@code com.microej.pack.event:event-pack}), compile-only, never shipped. It runs in the MicroEJ
 * Simulator's HIL engine, never on the device: only the mock of the button natives ({@code platform/microej-mock})
 * calls it, and the API gate rejects it in device-bound code (it is in no allow-list).
 * Evidence: MicroEJ/docs@60343897:ApplicationDeveloperGuide/eventQueue.rst:403-407
 */
public final class EventQueueMock {

	private EventQueueMock() {
	}

	/**
	 * The Simulator's equivalent of {@code LLEVENT_offerEvent}.
	 *
	 * @param type the event type
	 * @param data the 24-bit event data
	 * @return 0 success, -1 illegal arguments, -2 FIFO full
	 * Evidence: MicroEJ/Example-Event-Queue@047e514c:event-queue-example-mock/src/main/java/com/microej/example/EventQueueExampleNatives.java:61-64
	 */
	public static int offerEvent(int type, int data) {
		throw new UnsupportedOperationException("stub");
	}
}
