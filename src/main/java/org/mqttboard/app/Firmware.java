/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import java.util.Random;

import org.mqttboard.app.bringup.Backoff;
import org.mqttboard.app.bringup.BringUp;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.app.bringup.Reporter;
import org.mqttboard.app.button.EdgeRing;
import org.mqttboard.app.button.PressDetector;
import org.mqttboard.app.config.ConfigException;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.Problem;
import org.mqttboard.app.display.Scroller;
import org.mqttboard.app.profile.Profiles;
import org.mqttboard.app.time.TimeSync;
import org.mqttboard.mqtt.session.MqttSession;
import org.mqttboard.mqtt.session.SessionState;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.Clock;
import org.mqttboard.platform.Display;
import org.mqttboard.platform.Log;

/**
 * The firmware application: reads and validates the configuration, builds every component once (all memory at
 * construction), then runs ONE main loop on the calling thread. The loop drains button edges, advances the
 * bring-up machine (which drives Wi-Fi, SNTP and the MQTT session), publishes presses, scrolls the display, and
 * sleeps until the next deadline, waking early on a button edge or {@link #stop()}.
 * <p>
 * A configuration with errors never runs half-way: the firmware reports every problem (console, display,
 * {@link FirmwareObserver}) and halts in {@link BringUpState#HALTED}.
 * <p>
 * Threading: {@link #run()} (or {@link #runOnce}) on one thread, the main loop; {@link #stop()} from any thread;
 * the board's input thread only feeds the edge ring. The firmware itself starts no thread.
 */
public final class Firmware {

	/** Longest sleep of the main loop, in ms: bounds the delay of a missed wake-up. */
	static final int MAX_SLEEP_MILLIS = 1000;
	/** Scroll speed of the configuration error summary on a matrix, in ms per column. */
	private static final int HALT_SCROLL_STEP_MILLIS = 120;

	private final Board board;
	private final Clock clock;
	private final Reporter reporter;
	private final Events events;
	private final EdgeRing edges;
	private final Wiring wiring;
	private final BringUp bringUp;
	private final FirmwareConfig config;
	/** Scrolls the configuration error summary on a matrix board; null otherwise. */
	private Scroller haltScroller;
	private volatile boolean stopped;

	/**
	 * Builds the firmware with a jitter source seeded from the clock.
	 *
	 * @param board the board's ports
	 */
	public Firmware(Board board) {
		this(board, new Random(board.clock().monotonicMillis() ^ board.name().hashCode()));
	}

	/**
	 * Builds the firmware with a given jitter source (deterministic tests and simulator scripts).
	 *
	 * @param board the board's ports
	 * @param random backoff jitter source, owned by the firmware afterwards
	 */
	public Firmware(Board board, Random random) {
		this(board, random, null);
	}

	/**
	 * @param board the board's ports
	 * @param random backoff jitter source
	 * @param time replaces the SNTP client when not null (tests without a network)
	 */
	Firmware(Board board, Random random, TimeSync time) {
		this.board = board;
		this.clock = board.clock();
		this.edges = new EdgeRing(32);
		Events events = new Events();
		this.events = events;
		this.reporter = new Reporter(board.display(), board.log(), events);
		FirmwareConfig loaded = null;
		String[] problems = null;
		try {
			loaded = Profiles.load(board.config());
			Problem[] warnings = loaded.warnings();
			for (int i = 0; i < warnings.length; i++) {
				board.log().log(Log.WARN, warnings[i].toString());
			}
		} catch (ConfigException e) {
			problems = lines(e.problems());
			showSummary(e.shortSummary(), this.clock.monotonicMillis());
		}
		Wiring w = null;
		if (loaded != null) {
			try {
				w = new Wiring(board, loaded, events, this.reporter, this.clock.monotonicMillis(), time);
			} catch (IllegalArgumentException e) {
				// The validator should have caught it; never run half-configured either way.
				problems = new String[] { "configuration cannot be applied: " + e.getMessage() };
				loaded = null;
				showSummary("CFG 1 ERR", this.clock.monotonicMillis());
			}
		}
		this.config = loaded;
		this.wiring = w;
		events.attach(w);
		if (w != null) {
			this.bringUp = w.bringUp(random);
			board.buttons().setListener(this.edges);
		} else {
			this.bringUp = new BringUp(board.wifi(), "", "", "OPEN", 1, null, false, null,
					new Backoff(1, 1, 1, random), 1, 1, this.reporter);
			this.bringUp.refuseConfiguration(problems);
		}
	}

