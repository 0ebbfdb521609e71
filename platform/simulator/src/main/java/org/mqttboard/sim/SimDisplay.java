/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.util.function.IntFunction;

import org.mqttboard.platform.Display;

/**
 * The simulated display: a 5x5 LED matrix, a text LCD or a serial line (chosen with {@code --display}). Frames and
 * text go to the {@link BoardModel} the panels draw; text becomes a {@code DISPLAY} event. For the matrix, a frame
 * that a decoder recognizes (a still glyph of the firmware's font) becomes a {@code DISPLAY} event too, so
 * scripts can {@code expect display 2} on either kind.
 * <p>
 * Threading: called from the firmware thread only (the {@link Display} contract).
 */
public final class SimDisplay implements Display {

	/** Text columns of the simulated LCD. */
	public static final int LCD_COLUMNS = 20;

	private final int kind;
	private final BoardModel model;
	private final Events events;
	private final IntFunction<String> frameDecoder;
	private String lastDecoded;

	/**
	 * @param kind a {@code KIND_*} constant
	 * @param model the panel model
	 * @param events receives {@code DISPLAY} events
	 * @param frameDecoder maps a frame to the text it shows, or to null when it is not a still glyph
	 */
	public SimDisplay(int kind, BoardModel model, Events events, IntFunction<String> frameDecoder) {
		this.kind = kind;
		this.model = model;
		this.events = events;
		this.frameDecoder = frameDecoder;
	}

	@Override
	public int kind() {
		return this.kind;
	}

	@Override
	public int columns() {
		return this.kind == KIND_LCD ? LCD_COLUMNS : 40;
	}

	@Override
	public void showText(String text) {
		this.model.text(text);
		this.events.emit(Events.DISPLAY, Escape.text(text), "");
	}

	@Override
	public void showFrame(int pixels) {
		this.model.frame(pixels);
		String decoded = this.frameDecoder.apply(pixels);
		// Only report changes: a scroller redraws the same frame many times.
		if (decoded != null && !decoded.equals(this.lastDecoded)) {
			this.events.emit(Events.DISPLAY, Escape.text(decoded), "");
		}
		this.lastDecoded = decoded;
	}

	@Override
	public void showStatus(String status) {
		this.model.status(status);
	}
}
