/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The single-key commands of the terminal panel and the GUI: {@code a}/{@code b} short press, {@code A}/{@code B}
 * long press, {@code w} toggles Wi-Fi, {@code p} makes the peer publish the next number to the board's display
 * topic, {@code q} quits. Actions run one after another on a worker thread so a long press never freezes the
 * panel.
 * <p>
 * Threading: {@link #key} may be called from any thread.
 */
public final class KeyCommands implements AutoCloseable {

	private final Controls controls;
	private final String displayTopic;
	private final SimLog log;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "sim-keys");
		thread.setDaemon(true);
		return thread;
	});
	private int counter;

	/**
	 * @param controls the simulation
	 * @param displayTopic the topic {@code p} publishes to (the board's display subscription)
	 * @param log where action failures are reported
	 */
	public KeyCommands(Controls controls, String displayTopic, SimLog log) {
		this.controls = controls;
		this.displayTopic = displayTopic;
		this.log = log;
	}

	/** @return the help line listing every key */
	public static String help() {
		return "keys: a/b press A/B   A/B (shift) long press   w Wi-Fi on/off   p peer publishes to display   q quit";
	}

	/**
	 * @param key the typed character
	 * @return false when the key asks to quit
	 */
	public boolean key(char key) {
		switch (key) {
		case 'a' -> submit(() -> this.controls.hold(0, SimButtons.SHORT_PRESS_MILLIS));
		case 'b' -> submit(() -> this.controls.hold(1, SimButtons.SHORT_PRESS_MILLIS));
		case 'A' -> submit(() -> this.controls.hold(0, SimButtons.LONG_PRESS_MILLIS));
		case 'B' -> submit(() -> this.controls.hold(1, SimButtons.LONG_PRESS_MILLIS));
		case 'w', 'W' -> submit(() -> this.controls.wifi(!this.controls.wifiInRange()));
		case 'p', 'P' -> {
			String payload = Integer.toString(++this.counter % 10);
			submit(() -> this.controls.peerPublish(this.displayTopic, payload, 1, false));
		}
		case 'q', 'Q' -> {
			return false;
		}
		default -> {
			// Other keys are ignored (the help line is always on screen).
		}
		}
		return true;
	}

	private interface Action {
		void run() throws Exception;
	}

	private void submit(Action action) {
		this.worker.execute(() -> {
			try {
				action.run();
			} catch (Exception e) {
				this.log.log(org.mqttboard.platform.Log.WARN, "simulator: action failed: " + e.getMessage());
			}
		});
	}

	/** Stops the worker after the running action. */
	@Override
	public void close() {
		this.worker.shutdownNow();
		try {
			this.worker.awaitTermination(2, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
