/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import org.mqttboard.app.Firmware;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.ButtonInput;
import org.mqttboard.platform.Clock;
import org.mqttboard.platform.Display;
import org.mqttboard.platform.Log;

import ej.microui.MicroUI;

/**
 * Firmware entry point on a MicroEJ VEE ({@code application.main.class} in {@code module.ivy}): builds the board
 * ports for the board named by the System Property {@code mqttboard.board}, hands them to {@link Firmware} and runs
 * its main loop on this thread, by constructors only (no reflection, no service loader).
 * <p>
 * System Properties (Application Options {@code microej.java.property.*}, see
 * {@code board-config/<board>/configuration/common.properties}):
 * <ul>
 * <li>{@code mqttboard.board}: {@code esp32-wrover-kit}, {@code esp32-s3-devkitc}, {@code amb82-mini}; anything
 * else runs the serial-only {@code generic} profile;</li>
 * <li>{@code mqttboard.buttons}: {@code microui} to read buttons from a MicroUI {@code Buttons} generator instead
 * of the Event Queue natives;</li>
 * <li>{@code mqttboard.wifi.interface}: name of the Wi-Fi network interface (default: the first one listed);</li>
 * <li>{@code mqttboard.config.file}: path of the override properties file on the board's file system (default:
 * none).</li>
 * </ul>
 * Threads: this one (the firmware main loop after wiring), the Event Queue thread (buttons) and, on boards with
 * MicroUI, the MicroUI thread.
 */
public final class Main {

	/** The configuration embedded in the firmware (listed in {@code org/mqttboard/app/config.resources.list}). */
	public static final String CONFIG_RESOURCE = "/org/mqttboard/app/default.properties";

	/** How long an idle socket read waits, ms: the main loop's poll granularity on the link. */
	private static final int SOCKET_POLL_MILLIS = 5;

	private Main() {
	}

	/**
	 * @param args ignored (a VEE has no command line)
	 */
	public static void main(String[] args) {
		SerialLog log = new SerialLog(System.out);
		Board board = board(System.getProperty("mqttboard.board"), System.getProperty("mqttboard.buttons"),
				System.getProperty("mqttboard.wifi.interface"), System.getProperty("mqttboard.config.file"), log);
		// Reads and validates the configuration and allocates everything (it registers its button listener).
		// No observer: the serial console (SerialLog) already shows every state and error.
		Firmware firmware = new Firmware(board, null);
		startButtons(board.buttons());
		// The main loop runs on this thread for the life of the device; the firmware's own SNTP client sets the
		// clock during bring-up.
		firmware.run();
	}

	/**
	 * Starts the C button driver when the board has buttons on the Event Queue. A board without buttons (the
	 * {@code generic} profile) never calls the natives, so it links and runs on a VEE Port without them and in the
	 * MicroEJ Simulator without the mock. Used by {@link #main} and by host tests.
	 *
	 * @param buttons the board's button input
	 * @return what {@link EventQueueButtons#start()} returned (buttons configured, or a negative driver error), or 0
	 *         when no driver was started
	 */
	public static int startButtons(ButtonInput buttons) {
		if (buttons.count() == 0 || !(buttons instanceof EventQueueButtons)) {
			return 0;
		}
		return ((EventQueueButtons) buttons).start();
	}

	/**
	 * Builds the board ports (without starting the C button driver: see {@link #startButtons}).
	 * Starts MicroUI when the board uses it. Used by {@link #main} and by host tests.
	 *
	 * @param boardName value of {@code mqttboard.board}, may be null
	 * @param buttonsMode value of {@code mqttboard.buttons}, may be null
	 * @param wifiInterface value of {@code mqttboard.wifi.interface}, may be null
	 * @param configFile value of {@code mqttboard.config.file}, may be null
	 * @param log the serial console
	 * @return the board
	 */
	public static Board board(String boardName, String buttonsMode, String wifiInterface, String configFile,
			Log log) {
		BoardProfile profile = BoardProfile.forName(boardName);
		boolean microUiButtons = "microui".equals(buttonsMode);
		if (profile.usesMicroUi() || microUiButtons) {
			MicroUI.start();
		}
		Clock clock = new MicroejClock();
		StatusLed led = hasLed(profile) ? new StatusLed(profile) : null;
		Display display = display(profile, log, led);
		ButtonInput buttons = buttons(profile, microUiButtons, clock, log);
		EcomWifiRadio wifi = new EcomWifiRadio(wifiInterface, clock, log);
		MicroejNetwork network = new MicroejNetwork(SOCKET_POLL_MILLIS);
		FileOverrideConfigSource config = new FileOverrideConfigSource(configFile, CONFIG_RESOURCE);
		log.log(Log.INFO, "ports: " + buttons.count() + " button(s), display kind " + display.kind() + ", config "
				+ config.name());
		return new Board(profile.name(), clock, wifi, network, buttons, display, log, config);
	}

	private static boolean hasLed(BoardProfile profile) {
		return profile.redLed() != BoardProfile.NO_LED || profile.greenLed() != BoardProfile.NO_LED
				|| profile.blueLed() != BoardProfile.NO_LED;
	}

	private static Display display(BoardProfile profile, Log log, StatusLed led) {
		if (profile.displayKind() == Display.KIND_LCD) {
			return new LcdDisplay(log, profile.columns(), led);
		}
		return new SerialDisplay(log, profile.columns(), led);
	}

	private static ButtonInput buttons(BoardProfile profile, boolean microUi, Clock clock, Log log) {
		if (profile.buttonSource() == BoardProfile.BUTTONS_NONE) {
			return new EventQueueButtons(0, clock, log);
		}
		if (microUi) {
			MicroUiButtons b = new MicroUiButtons(profile.buttonCount(), clock);
			if (b.start()) {
				return b;
			}
			log.log(Log.WARN, "buttons: no MicroUI Buttons generator, using the Event Queue natives");
		}
		return new EventQueueButtons(profile.buttonCount(), clock, log);
	}
}
