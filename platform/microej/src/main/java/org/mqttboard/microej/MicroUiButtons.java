/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import org.mqttboard.platform.ButtonInput;
import org.mqttboard.platform.ButtonListener;
import org.mqttboard.platform.Clock;

import ej.microui.event.Event;
import ej.microui.event.EventGenerator;
import ej.microui.event.EventHandler;
import ej.microui.event.generator.Buttons;

/**
 * {@link ButtonInput} for VEE Ports that declare a MicroUI {@code Buttons} event generator ({@code <buttons>} in
 * {@code microui.xml}, fed by {@code LLUI_INPUT_sendButtonPressedEvent}). Button ids 0 and 1 are A and B. MicroUI
 * events carry no timestamp, so the edge time is the reception time.
 * <p>
 * Only forms public MicroEJ code shows: the generator comes from {@code EventGenerator.get(Buttons.class, 0)}
 * (MicroEJ/docs@60343897:ApplicationDeveloperGuide/guiSoftwareRobot.rst:173, assigned to a {@code @Nullable Buttons}
 * field); the {@code Buttons} helpers read the event's data, {@code Event.getData(event)}
 * (MicroEJ/Example-Foundation-Libraries@a9b4a80d:microui.input/src/main/java/com/microej/example/foundation/microui/input/EventHandlerImpl.java:61-81,169).
 * The event type is not checked: this handler is set on the {@code Buttons} generator only, and reading
 * {@code Buttons.EVENT_TYPE} would inline a constant whose value no public source gives.
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
		Buttons generator;
		try {
			generator = EventGenerator.get(Buttons.class, 0);
		} catch (RuntimeException e) {
			// NO EVIDENCE whether a missing generator gives null or an exception: either means "none".
			generator = null;
		}
		if (generator == null) {
			return false;
		}
		generator.setEventHandler(this);
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
		int data = Event.getData(event);
		boolean pressed = Buttons.isPressed(data);
		if (!pressed && !Buttons.isReleased(data)) {
			return false;
		}
		int id = Buttons.getButtonId(data);
		ButtonListener l = this.listener;
		if (id < 0 || id >= this.count || l == null) {
			return false;
		}
		l.onEdge(id, pressed, this.clock.monotonicMillis());
		return true;
	}
}
