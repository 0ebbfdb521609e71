/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.platform;

/** The board's push buttons. */
public interface ButtonInput {

	/** @return how many buttons the board has (0, 1 or 2; index 0 = A, 1 = B) */
	int count();

	/**
	 * Registers the single listener that receives every edge from now on.
	 *
	 * @param listener the receiver of edges; replaces any previous one
	 */
	void setListener(ButtonListener listener);
}
