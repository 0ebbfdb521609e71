/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import java.util.Random;

import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.app.bringup.Reporter;
import org.mqttboard.app.bringup.StatusLight;
import org.mqttboard.app.button.EdgeRing;
import org.mqttboard.app.config.ConfigException;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.Problem;
import org.mqttboard.app.profile.Profiles;
import org.mqttboard.app.time.TimeSync;
import org.mqttboard.mqtt.session.SessionCounters;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.Clock;
import org.mqttboard.platform.FirmwareVersion;
import org.mqttboard.platform.Log;

/**
 * The firmware application: reads and validates the configuration, then runs ONE main loop on the calling thread.
 * A usable configuration builds the {@link Online} firmware (every component once, all memory at construction);
 * an unusable one builds the {@link Halted} report instead: the firmware never runs half-configured. The loop runs
 * one pass of that program and sleeps until its next deadline, waking early on a button edge or {@link #stop()}; it
 * ends once a refused configuration is reported, so that {@link BoardLife} opens setup mode.
 * <p>
 * Threading: {@link #run()} (or {@link #runOnce}) on one thread, the main loop; {@link #stop()} from any thread;
 * the board's input thread only feeds the edge ring. The firmware itself starts no thread.
 */
public final class Firmware {

	/** Longest sleep of the main loop, in ms: bounds the delay of a missed wake-up. */
	static final int MAX_SLEEP_MILLIS = 1000;
	/** Button edges kept between two passes of the loop. */
	private static final int EDGES = 32;

	private final Clock clock;
	private final EdgeRing edges = new EdgeRing(EDGES);
	private final Program program;
	/** The status LED, stepped on every pass of the loop. */
	private final StatusLight light;
	private volatile boolean stopped;

	/**
	 * Builds the firmware with a jitter source seeded from the clock.
	 *
	 * @param observer receives states, errors, publishes, messages and display text (the simulator's event lines),
	 *        or null
	 */
	public Firmware(Board board, FirmwareObserver observer) {
		this(board, observer, new Random(board.clock().monotonicMillis() ^ board.name().hashCode()));
	}

	/**
	 * Builds the firmware with a given jitter source (deterministic tests and simulator scripts).
	 *
	 * @param observer receives states, errors, publishes, messages and display text, or null
	 * @param random backoff jitter source, owned by the firmware afterwards
	 */
	public Firmware(Board board, FirmwareObserver observer, Random random) {
		this(board, observer, random, null);
	}

	/**
	 * @param observer receives states, errors, publishes, messages and display text, or null
	 * @param random backoff jitter source
	 * @param time replaces the SNTP client when not null (tests without a network)
	 */
	Firmware(Board board, FirmwareObserver observer, Random random, TimeSync time) {
		this.clock = board.clock();
		board.log().log(Log.INFO, "mqttboard " + FirmwareVersion.VERSION + " on " + board.name());
		Reporter reporter = new Reporter(board.display(), board.log(), observer);
		this.light = reporter.light();
		long now = this.clock.monotonicMillis();
		Program p;
		try {
			FirmwareConfig config = Profiles.load(board.config());
			for (Problem w : config.warnings) {
				board.log().log(Log.WARN, w.toString());
			}
			p = new Online(board, config, this.edges, reporter, observer, random, time, now);
			board.buttons().setListener(this.edges);
		} catch (ConfigException e) {
			p = new Halted(board.display(), reporter, e.shortSummary(), lines(e.problems()), now);
		} catch (IllegalArgumentException e) {
			// The validator should have caught it; never run half-configured either way.
			p = new Halted(board.display(), reporter, "CFG 1 ERR", new String[] {
					"configuration cannot be applied: " + e.getMessage() }, now);
		}
		this.program = p;
	}

	/** @return the current {@link BringUpState} */
	public int state() {
		return this.program.state();
	}

	/**
	 * @return the MQTT session's counters (connects, drops, publishes, ...; the same object for the firmware's life,
	 *         read without allocation), or null when the configuration was refused
	 */
	public SessionCounters counters() {
		return this.program.counters();
	}

	/**
	 * Does one pass of the main loop without sleeping.
	 *
	 * @return the time by which the next pass is due, in ms
	 */
	public long runOnce(long nowMillis) {
		this.program.step(nowMillis);
		this.light.step(nowMillis);
		return nextDeadline(nowMillis);
	}

	/** @return the earliest time the firmware needs the loop, in ms */
	public long nextDeadline(long nowMillis) {
		long next = Math.min(this.program.nextDeadline(nowMillis), this.light.nextChange(nowMillis));
		return Math.max(next, nowMillis);
	}

	/**
	 * Runs the main loop on the calling thread until {@link #stop()}, or until the configuration was refused and
	 * reported ({@link BringUpState#HALTED}): the caller then enters setup mode ({@link BoardLife}).
	 */
	public void run() {
		while (!this.stopped && this.program.state() != BringUpState.HALTED) {
			long next = runOnce(this.clock.monotonicMillis());
			long wait = Math.min(next - this.clock.monotonicMillis(), MAX_SLEEP_MILLIS);
			if (wait > 0 && !this.stopped) {
				this.edges.await(wait);
			}
		}
		shutdown(this.clock.monotonicMillis());
	}

	/**
	 * Ends the MQTT link cleanly (DISCONNECT, so the broker does not publish the will). {@link #run()} does it on
	 * exit; callers that drive {@link #runOnce} themselves call it when they are done. Main loop thread only.
	 */
	public void shutdown(long nowMillis) {
		this.program.shutdown(nowMillis);
	}

	/** Makes {@link #run()} return soon (it then calls {@link #shutdown}); callable from any thread. */
	public void stop() {
		this.stopped = true;
		this.edges.wakeUp();
	}

	/** @return one console line per error: where (line, key) and why; the code already says CONFIG */
	private static String[] lines(Problem[] problems) {
		int errors = 0;
		for (Problem p : problems) {
			errors += p.isError() ? 1 : 0;
		}
		String[] out = new String[errors];
		int n = 0;
		for (Problem p : problems) {
			if (p.isError()) {
				out[n++] = (p.line() > 0 ? "line " + p.line() + ": " : "") + (p.key().length() > 0 ? p.key() + ": "
						: "") + p.reason();
			}
		}
		return out;
	}
}
