/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import org.mqttboard.app.Firmware;
import org.mqttboard.app.FirmwareObserver;
import org.mqttboard.platform.Board;

/**
 * Runs the unchanged firmware ({@link Firmware}) on the simulated board, on the simulator's firmware thread, and
 * turns its observer callbacks into {@code STATE}, {@code ERROR} and {@code DISPLAY} events. {@code PUBLISHED} and
 * {@code RECEIVED} come from the wire ({@link SimNetwork}), not from here, so they show what really crossed the
 * link.
 * <p>
 * Threading: {@link #run} on the firmware thread; {@link #stop} from any thread.
 */
public final class FirmwareProgram implements BoardProgram {

	private volatile Firmware firmware;
	private volatile boolean stopRequested;

	@Override
	public void run(Board board, Events events) {
		Firmware fw = new Firmware(board, new FirmwareObserver() {
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
		});
		this.firmware = fw;
		if (!this.stopRequested) {
			fw.run();
		}
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
