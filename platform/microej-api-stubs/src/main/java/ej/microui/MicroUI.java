/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package ej.microui;

/**
 * Signature stub of {@code ej.microui.MicroUI} (MicroUI 3.x), compile-only, never shipped. Members from
 * MicroEJ/docs@60343897 ({@code MicroUI.start()} in the MicroUI samples, {@code MicroUI.callSerially(Runnable)} in
 * {@code ApplicationDeveloperGuide/UI/MicroUI}).
 */
public final class MicroUI {

	private MicroUI() {
	}

	/** Starts MicroUI (its thread and the event generators). */
	public static void start() {
		throw new UnsupportedOperationException("stub");
	}

	/** @param run executed later, on the MicroUI thread */
	public static void callSerially(Runnable run) {
		throw new UnsupportedOperationException("stub");
	}
}
