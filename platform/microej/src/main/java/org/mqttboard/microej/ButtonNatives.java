/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

/**
 * SNI natives of the board's button driver, implemented in C per board ({@code platform/microej/native/<board>/}
 * {@code mqb_buttons_<board>.c}, C function names {@code Java_org_mqttboard_microej_ButtonNatives_<method>}).
 * The C side configures the button GPIOs with edge interrupts and forwards every edge to the Event Queue with
 * {@code LLEVENT_offerEvent(type, data)}, data encoded as {@link ButtonEventCodec} describes. It does NOT debounce:
 * the firmware debounces once, in Java.
 * <p>
 * Threading: call from one thread at boot. In the MicroEJ Simulator these natives need a mock with the same class
 * name (not provided: the host simulator of this project drives buttons instead).
 */
public final class ButtonNatives {

	private ButtonNatives() {
	}

	/**
	 * Configures the button GPIOs and starts forwarding edges as events of {@code eventType}.
	 *
	 * @param eventType the Event Queue type registered for the buttons
	 * @return the number of buttons configured (0..2), or a negative error code of the board driver
	 */
	public static native int start(int eventType);

	/** @return edges the C side could not offer because the Event Queue FIFO was full, since boot */
	public static native int droppedEdges();
}
