/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.Random;

import org.mqttboard.app.BoardLife;
import org.mqttboard.app.Firmware;
import org.mqttboard.app.FirmwareObserver;
import org.mqttboard.mqtt.session.SessionCounters;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.Clock;
import org.mqttboard.platform.ConfigSource;
import org.mqttboard.platform.Storage;

/**
 * Runs the unchanged firmware ({@link BoardLife}: normal mode with {@link Firmware}, or setup mode) on the
 * simulated board, on the simulator's firmware thread, and turns its observer callbacks into {@code STATE},
 * {@code ERROR} and {@code DISPLAY} events; setup mode serves its page on the loopback interface and emits
 * {@code SETUP <url>}. {@code PUBLISHED} and {@code RECEIVED} come from the wire ({@link SimNetwork}), not from
 * here, so they show what really crossed the link. The MQTT session's counters go to the panel: they belong to the
 * firmware thread, so they are copied there, at most every {@link #SAMPLE_MILLIS}, whenever the firmware reads its
 * clock (every pass of its main loop).
 * <p>
 * Threading: {@link #run} on the firmware thread; {@link #stop} from any thread.
 */
public final class FirmwareProgram implements BoardProgram {

	/** Shortest time between two copies of the session's counters, in ms. */
	static final long SAMPLE_MILLIS = 250;

	/** How long button A held through boot enters setup mode, ms (the boards' default). */
	static final int HOLD_MILLIS = 3000;

	private final boolean setupFirst;
	private volatile BoardLife life;
	private volatile boolean stopRequested;

	/** @param setupFirst {@code --setup}: the first boot enters setup mode */
	public FirmwareProgram(boolean setupFirst) {
		this.setupFirst = setupFirst;
	}

	@Override
	public void run(Board board, Storage storage, ConfigSource current, Events events, BoardModel panel) {
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
		Board sampled = new Board(board.name(), sampling, board.wifi(), board.network(), board.buttons(),
				board.display(), board.log(), board.config());
		BoardLife bl = new BoardLife(sampled, observer(events), new Random(clock.monotonicMillis()), storage,
				new SimAccessPointRadio(), current, loopbackPorts(events), HOLD_MILLIS);
		if (this.setupFirst) {
			bl.setupFirst();
		}
		this.life = bl;
		if (!this.stopRequested) {
			bl.run();
		}
	}

	/** Setup mode on the PC: the page on a free loopback port, announced as {@code SETUP <url>}. */
	private static BoardLife.SetupPorts loopbackPorts(Events events) {
		SecureRandom random = new SecureRandom();
		return new BoardLife.SetupPorts() {
			private int port;

			@Override
			public ServerSocket listen() throws IOException {
				ServerSocket s = new ServerSocket(0, 8, InetAddress.getByName(Simulation.LOOPBACK));
				this.port = s.getLocalPort();
				events.emit(Events.SETUP, "http://" + Simulation.LOOPBACK + ':' + this.port + '/', "");
				return s;
			}

			@Override
			public int port() {
				return this.port;
			}

			@Override
			public void entropy(byte[] into) {
				random.nextBytes(into);
			}
		};
	}

	/** Copies the session's counters to the panel; firmware thread only. */
	private void sampleCounters(BoardModel panel) {
		BoardLife bl = this.life;
		Firmware fw = bl == null ? null : bl.firmware();
		SessionCounters counters = fw == null ? null : fw.counters();
		if (counters != null) {
			panel.counters(BoardModel.Counters.of(counters));
		}
	}

	/**
	 * @param events where the events go
	 * @return an observer turning the firmware's callbacks into {@code STATE}, {@code ERROR} and {@code DISPLAY} events
	 */
	public static FirmwareObserver observer(Events events) {
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
		BoardLife bl = this.life;
		if (bl != null) {
			bl.stop();
		}
	}
}
