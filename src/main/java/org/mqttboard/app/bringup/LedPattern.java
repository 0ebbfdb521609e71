/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

import org.mqttboard.platform.Display;

/**
 * The status LED patterns: one per bring-up phase and error class, readable without a console. A pattern is a colour
 * and a 2-second cycle of 20 slots of {@value #SLOT_MILLIS} ms (bit {@code i} of the mask = slot {@code i} lit), so a
 * single-colour LED still tells them apart by rhythm:
 * <table>
 * <caption>patterns</caption>
 * <tr><td>{@link #WIFI_JOINING}</td><td>blue, slow blink (1 Hz)</td></tr>
 * <tr><td>{@link #CONNECTING}</td><td>blue, fast blink (2.5 Hz): IP, clock, broker</td></tr>
 * <tr><td>{@link #ONLINE}</td><td>green, steady</td></tr>
 * <tr><td>{@link #CONFIG_ERROR}</td><td>red, steady (the firmware halted)</td></tr>
 * <tr><td>{@link #TLS_ERROR}</td><td>red, two flashes every 2 s</td></tr>
 * <tr><td>{@link #AUTH_ERROR}</td><td>red, three flashes every 2 s</td></tr>
 * <tr><td>{@link #OTHER_ERROR}</td><td>red, one flash every 2 s (Wi-Fi, clock, broker unreachable, ...)</td></tr>
 * <tr><td>{@link #SETUP_MODE}</td><td>cyan (green + blue), 1 s on, 1 s off</td></tr>
 * </table>
 * Pure functions of constants; no allocation; callable from any thread.
 */
public final class LedPattern {

	/** Length of one slot of a pattern, ms. */
	public static final int SLOT_MILLIS = 100;
	/** Slots per cycle. */
	public static final int SLOTS = 20;

	/** LED off (boot). */
	public static final int OFF = 0;
	/** Joining Wi-Fi. */
	public static final int WIFI_JOINING = 1;
	/** Network up, clock being set, or broker being connected. */
	public static final int CONNECTING = 2;
	/** Connected and subscribed. */
	public static final int ONLINE = 3;
	/** The configuration is invalid; the firmware halted. */
	public static final int CONFIG_ERROR = 4;
	/** A TLS handshake failed (certificates, client certificate, protocol). */
	public static final int TLS_ERROR = 5;
	/** The broker refused the credentials or the client. */
	public static final int AUTH_ERROR = 6;
	/** Any other error: Wi-Fi, clock, broker unreachable, client id, protocol. */
	public static final int OTHER_ERROR = 7;
	/** Setup mode: the board serves its setup page on its own access point. */
	public static final int SETUP_MODE = 8;

	private static final int ALL = (1 << SLOTS) - 1;
	/** Masks by pattern; slot 0 is bit 0. */
	private static final int[] MASKS = { 0, 0x7C1F, 0x33333, ALL, ALL, 0x1B, 0xDB, 0x3, 0x3FF };
	private static final int RGB = Display.LED_RED;
	private static final int[] COLORS = { 0, Display.LED_BLUE, Display.LED_BLUE, Display.LED_GREEN, RGB, RGB, RGB,
			RGB, Display.LED_GREEN | Display.LED_BLUE };
	private static final String[] NAMES = { "OFF", "WIFI_JOINING", "CONNECTING", "ONLINE", "CONFIG_ERROR",
			"TLS_ERROR", "AUTH_ERROR", "OTHER_ERROR", "SETUP_MODE" };

	private LedPattern() {
	}

	/**
	 * @param state a {@link BringUpState}
	 * @return the pattern of that phase ({@link BringUpState#HALTED} is a configuration error)
	 */
	public static int forState(int state) {
		switch (state) {
		case BringUpState.WIFI_JOIN: return WIFI_JOINING;
		case BringUpState.NETWORK_UP:
		case BringUpState.TIME_SYNC:
		case BringUpState.BROKER_CONNECT: return CONNECTING;
		case BringUpState.ONLINE: return ONLINE;
		case BringUpState.HALTED: return CONFIG_ERROR;
		default: return OFF;
		}
	}

	/**
	 * @param error an {@link AppStatus} error
	 * @return the pattern of its class; a dropped press or a full queue changes nothing ({@code -1})
	 */
	public static int forError(int error) {
		switch (error) {
		case AppStatus.CONFIG: return CONFIG_ERROR;
		case AppStatus.TLS: return TLS_ERROR;
		case AppStatus.AUTH: return AUTH_ERROR;
		case AppStatus.WIFI:
		case AppStatus.TIME:
		case AppStatus.CLIENT_ID:
		case AppStatus.PROTOCOL:
		case AppStatus.BROKER:
		case AppStatus.DUPLICATE_ID: return OTHER_ERROR;
		default: return -1;
		}
	}

	/**
	 * @param pattern a pattern constant
	 * @param millis a monotonic time, ms
	 * @return the {@code Display.LED_*} colours lit at that time ({@code 0} = dark)
	 */
	public static int colorsAt(int pattern, long millis) {
		int slot = (int) ((millis / SLOT_MILLIS) % SLOTS);
		return ((MASKS[pattern] >> slot) & 1) != 0 ? COLORS[pattern] : 0;
	}

	/**
	 * @param pattern a pattern constant
	 * @return true when the LED never changes within the pattern (steady on or off)
	 */
	public static boolean isSteady(int pattern) {
		return MASKS[pattern] == 0 || MASKS[pattern] == ALL;
	}

	/** @return the colours of the pattern when lit */
	public static int colors(int pattern) {
		return COLORS[pattern];
	}

	/** @return the pattern's lit slots, bit {@code i} = slot {@code i} */
	public static int mask(int pattern) {
		return MASKS[pattern];
	}

	/** @return the pattern's name, e.g. {@code TLS_ERROR} */
	public static String name(int pattern) {
		return pattern >= 0 && pattern < NAMES.length ? NAMES[pattern] : "UNKNOWN";
	}
}
