/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import org.mqttboard.app.Firmware;
import org.mqttboard.app.FirmwareObserver;
import org.mqttboard.mqtt.session.SessionCounters;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.Clock;

/**
 * Runs the unchanged firmware ({@link Firmware}) on the simulated board, on the simulator's firmware thread, and
 * turns its observer callbacks into {@code STATE}, {@code ERROR} and {@code DISPLAY} events. {@code PUBLISHED} and
 * {@code RECEIVED} come from the wire ({@link SimNetwork}), not from here, so they show what really crossed the
 * link. The MQTT session's counters go to the panel: they belong to the firmware thread, so they are copied there,
 * at most every {@link #SAMPLE_MILLIS}, whenever the firmware reads its clock (every pass of its main loop).
 * <p>
 * Threading: {@link #run} on the firmware thread; {@link #stop} from any thread.
 */
public final class FirmwareProgram implements BoardProgram {

	/** Shortest time between two copies of the session's counters, in ms. */
	static final long SAMPLE_MILLIS = 250;

	private volatile Firmware firmware;
	private volatile boolean stopRequested;

	@Override
	public void run(Board board, Events events, BoardModel panel) {
		Thread owner = Thread.currentThread();
		Clock clock = board.clock();
		long[] lastSample = { Long.MIN_VALUE / 2 }; // no overflow in now - lastSample
		Clock sampling = new Clock() {
			@Override
			public long monotonicMillis() {
				long now = clock.monotonicMillis();
				if (now - lastSample[0] >= SAMPLE_MILLIS && Thread.currentThread() == owner) {
					lastSample[0] = now;
					sampleCounters(panel);
				}
				return now;
			}

			@Override
			public long wallMillis() {
				return clock.wallMillis();
			}

			@Override
			public void setWallMillis(long utcMillis) {
				clock.setWallMillis(utcMillis);
			}
		};
		Firmware fw = new Firmware(new Board(board.name(), sampling, board.wifi(), board.network(), board.buttons(),
				board.display(), board.log(), board.config()), observer(events));
		this.firmware = fw;
		if (!this.stopRequested) {
			fw.run();
		}
	}

	/** Copies the session's counters to the panel; firmware thread only. */
	private void sampleCounters(BoardModel panel) {
		Firmware fw = this.firmware;
		SessionCounters counters = fw == null ? null : fw.counters();
		if (counters != null) {
			panel.counters(BoardModel.Counters.of(counters));
		}
	}

	/**
	 * @param events where the events go
	 * @return an observer turning the firmware's callbacks into {@code STATE}, {@code ERROR} and {@code DISPLAY} events
	 */
	static FirmwareObserver observer(Events events) {
		return new FirmwareObserver() {
			@Override
			public void onState(int state, String name) {
				events.emit(Events.STATE, Escape.text(name), "");
			}

			@Override
			public void onError(int error, String code, String message) {
				events.emit(Events.ERROR, Escape.text(code), Escape.text(message));
			}

			@Override
			public void onPublished(String topic, byte[] payload, int length, boolean queued) {
				// Reported from the wire instead (PUBLISHED when the packet really leaves the board).
			}

			@Override
			public void onReceived(byte[] buf, int topicOff, int topicLen, int payloadOff, int payloadLen) {
				// Reported from the wire instead.
			}

			@Override
			public void onDisplay(String text) {
				events.emit(Events.DISPLAY, Escape.text(text), "");
			}
		};
	}

	@Override
	public void stop() {
		this.stopRequested = true;
		Firmware fw = this.firmware;
		if (fw != null) {
			fw.stop();
		}
	}
}
