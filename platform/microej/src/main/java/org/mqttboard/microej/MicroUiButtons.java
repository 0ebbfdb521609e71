/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import org.mqttboard.platform.ButtonInput;
import org.mqttboard.platform.ButtonListener;
import org.mqttboard.platform.Clock;

import ej.microui.event.EventGenerator;
import ej.microui.event.EventHandler;
import ej.microui.event.generator.Buttons;

/**
 * {@link ButtonInput} for VEE Ports that declare a MicroUI {@code Buttons} event generator ({@code <buttons>} in
 * {@code microui.xml}, fed by {@code LLUI_INPUT_sendButtonPressedEvent}). Button ids 0 and 1 are A and B. MicroUI
 * events carry no timestamp, so the edge time is the reception time.
 * <p>
 * Threading: {@link #handleEvent} runs on the MicroUI thread; no allocation per event.
 */
public final class MicroUiButtons implements ButtonInput, EventHandler {

	private final int count;
	private final Clock clock;
	private volatile ButtonListener listener;

	/**
	 * @param count buttons of the board (0..2)
	 * @param clock time base of the edges
	 */
	public MicroUiButtons(int count, Clock clock) {
		this.count = count;
		this.clock = clock;
	}

	/**
	 * Becomes the handler of the VEE Port's first {@code Buttons} generator. Call once, after
	 * {@code MicroUI.start()}.
	 *
	 * @return true when the VEE Port has a {@code Buttons} generator
	 */
	public boolean start() {
		Buttons[] generators = EventGenerator.get(Buttons.class);
		if (generators.length == 0) {
			return false;
		}
		generators[0].setEventHandler(this);
		return true;
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
	public boolean handleEvent(int event) {
		boolean pressed = Buttons.isPressed(event);
		if (!pressed && !Buttons.isReleased(event)) {
			return false;
		}
		int id = Buttons.getButtonId(event);
		ButtonListener l = this.listener;
		if (id < 0 || id >= this.count || l == null) {
			return false;
		}
		l.onEdge(id, pressed, this.clock.monotonicMillis());
		return true;
	}
}
