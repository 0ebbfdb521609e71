/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import org.mqttboard.mock.SimulatedButtons;

/**
 * MicroEJ Simulator implementation of the firmware's native class of the same name (HIL mock): same package, same
 * class, the natives as {@code public static} methods (MicroEJ/docs@60343897:VEEPortingGuide/mock.rst:64-118; "The
 * visibility of the native method implemented in the mock must be public"). The buttons are those of the front panel
 * ({@code platform/microej-frontpanel}), whose listener calls {@link SimulatedButtons#edge}.
 */
public final class ButtonNatives {

	private ButtonNatives() {
	}

	/**
	 * @param eventType the Event Queue type the Java listener registered
	 * @return {@link SimulatedButtons#BUTTONS}, or -3 when called twice (as the C natives)
	 */
	public static int start(int eventType) {
		return SimulatedButtons.get().start(eventType);
	}

	/** @return edges lost since start: refused by the Event Queue (FIFO full) or invalid, as the C natives count */
	public static int droppedEdges() {
		return SimulatedButtons.get().lost();
	}
}
