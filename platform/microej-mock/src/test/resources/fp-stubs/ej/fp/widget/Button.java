/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.fp.widget;

/**
 * TEST STUB of the Front Panel widget {@code ej.fp.widget.Button}: only what a button listener uses, from
 * MicroEJ/docs@60343897:VEEPortingGuide/uiPortSimulation.rst:192-211 ({@code ButtonListener.press/release(Button)},
 * {@code getID()}). Compiled by FrontPanelListenerTest only; the SDK provides the real widget.
 */
public class Button {

	private final int id;

	public Button(int id) {
		this.id = id;
	}

	public int getID() {
		return this.id;
	}

	public interface ButtonListener {

		void press(Button widget);

		void release(Button widget);
	}
}
