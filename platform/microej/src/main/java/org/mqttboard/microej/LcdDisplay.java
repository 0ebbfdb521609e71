/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import org.mqttboard.platform.Display;
import org.mqttboard.platform.Log;

import ej.microui.MicroUI;
import ej.microui.display.Font;
import ej.microui.display.GraphicsContext;
import ej.microui.display.Painter;

/**
 * {@link Display} on a MicroUI LCD (the ESP-WROVER-KIT's 320x240 panel): a coloured status bar on top and the
 * latest text line below it, both also written to the serial console. Drawing happens on the MicroUI thread: the
 * main loop only stores the strings and posts one preallocated renderer with {@code MicroUI.callSerially}.
 * <p>
 * Threading: {@link #showText} and {@link #showStatus} from the firmware main loop; rendering on the MicroUI thread.
 */
public final class LcdDisplay implements Display, Runnable {

	private static final int BACKGROUND = 0x000000;
	private static final int TEXT = 0xFFFFFF;
	private static final int MARGIN = 4;

	private final Log log;
	private final int columns;
	private final StatusLed led;
	private volatile String text = "";
	private volatile String status = "";

	/**
	 * @param log the serial console
	 * @param columns characters per line that fit the panel with the VEE Port's default font
	 * @param led status LEDs, or null
	 */
	public LcdDisplay(Log log, int columns, StatusLed led) {
		this.log = log;
		this.columns = columns;
		this.led = led;
	}

	@Override
	public int kind() {
		return KIND_LCD;
	}

	@Override
	public int columns() {
		return this.columns;
	}

	@Override
	public void showText(String text) {
		this.text = text;
		this.log.log(Log.INFO, "DISPLAY " + text);
		MicroUI.callSerially(this);
	}

	@Override
	public void showFrame(int pixels) {
		// The firmware sends text to an LCD.
	}

	@Override
	public void showStatus(String status) {
		this.status = status;
		this.log.log(Log.INFO, "STATUS " + status);
		MicroUI.callSerially(this);
	}

	/** Renders the current status and text; runs on the MicroUI thread. */
	@Override
	public void run() {
		ej.microui.display.Display lcd = ej.microui.display.Display.getDisplay();
		GraphicsContext g = lcd.getGraphicsContext();
		Font font = Font.getDefaultFont();
		int barHeight = font.getHeight() + 2 * MARGIN;
		g.setColor(BACKGROUND);
		Painter.fillRectangle(g, 0, 0, lcd.getWidth(), lcd.getHeight());
		g.setColor(barColor(this.status));
		Painter.fillRectangle(g, 0, 0, lcd.getWidth(), barHeight);
		g.setColor(TEXT);
		Painter.drawString(g, this.status, font, MARGIN, MARGIN);
		Painter.drawString(g, this.text, font, MARGIN, barHeight + MARGIN);
		lcd.requestFlush();
	}

	private static int barColor(String status) {
		int colors = StatusColors.of(status);
		if ((colors & StatusColors.RED) != 0) {
			return 0xB00020;
		}
		if ((colors & StatusColors.GREEN) != 0) {
			return 0x1B7F3B;
		}
		return 0x1F4E9C;
	}

	@Override
	public void showLed(int colors) {
		if (this.led != null) {
			this.led.set(colors);
		}
	}
}
