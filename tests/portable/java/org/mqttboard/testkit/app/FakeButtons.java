/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.app;

import org.mqttboard.platform.ButtonInput;
import org.mqttboard.platform.ButtonListener;

/** Buttons a test presses: {@link #press} sends a press and a release edge to the registered listener. */
public final class FakeButtons implements ButtonInput {

	private final int count;
	private ButtonListener listener;

	/** @param count number of buttons on the fake board */
	public FakeButtons(int count) {
		this.count = count;
	}

	@Override
	public int count() {
		return this.count;
	}

	@Override
	public void setListener(ButtonListener listener) {
		this.listener = listener;
	}

	/** @return true once the firmware registered its listener */
	public boolean hasListener() {
		return this.listener != null;
	}

	/**
	 * @param button 0 = A, 1 = B
	 * @param atMillis press time
	 * @param holdMillis time until release
	 */
	public void press(int button, long atMillis, long holdMillis) {
		this.listener.onEdge(button, true, atMillis);
		this.listener.onEdge(button, false, atMillis + holdMillis);
	}
}
