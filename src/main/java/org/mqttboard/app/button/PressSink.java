/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.button;

/**
 * Receives classified presses from the {@link PressDetector}. Threading: main loop only.
 */
public interface PressSink {

	/**
	 * @param button 0 = A, 1 = B
	 * @param longPress true when the button was held for at least the long-press threshold
	 * @param monotonicMillis when the press was recognized, in ms
	 */
	void onPress(int button, boolean longPress, long monotonicMillis);
}
