/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Random;

import org.mqttboard.app.setup.BootHold;
import org.mqttboard.app.setup.SetupMode;
import org.mqttboard.app.store.AtomicFile;
import org.mqttboard.platform.AccessPointRadio;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.ConfigSource;
import org.mqttboard.platform.Log;
import org.mqttboard.platform.Storage;

/**
 * The board's life from power-on: normal mode ({@link Firmware}) or setup mode ({@link SetupMode}), and a restart
 * into normal mode with the configuration read again after setup mode saved one or timed out. Setup mode is entered
 * when button A is held through boot ({@link BootHold}, the board's hold time) or when the configuration in force is
 * refused (the firmware reports every problem, then ends in {@code HALTED}). Nothing of setup mode is built in
 * normal mode: its server, buffers and routes exist only while it runs.
 * <p>
 * Threading: {@link #run} on the main thread, which it keeps for the life of the board; {@link #stop} from any
 * thread.
 */
public final class BoardLife {

	/** Name of the stored configuration on the board's storage (beside the CA files). */
	public static final String CONFIG_FILE = "mqttboard.properties";
	/** Wait before setup mode is tried again after the access point or the server socket failed, ms. */
	static final int RETRY_MILLIS = 10000;
	/** Longest sleep while waiting for the boot hold to be decided, ms. */
	private static final int HOLD_POLL_MILLIS = 50;

	/** What setup mode needs from the board beyond {@link Board}; used only when setup mode starts. */
	public interface SetupPorts {

		/**
		 * @return a bound server socket for the setup page (port 80 on a board, a loopback port in the simulator);
		 *         setup mode closes it
		 * @throws IOException when it cannot be bound
		 */
		ServerSocket listen() throws IOException;

		/** @return the port {@link #listen()} bound, for the address shown to the user */
		int port();

		/**
		 * Fills {@code into} with random bytes for the access point passphrase and the page token of this boot.
		 *
		 * @param into the bytes to fill
		 */
		void entropy(byte[] into);
	}

	private final Board board;
	private final FirmwareObserver observer;
	private final Random random;
	private final Storage storage;
	private final AccessPointRadio radio;
	private final ConfigSource current;
	private final SetupPorts ports;
	private final BootHold hold;
	private volatile boolean forceSetup;
	private volatile boolean stopped;
	private volatile Firmware firmware;
	private volatile SetupMode setup;

	/**
	 * Registers the boot-hold listener at once, so that the caller can then start the button driver.
	 *
	 * @param board the board; its configuration is the one in force (stored, then embedded), read again on every
	 *        restart
	 * @param observer receives the firmware's states and errors, or null
	 * @param random backoff jitter source, shared by every restart
	 * @param storage where setup mode stores the configuration ({@link #CONFIG_FILE}) and CA files
	 * @param radio the access point and scanner of setup mode
	 * @param current what the setup page starts from (on a board the same as {@code board.config()}; the simulator
	 *        leaves its loopback broker overrides out)
	 * @param ports the rest of what setup mode needs
	 * @param holdMillis how long button A must be held through boot to enter setup mode, ms; 0: never
	 */
	public BoardLife(Board board, FirmwareObserver observer, Random random, Storage storage, AccessPointRadio radio,
			ConfigSource current, SetupPorts ports, int holdMillis) {
		this.board = board;
		this.observer = observer;
		this.random = random;
		this.storage = storage;
		this.radio = radio;
		this.current = current;
		this.ports = ports;
		this.hold = holdMillis > 0 ? new BootHold(board.clock().monotonicMillis(), holdMillis) : null;
		if (this.hold != null) {
			board.buttons().setListener(this.hold);
		}
	}

	/** Makes the first boot enter setup mode whatever the configuration (the simulator's {@code --setup}). */
	public void setupFirst() {
		this.forceSetup = true;
	}

	/** @return the firmware of normal mode, or null while setup mode runs or before boot */
	public Firmware firmware() {
		return this.firmware;
	}

	/** Runs the board until {@link #stop()}: normal mode, setup mode when asked or needed, restarts. */
	public void run() {
		boolean setupNext = this.forceSetup || heldAtBoot();
		while (!this.stopped) {
			if (!setupNext) {
				Firmware fw = new Firmware(this.board, this.observer, this.random);
				this.firmware = fw;
				if (!this.stopped) {
					fw.run(); // returns on stop() or once a refused configuration is reported
				}
				this.firmware = null;
				if (this.stopped) {
					return;
				}
			}
			setupNext = false;
			int end = runSetup();
			if (end == SetupMode.STOPPED) {
				return;
			}
			if (end == SetupMode.FAILED) {
				pause(RETRY_MILLIS);
			}
			// SAVED or IDLE: restart into normal mode with the configuration read again.
		}
	}

	/** Makes {@link #run} return soon; callable from any thread. */
	public void stop() {
		this.stopped = true;
		Firmware fw = this.firmware;
		if (fw != null) {
			fw.stop();
		}
		SetupMode s = this.setup;
		if (s != null) {
			s.stop();
		}
		synchronized (this) {
			notifyAll();
		}
	}

	/** @return true when button A was held through boot for the hold time */
	private boolean heldAtBoot() {
		if (this.hold == null) {
			return false;
		}
		long now = this.board.clock().monotonicMillis();
		int decision = this.hold.decide(now);
		while (decision == BootHold.WAIT && !this.stopped) {
			pause((int) Math.min(this.hold.nextDeadline(now) - now + 1, HOLD_POLL_MILLIS));
			now = this.board.clock().monotonicMillis();
			decision = this.hold.decide(now);
		}
		if (decision == BootHold.HELD) {
			this.board.log().log(Log.INFO, "button A held through boot: setup mode");
			return true;
		}
		return false;
	}

	/** @return how setup mode ended: a {@link SetupMode} code */
	private int runSetup() {
		Log log = this.board.log();
		byte[] entropy = new byte[SetupMode.ENTROPY_BYTES];
		this.ports.entropy(entropy);
		SetupMode mode;
		ServerSocket listener;
		try {
			mode = new SetupMode(this.board.clock(), this.board.display(), log, this.radio, this.storage, this.current,
					new AtomicFile(this.storage, CONFIG_FILE), entropy);
			listener = this.ports.listen();
		} catch (IOException e) {
			log.log(Log.ERROR, "setup: cannot start: " + e.getMessage());
			return SetupMode.FAILED;
		}
		this.setup = mode;
		try {
			if (this.stopped || !mode.openAccessPoint(this.ports.port())) {
				close(listener);
				return this.stopped ? SetupMode.STOPPED : SetupMode.FAILED;
			}
			return mode.run(listener);
		} finally {
			this.setup = null;
		}
	}

	private static void close(ServerSocket s) {
		try {
			s.close();
		} catch (IOException e) {
			// closed either way
		}
	}

	/** Sleeps up to {@code millis}, less when {@link #stop()} is called. */
	private synchronized void pause(int millis) {
		if (!this.stopped && millis > 0) {
			try {
				wait(millis);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				this.stopped = true;
			}
		}
	}
}
