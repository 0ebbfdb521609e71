/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import org.mqttboard.platform.ButtonInput;
import org.mqttboard.platform.ButtonListener;
import org.mqttboard.platform.Clock;
import org.mqttboard.platform.Log;

import ej.event.EventDataReader;
import ej.event.EventQueue;
import ej.event.EventQueueListener;

/**
 * {@link ButtonInput} fed by the Event Queue: the board's C natives ({@link ButtonNatives}) offer one standard event
 * per GPIO edge; this listener decodes it ({@link ButtonEventCodec}) and hands the raw edge to the firmware, which
 * debounces. This is the path for the public ESP32 VEE Ports, which declare no MicroUI {@code Buttons} and whose HAL
 * GPIO is a stub (hal/src/LLHAL_GPIO.c of both public ESP32 VEE Ports: "NOT IMPLEMENTED").
 * <p>
 * Threading: {@link #handleEvent} runs on the Event Queue thread (the one extra thread of the device layer);
 * {@link #setListener} may be called from any thread. No allocation per event.
 */
public final class EventQueueButtons implements ButtonInput, EventQueueListener {

	private final int count;
	private final Clock clock;
	private final Log log;
	private volatile ButtonListener listener;
	private volatile int rejected;

	/**
	 * @param count buttons of the board (0..2)
	 * @param clock time base of the edges
	 * @param log serial console
	 */
	public EventQueueButtons(int count, Clock clock, Log log) {
		this.count = count;
		this.clock = clock;
		this.log = log;
	}

	/**
	 * Registers this listener on a new Event Queue type and starts the C driver. Call once at boot.
	 *
	 * @return the number of buttons the C driver configured, or its negative error code
	 */
	public int start() {
		EventQueue queue = EventQueue.getInstance();
		int type = queue.getNewType();
		queue.registerListener(this, type);
		int configured = ButtonNatives.start(type);
		if (configured < 0) {
			this.log.log(Log.ERROR, "buttons: native driver failed with " + configured);
		} else if (configured < this.count) {
			this.log.log(Log.WARN, "buttons: " + configured + " of " + this.count + " configured");
		}
		return configured;
	}

	@Override
	public int count() {
		return this.count;
	}

	@Override
	public void setListener(ButtonListener listener) {
		this.listener = listener;
	}

	@Override
	public void handleEvent(int type, int data) {
		ButtonListener l = this.listener;
		if (!ButtonEventCodec.isValid(data, this.count)) {
			this.rejected++;
			return;
		}
		if (l != null) {
			long now = this.clock.monotonicMillis();
			l.onEdge(ButtonEventCodec.button(data), ButtonEventCodec.pressed(data), ButtonEventCodec.edgeMillis(data, now));
		}
	}

	@Override
	public void handleExtendedEvent(int type, EventDataReader eventDataReader) {
		// The button natives offer standard events only.
		this.rejected++;
	}

	/** @return events dropped as malformed since boot (a C/Java encoding mismatch if ever non-zero) */
	public int rejected() {
		return this.rejected;
	}
}
