/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.event;

import java.util.ArrayList;
import java.util.List;

/**
 * TEST FAKE of the Event Queue pack's HIL mock API (signature as in platform/microej-api-stubs): records every offer
 * and returns a scripted result. Test scope only; the Simulator provides the real class.
 */
public final class EventQueueMock {

	/** Record: "type:data" per offer. */
	public static final List<String> offers = new ArrayList<>();
	/** Script: what the next offers return. */
	public static int result;

	private EventQueueMock() {
	}

	public static int offerEvent(int type, int data) {
		offers.add(type + ":" + data);
		return result;
	}
}