	/**
	 * Sets who receives states, errors, publishes, messages and display text (the simulator's event lines).
	 *
	 * @param observer the receiver, or null for none
	 */
	public void setObserver(FirmwareObserver observer) {
		this.events.setObserver(observer);
	}

	/** @return the validated configuration, or null when it was refused */
	public FirmwareConfig config() {
		return this.config;
	}

	/** @return the current {@link BringUpState} */
	public int state() {
		return this.bringUp.state();
	}

	/** @return the MQTT session (for counters in status panels), or null when the configuration was refused */
	public MqttSession session() {
		return this.wiring == null ? null : this.wiring.link.session();
	}

	/** @return the receiver of the board's button edges (already registered with the board's buttons) */
	public EdgeRing buttonEdges() {
		return this.edges;
	}

	/**
	 * Does one pass of the main loop without sleeping.
	 *
	 * @param nowMillis monotonic time, in ms
	 * @return the time by which the next pass is due, in ms
	 */
	public long runOnce(long nowMillis) {
		Wiring w = this.wiring;
		PressDetector detector = w == null ? null : w.detector;
		for (long e = this.edges.poll(); e != EdgeRing.EMPTY; e = this.edges.poll()) {
			if (detector != null) {
				detector.edge(EdgeRing.button(e), EdgeRing.pressed(e), EdgeRing.time(e));
			}
		}
		if (w != null) {
			w.detector.poll(nowMillis);
		}
		this.bringUp.step(nowMillis);
		if (w != null) {
			w.publisher.drain(nowMillis);
			w.messages.step(nowMillis);
		} else if (this.haltScroller != null) {
			this.haltScroller.step(nowMillis);
		}
		return nextDeadline(nowMillis);
	}

	/**
	 * @param nowMillis monotonic time, in ms
	 * @return the earliest time any component needs the loop, in ms
	 */
	public long nextDeadline(long nowMillis) {
		long d = this.bringUp.nextDeadline(nowMillis);
		Wiring w = this.wiring;
		if (w != null) {
			d = Math.min(d, w.detector.nextDeadline(nowMillis));
			d = Math.min(d, w.publisher.nextDeadline(nowMillis));
			d = Math.min(d, w.messages.nextDeadline(nowMillis));
		} else if (this.haltScroller != null) {
			d = Math.min(d, this.haltScroller.nextDeadline(nowMillis));
		}
		return Math.max(d, nowMillis);
	}

	/**
	 * Runs the main loop on the calling thread until {@link #stop()}.
	 */
	public void run() {
		while (!this.stopped) {
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
	 *
	 * @param nowMillis monotonic time, in ms
	 */
	public void shutdown(long nowMillis) {
		MqttSession s = session();
		if (s != null && s.state() != SessionState.DISCONNECTED) {
			s.disconnect(nowMillis);
		}
	}

	/** Makes {@link #run()} return soon (it then calls {@link #shutdown}); callable from any thread. */
	public void stop() {
		this.stopped = true;
		this.edges.wakeUp();
	}

	private static String[] lines(Problem[] problems) {
		int errors = 0;
		for (int i = 0; i < problems.length; i++) {
			if (problems[i].isError()) {
				errors++;
			}
		}
		String[] out = new String[errors];
		int n = 0;
		for (int i = 0; i < problems.length; i++) {
			Problem p = problems[i];
			if (p.isError()) {
				// The error code already says CONFIG: no severity word, just where and why.
				String where = p.line() > 0 ? "line " + p.line() + ": " : "";
				out[n++] = where + (p.key().length() > 0 ? p.key() + ": " : "") + p.reason();
			}
		}
		return out;
	}

	/** Shows the short configuration error summary (e.g. {@code CFG 2 ERR L3 broker.port}) on any display. */
	private void showSummary(String summary, long nowMillis) {
		Display d = this.board.display();
		if (d.kind() == Display.KIND_MATRIX_5X5) {
			char[] text = summary.toCharArray();
			this.haltScroller = new Scroller(d, text.length, HALT_SCROLL_STEP_MILLIS);
			this.haltScroller.show(text, text.length, nowMillis);
		} else {
			d.showText(summary.length() > d.columns() && d.columns() > 0 ? summary.substring(0, d.columns())
					: summary);
		}
	}
}
