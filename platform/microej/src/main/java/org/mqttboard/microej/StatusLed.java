/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import org.mqttboard.platform.Display;

import ej.microui.led.Leds;

/**
 * Plays the firmware's status LED pattern on MicroUI LEDs: the WROVER-KIT's red LED, the ESP32-S3 WS2812 R/G/B
 * channels (MicroUI LEDs 0/1/2 in its VEE Port), the AMB82-mini green/blue LEDs once a VEE Port exposes them. A
 * single-LED board lights its LED for any colour: the pattern's rhythm tells the states apart.
 * <p>
 * Threading: called from the firmware main loop; needs {@code MicroUI.start()} first.
 */
public final class StatusLed {

	private final int red;
	private final int green;
	private final int blue;
	/** True when the board has one LED only: it is lit for any colour. */
	private final boolean single;

	/**
	 * @param profile LED indices of the board ({@link BoardProfile#NO_LED} where absent); indices the VEE Port does
	 *        not declare are ignored
	 */
	public StatusLed(BoardProfile profile) {
		int available = Leds.getNumberOfLeds();
		int r = valid(profile.redLed(), available);
		int g = valid(profile.greenLed(), available);
		int b = valid(profile.blueLed(), available);
		this.single = g == BoardProfile.NO_LED && b == BoardProfile.NO_LED && r != BoardProfile.NO_LED;
		this.red = r;
		this.green = g;
		this.blue = b;
	}

	/** @param colors {@code Display.LED_*} bits or'ed, 0 = off */
	public void set(int colors) {
		if (this.single) {
			set(this.red, colors != 0);
			return;
		}
		set(this.red, (colors & Display.LED_RED) != 0);
		set(this.green, (colors & Display.LED_GREEN) != 0);
		set(this.blue, (colors & Display.LED_BLUE) != 0);
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
