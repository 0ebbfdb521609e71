/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Random;

import org.mqttboard.app.BoardLife;
import org.mqttboard.app.store.AtomicFile;
import org.mqttboard.app.store.StoredConfigSource;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.ButtonInput;
import org.mqttboard.platform.Clock;
import org.mqttboard.platform.Display;
import org.mqttboard.platform.Log;
import org.mqttboard.platform.Storage;

import ej.microui.MicroUI;

/**
 * Firmware entry point on a MicroEJ VEE ({@code application.main.class} in {@code module.ivy}): builds the board
 * ports for the board named by the System Property {@code mqttboard.board}, hands them to {@link BoardLife} (normal
 * mode with {@link org.mqttboard.app.Firmware}, or setup mode) and runs it on this thread, by constructors only (no
 * reflection, no service loader). The configuration in force is the one stored by setup mode ({@link BoardLife#CONFIG_FILE} in the
 * data folder), else the embedded {@link #CONFIG_RESOURCE}.
 * <p>
 * System Properties (Application Options {@code microej.java.property.*}, see
 * {@code board-config/<board>/configuration/common.properties}):
 * <ul>
 * <li>{@code mqttboard.board}: {@code esp32-wrover-kit}, {@code esp32-s3-devkitc}, {@code amb82-mini}; anything
 * else runs the serial-only {@code generic} profile;</li>
 * <li>{@code mqttboard.buttons}: {@code microui} to read buttons from a MicroUI {@code Buttons} generator instead
 * of the Event Queue natives;</li>
 * <li>{@code mqttboard.wifi.interface}: name of the Wi-Fi network interface (default: the first one listed);</li>
 * <li>{@code mqttboard.data.dir}: folder on the board's file system where setup mode stores the configuration and
 * CA files (default {@value #DEFAULT_DATA_DIR});</li>
 * <li>{@code mqttboard.setup.hold.ms}: how long button A held through boot enters setup mode, ms (default
 * {@value #DEFAULT_HOLD_MILLIS}; 0 = never).</li>
 * </ul>
 * Threads: this one (the firmware main loop after wiring), the Event Queue thread (buttons) and, on boards with
 * MicroUI, the MicroUI thread.
 */
public final class Main {

	/** The configuration embedded in the firmware (listed in {@code org/mqttboard/app/config.resources.list}). */
	public static final String CONFIG_RESOURCE = "/org/mqttboard/app/default.properties";

	/** Folder of the stored configuration when {@code mqttboard.data.dir} is not set. */
	public static final String DEFAULT_DATA_DIR = "/sdcard/mqttboard";
	/** Hold time of button A through boot for setup mode when {@code mqttboard.setup.hold.ms} is not set, ms. */
	public static final int DEFAULT_HOLD_MILLIS = 3000;
	/** The setup page's TCP port on the board's access point. */
	static final int SETUP_PORT = 80;

	/** How long an idle socket read waits, ms: the main loop's poll granularity on the link. */
	private static final int SOCKET_POLL_MILLIS = 5;

	private Main() {
	}

	/**
	 * @param args ignored (a VEE has no command line)
	 */
	public static void main(String[] args) {
		SerialLog log = new SerialLog(System.out);
		String wifiInterface = System.getProperty("mqttboard.wifi.interface");
		String dataDir = System.getProperty("mqttboard.data.dir");
		Storage storage = new FsStorage(dataDir == null ? DEFAULT_DATA_DIR : dataDir);
		Board board = board(System.getProperty("mqttboard.board"), System.getProperty("mqttboard.buttons"),
				wifiInterface, storage, log);
		final Random random = new Random(board.clock().monotonicMillis() ^ board.name().hashCode());
		BoardLife.SetupPorts ports = new BoardLife.SetupPorts() {
			@Override
			public ServerSocket listen() throws IOException {
				return new ServerSocket(SETUP_PORT);
			}

			@Override
			public int port() {
				return SETUP_PORT;
			}

			@Override
			public void entropy(byte[] into) {
				// java.util.Random: no public source shows java.security.SecureRandom in the SECURITY library of our
				// VEE Ports yet. Reseeded from the clock at the moment setup mode starts, which a user's press sets.
				Random r = new Random(random.nextLong() ^ System.currentTimeMillis());
				for (int i = 0; i < into.length; i++) {
					into[i] = (byte) r.nextInt();
				}
			}
		};
		// No observer: the serial console (SerialLog) already shows every state and error.
		BoardLife life = new BoardLife(board, null, random, storage, new EcomAccessPointRadio(wifiInterface),
				board.config(), ports, holdMillis(System.getProperty("mqttboard.setup.hold.ms"), log));
		startButtons(board.buttons());
		// Normal mode and setup mode run on this thread for the life of the device; the firmware's own SNTP client
		// sets the clock during bring-up.
		life.run();
	}

	/**
	 * @param value {@code mqttboard.setup.hold.ms}, may be null
	 * @return the hold time, ms ({@link #DEFAULT_HOLD_MILLIS} when unset or not a number, which is logged)
	 */
	static int holdMillis(String value, Log log) {
		if (value == null) {
			return DEFAULT_HOLD_MILLIS;
		}
		try {
			return Math.max(0, Integer.parseInt(value.trim()));
		} catch (NumberFormatException e) {
			log.log(Log.WARN, "mqttboard.setup.hold.ms: not a number; using " + DEFAULT_HOLD_MILLIS);
			return DEFAULT_HOLD_MILLIS;
		}
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
	 * @param storage the data folder: the configuration stored there wins over the embedded one
	 * @param log the serial console
	 * @return the board
	 */
	public static Board board(String boardName, String buttonsMode, String wifiInterface, Storage storage, Log log) {
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
		MicroejNetwork network = new MicroejNetwork(SOCKET_POLL_MILLIS, storage);
		StoredConfigSource config = new StoredConfigSource(new AtomicFile(storage, BoardLife.CONFIG_FILE),
				CONFIG_RESOURCE);
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
