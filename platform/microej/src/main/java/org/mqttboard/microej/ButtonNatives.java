/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

/**
 * SNI natives of the board's button driver, implemented in C per board ({@code platform/microej/native/<board>/}
 * {@code mqb_buttons_<board>.c}, C function names {@code Java_org_mqttboard_microej_ButtonNatives_<method>}).
 * The C side configures the button GPIOs with edge interrupts; the interrupt hands each edge to a FreeRTOS task
 * ({@code native/common/mqb_button_relay.c}), which offers it to the Event Queue with {@code LLEVENT_offerEvent}, data
 * encoded as {@link ButtonEventCodec} describes. It does NOT debounce: the firmware debounces once, in Java.
 * <p>
 * Threading: call from one thread at boot. In the MicroEJ Simulator these natives are implemented by the mock
 * {@code platform/microej-mock} (same class name), fed by the front panel's buttons.
 */
public final class ButtonNatives {

	private ButtonNatives() {
	}

	/**
	 * Configures the button GPIOs and starts forwarding edges as events of {@code eventType}.
	 *
	 * @param eventType the Event Queue type registered for the buttons
	 * @return the number of buttons configured (0..2), or a negative error code of the board driver: -1 a GPIO could
	 *         not be configured, -2 the GPIO interrupt service could not be installed, -3 already started, -4 the
	 *         interrupt-to-task queue or task could not be created
	 */
	public static native int start(int eventType);

	/**
	 * @return edges lost since boot: hand-off queue full in the interrupt, Event Queue FIFO full (-2), or refused as
	 *         invalid (-1); the C side counts each kind separately
	 */
	public static native int droppedEdges();
}
