/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * What one button (A or B) publishes on a short and on a long press. Immutable.
 */
public final class ButtonSettings {

	private final int index;
	private final PublishAction shortPress;
	private final PublishAction longPress;
	private final int longPressMillis;
	private final int debounceMillis;

	/**
	 * @param index 0 = A, 1 = B
	 * @param shortPress action of a short press, or null for none
	 * @param longPress action of a long press, or null for none
	 * @param longPressMillis press length from which a press is long, ms
	 * @param debounceMillis edges closer than this are bounce, ms
	 */
	public ButtonSettings(int index, PublishAction shortPress, PublishAction longPress, int longPressMillis,
			int debounceMillis) {
		this.index = index;
		this.shortPress = shortPress;
		this.longPress = longPress;
		this.longPressMillis = longPressMillis;
		this.debounceMillis = debounceMillis;
	}

	/** @return 0 = A, 1 = B (the {@link org.mqttboard.platform.ButtonListener} index) */
	public int index() {
		return this.index;
	}

	/** @return {@code A} or {@code B} */
	public String name() {
		return this.index == 0 ? "A" : "B";
	}

	/** @return the short-press action, or null when a short press does nothing */
	public PublishAction shortPress() {
		return this.shortPress;
	}

	/** @return the long-press action, or null when a long press does nothing */
	public PublishAction longPress() {
		return this.longPress;
	}

	/** @return press length from which a press is long, ms */
	public int longPressMillis() {
		return this.longPressMillis;
	}

	/** @return debounce interval, ms */
	public int debounceMillis() {
		return this.debounceMillis;
	}

	@Override
	public String toString() {
		return "button" + name() + "{short=" + this.shortPress + ", long=" + this.longPress + "}";
	}
}
