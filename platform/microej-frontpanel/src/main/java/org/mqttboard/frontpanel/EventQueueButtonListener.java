/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.frontpanel;

import java.lang.reflect.Method;

import ej.fp.widget.Button;
import ej.fp.widget.Button.ButtonListener;

/**
 * Listener of the front panel's buttons A (label 0) and B (label 1): hands each press and release to the Simulator
 * driver of the button natives ({@code org.mqttboard.mock.SimulatedButtons} in {@code platform/microej-mock}), which
 * offers it to the Event Queue as the C natives do on the board. Form of a front-panel button listener:
 * MicroEJ/docs@60343897:VEEPortingGuide/uiPortSimulation.rst:192-211 ({@code press(Button)}, {@code release(Button)},
 * {@code widget.getID()} = the label).
 * <p>
 * The driver is looked up by name at each edge: it is in the mock jar the VEE Port installs next to this front panel
 * (both run in the Simulator's HIL engine, MicroEJ/docs@60343897:VEEPortingGuide/frontpanel.rst:3-19, "Front Panel
 * Mock"), not a compile-time dependency of this project. Without the mock, a press only prints how to install it.
 * Runs on the front panel's thread; host code, never on the device.
 */
public class EventQueueButtonListener implements ButtonListener {

	/** The Simulator driver of the natives, in platform/microej-mock. */
	static final String DRIVER = "org.mqttboard.mock.SimulatedButtons";

	@Override
	public void press(Button widget) {
		edge(widget.getID(), true);
	}

	@Override
	public void release(Button widget) {
		edge(widget.getID(), false);
	}

	private static void edge(int button, boolean pressed) {
		try {
			Class<?> driver = Class.forName(DRIVER);
			Method edge = driver.getMethod("edge", int.class, boolean.class);
			edge.invoke(driver.getMethod("get").invoke(null), Integer.valueOf(button), Boolean.valueOf(pressed));
		} catch (ReflectiveOperationException e) {
			System.err.println("mqttboard front panel: button " + button + " ignored, the button mock is not installed"
					+ " (copy the platform/microej-mock jar into the VEE Port's dropins/mocks/dropins): " + e);
		}
	}
}
