/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.platform;

/**
 * Receives raw button edges from the board. Debouncing and short/long press classification happen once, in the
 * firmware (Java), not in the board layer.
 * <p>
 * Threading: called from the board's input thread (the Event Queue thread on MicroEJ, the UI thread in the
 * simulator); implementations must only record the edge and return quickly.
 */
public interface ButtonListener {

	/**
	 * @param button button index: 0 = A, 1 = B
	 * @param pressed true on press, false on release
	 * @param monotonicMillis time of the edge, on the {@link Clock#monotonicMillis()} time base
	 */
	void onEdge(int button, boolean pressed, long monotonicMillis);
}
