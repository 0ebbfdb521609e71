/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.testkit.app;

import java.util.ArrayList;
import java.util.List;

import org.mqttboard.platform.Display;

/** A display that records everything shown. */
public final class RecordingDisplay implements Display {

	private final int kind;
	private final int columns;
	/** Every status shown, in order. */
	public final List<String> statuses = new ArrayList<String>();
	/** Every LED change, {@code Display.LED_*} bits, in order. */
	public final List<Integer> leds = new ArrayList<Integer>();
	/** Every text line shown, in order. */
	public final List<String> texts = new ArrayList<String>();
	/** Every frame shown, in order. */
	public final List<Integer> frames = new ArrayList<Integer>();

	/**
	 * @param kind display kind
	 * @param columns text columns
	 */
	public RecordingDisplay(int kind, int columns) {
		this.kind = kind;
		this.columns = columns;
	}

	@Override
	public int kind() {
		return this.kind;
	}

	@Override
	public int columns() {
		return this.columns;
	}

	@Override
	public void showText(String text) {
		this.texts.add(text);
	}

	@Override
	public void showFrame(int pixels) {
		this.frames.add(Integer.valueOf(pixels));
	}

	@Override
	public void showStatus(String status) {
		this.statuses.add(status);
	}

	@Override
	public void showLed(int colors) {
		this.leds.add(Integer.valueOf(colors));
	}

	/** @return the last status, or null */
	public String lastStatus() {
		return this.statuses.isEmpty() ? null : this.statuses.get(this.statuses.size() - 1);
	}

	/** @return the last text, or null */
	public String lastText() {
		return this.texts.isEmpty() ? null : this.texts.get(this.texts.size() - 1);
	}

	/** @return the last frame, or -1 */
	public int lastFrame() {
		return this.frames.isEmpty() ? -1 : this.frames.get(this.frames.size() - 1).intValue();
	}
}
