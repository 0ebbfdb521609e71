/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import ej.microui.led.Leds;

/**
 * Shows the firmware status on MicroUI LEDs: the WROVER-KIT's red LED, the ESP32-S3 WS2812 R/G/B channels (MicroUI
 * LEDs 0/1/2 in its VEE Port), the AMB82-mini green/blue LEDs once a VEE Port exposes them. Colours come from
 * {@link StatusColors}; a single-LED board lights its LED only when online.
 * <p>
 * Threading: called from the firmware main loop; needs {@code MicroUI.start()} first.
 */
public final class StatusLed {

	private final int red;
	private final int green;
	private final int blue;

	/**
	 * @param profile LED indices of the board ({@link BoardProfile#NO_LED} where absent); indices the VEE Port does
	 *        not declare are ignored
	 */
	public StatusLed(BoardProfile profile) {
		int available = Leds.getNumberOfLeds();
		int r = valid(profile.redLed(), available);
		int g = valid(profile.greenLed(), available);
		int b = valid(profile.blueLed(), available);
		if (g == BoardProfile.NO_LED && b == BoardProfile.NO_LED && r != BoardProfile.NO_LED) {
			// One LED only: it means "online" (an error is visible on the console and display).
			g = r;
			r = BoardProfile.NO_LED;
		}
		this.red = r;
		this.green = g;
		this.blue = b;
	}

	/** @param status the firmware's short status */
	public void show(String status) {
		int colors = StatusColors.of(status);
		set(this.red, (colors & StatusColors.RED) != 0);
		set(this.green, (colors & StatusColors.GREEN) != 0);
		set(this.blue, (colors & StatusColors.BLUE) != 0);
	}

	private static void set(int led, boolean on) {
		if (led == BoardProfile.NO_LED) {
			return;
		}
		if (on) {
			Leds.setLedOn(led);
		} else {
			Leds.setLedOff(led);
		}
	}

	private static int valid(int led, int available) {
		return led >= 0 && led < available ? led : BoardProfile.NO_LED;
	}
}
