/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mock;

import ej.event.EventQueueMock;

/**
 * The Simulator's button driver: what the C natives do on the board, for the front panel's buttons. An edge becomes
 * the same 24-bit standard event the C natives offer (layout of {@code org.mqttboard.microej.ButtonEventCodec}:
 * bit 22 pressed, bits 21..20 button; no timestamp, so the firmware uses the reception time) and is offered with
 * {@code EventQueueMock.offerEvent}, the Simulator's {@code LLEVENT_offerEvent}
 * (MicroEJ/docs@60343897:ApplicationDeveloperGuide/eventQueue.rst:407). Results are counted like the C relay:
 * 0 delivered, -2 refused (FIFO full), anything else invalid.
 * <p>
 * Threading: {@link #start} runs on the HIL engine's thread of the native call, {@link #edge} on the front panel's
 * (Swing) thread; every method is synchronized.
 */
public final class SimulatedButtons {

	/** Buttons the front panel has: 0 = A, 1 = B. */
	public static final int BUTTONS = 2;
	/** {@link #start} result when called twice (C: MQB_ERROR_STARTED). */
	public static final int ERROR_STARTED = -3;
	/** {@link #edge} result before the firmware started the driver: nothing is offered. */
	public static final int NOT_STARTED = -5;

	private static final int PRESSED_FLAG = 1 << 22;
	private static final int BUTTON_SHIFT = 20;
	private static final int FIFO_FULL = -2;

	private static final SimulatedButtons INSTANCE = new SimulatedButtons();

	private int eventType = -1;
	private int delivered;
	private int refused;
	private int invalid;

	/** A driver of its own (tests); the Simulator uses {@link #get()}. */
	public SimulatedButtons() {
	}

	/** @return the driver the natives and the front panel share */
	public static SimulatedButtons get() {
		return INSTANCE;
	}

	/**
	 * @param type the Event Queue type of the firmware's button listener
	 * @return {@link #BUTTONS}, or {@link #ERROR_STARTED} when already started
	 */
	public synchronized int start(int type) {
		if (this.eventType >= 0) {
			return ERROR_STARTED;
		}
		this.eventType = type;
		return BUTTONS;
	}

	/**
	 * Offers one edge of a front-panel button.
	 *
	 * @param button 0 = A, 1 = B
	 * @param pressed true for a press
	 * @return the {@code EventQueueMock.offerEvent} result (0, -1, -2), -1 for a button that does not exist, or
	 *         {@link #NOT_STARTED}
	 */
	public synchronized int edge(int button, boolean pressed) {
		if (this.eventType < 0) {
			return NOT_STARTED;
		}
		int result = button >= 0 && button < BUTTONS
				? EventQueueMock.offerEvent(this.eventType, (button << BUTTON_SHIFT) | (pressed ? PRESSED_FLAG : 0))
				: -1;
		if (result == 0) {
			this.delivered++;
		} else if (result == FIFO_FULL) {
			this.refused++;
		} else {
			this.invalid++;
		}
		return result;
	}

	/** @return edges offered and accepted */
	public synchronized int delivered() {
		return this.delivered;
	}

	/** @return edges refused because the Event Queue FIFO was full */
	public synchronized int refused() {
		return this.refused;
	}

	/** @return edges refused as invalid, or for a button that does not exist */
	public synchronized int invalid() {
		return this.invalid;
	}

	/** @return refused + invalid, what {@code ButtonNatives.droppedEdges()} reports */
	public synchronized int lost() {
		return this.refused + this.invalid;
	}
}
