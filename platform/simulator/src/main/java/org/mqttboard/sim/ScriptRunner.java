/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Predicate;

import org.mqttboard.app.bringup.AppStatus;
import org.mqttboard.app.bringup.BringUpState;

/**
 * The script console ({@code --script FILE|-}): runs one command per line against a {@link Controls} and checks
 * expectations against the event stream. Commands and their semantics are documented in docs/simulator.md.
 * <p>
 * Expectations consume events in order, one cursor per kind: {@code expect peer t p} twice needs two
 * {@code PEER t p} events. {@code expect state} and {@code expect display} also hold when the named state or text
 * is the current one.
 * <p>
 * The board is switched on just before the first command that is not a setup command ({@code peer ...},
 * {@code wifi ...}, {@code clock ...}, {@code sleep}), so a script can subscribe the peer before the board's
 * first message, or start with Wi-Fi out of range.
 * <p>
 * Threading: runs on the caller's thread until the script ends, fails or says {@code quit}.
 */
public final class ScriptRunner {

	/** Exit status: every expectation held. */
	public static final int PASSED = 0;
	/** Exit status: an expectation did not hold in time. */
	public static final int EXPECTATION_FAILED = 1;
	/** Exit status: the script itself is wrong (unknown command, bad argument) or an action failed. */
	public static final int SCRIPT_ERROR = 2;
	/**
	 * Exit status: the board halted (it refuses its configuration) and no expectation named it, so the run must not
	 * pass; also the status of a run without a terminal whose board halts.
	 */
	public static final int BOARD_HALTED = 4;

	/** Default wait of an {@code expect} without a timeout, in milliseconds. */
	public static final long DEFAULT_TIMEOUT_MILLIS = 5000;
	/** Upper bound of any timeout or sleep, in milliseconds, so no script can hang a test run. */
	public static final long MAX_MILLIS = 600_000;

	/** The bring-up state of a board that stopped for good, and the error that brings it there. */
	private static final String HALTED = BringUpState.name(BringUpState.HALTED);
	private static final String HALT_ERROR = AppStatus.name(AppStatus.CONFIG);

	private final Controls controls;
	private final PrintStream out;
	private int stateCursor;
	private int displayCursor;
	private int peerCursor;
	private int errorCursor;
	private int expectations;
	/** An expectation named the halt: {@code expect state HALTED} or {@code expect error CONFIG}. */
	private boolean haltNamed;

	/**
	 * @param controls the simulation to drive
	 * @param out where the verdict line goes ({@code PASS ...} or {@code FAIL ...})
	 */
	public ScriptRunner(Controls controls, PrintStream out) {
		this.controls = controls;
		this.out = out;
	}

	/**
	 * Runs a script to its end or its first failure.
	 *
	 * @param script the script lines
	 * @return {@link #PASSED}, {@link #EXPECTATION_FAILED}, {@link #SCRIPT_ERROR} or {@link #BOARD_HALTED}
	 * @throws IOException when the script cannot be read
	 * @throws InterruptedException when interrupted
	 */
	public int run(BufferedReader script) throws IOException, InterruptedException {
		int number = 0;
		for (String line = script.readLine(); line != null; line = script.readLine()) {
			number++;
			String failure;
			List<String> words;
			try {
				words = ScriptLine.words(line);
				if (words.isEmpty()) {
					continue;
				}
				if (words.get(0).equals("quit") && words.size() == 1) {
					break;
				}
				if (!isSetup(words.get(0))) {
					this.controls.powerOn();
				}
				failure = execute(words);
			} catch (IllegalArgumentException e) {
				return fail(SCRIPT_ERROR, number, line, e.getMessage());
			} catch (Exception e) {
				if (e instanceof InterruptedException) {
					throw (InterruptedException) e;
				}
				return fail(SCRIPT_ERROR, number, line, "action failed: " + e);
			}
			if (failure != null) {
				return fail(EXPECTATION_FAILED, number, line, failure);
			}
		}
		Events.Event state = this.controls.events().last(Events.STATE);
		if (isHalt(state) && !this.haltNamed) {
			this.out.println("FAIL end of script: the board halted (" + current(Events.ERROR) + ") and no expectation "
					+ "named it (expect error " + HALT_ERROR + ')');
			return BOARD_HALTED;
		}
		this.out.println("PASS " + this.expectations + " expectations");
		return PASSED;
	}

	/**
	 * @param event an event, or null
	 * @return true for the bring-up state in which the board stopped for good ({@code STATE HALTED})
	 */
	static boolean isHalt(Events.Event event) {
		return event != null && Events.STATE.equals(event.kind()) && HALTED.equals(event.first());
	}

	private static boolean isSetup(String command) {
		switch (command) {
		case "peer", "wifi", "clock", "sleep": return true;
		default: return false;
		}
	}

	private int fail(int status, int number, String line, String reason) {
		this.out.println("FAIL line " + number + ": " + line.strip() + " (" + reason + ')');
		return status;
	}

	/** @return null when the command succeeded, else why the expectation failed */
	private String execute(List<String> w) throws Exception {
		String command = w.get(0);
		switch (command) {
		case "press":
			arity(w, 2, 2);
			this.controls.hold(button(w.get(1)), SimButtons.SHORT_PRESS_MILLIS);
			return null;
		case "hold":
			arity(w, 3, 3);
			this.controls.hold(button(w.get(1)), millis(w.get(2)));
			return null;
		case "wifi":
			arity(w, 2, 2);
			this.controls.wifi(choice(w.get(1), "up", "down"));
			return null;
		case "clock":
			arity(w, 3, 3);
			if (!w.get(1).equals("offset")) {
				throw new IllegalArgumentException("expected: clock offset <seconds>");
			}
			this.controls.clockOffset(number(w.get(2), Long.MIN_VALUE / 2000, Long.MAX_VALUE / 2000));
			return null;
		case "peer":
			return peer(w);
		case "expect":
			return expect(w);
		case "sleep":
			arity(w, 2, 2);
			Thread.sleep(millis(w.get(1)));
			return null;
		default:
			throw new IllegalArgumentException("unknown command '" + command + '\'');
		}
	}

	private String peer(List<String> w) throws Exception {
		if (w.size() >= 2 && w.get(1).equals("publish")) {
			arity(w, 4, 6);
			int qos = w.size() > 4 ? (int) number(w.get(4), 0, 2) : 0;
			boolean retain = w.size() > 5 && retain(w.get(5));
			this.controls.peerPublish(w.get(2), w.get(3), qos, retain);
			return null;
		}
		if (w.size() >= 2 && w.get(1).equals("subscribe")) {
			arity(w, 3, 3);
			this.controls.peerSubscribe(w.get(2));
			return null;
		}
		throw new IllegalArgumentException("expected: peer publish|subscribe ...");
	}

	private String expect(List<String> w) throws InterruptedException {
		if (w.size() < 3) {
			throw new IllegalArgumentException("expected: expect state|display|peer|error ...");
		}
		this.expectations++;
		Events events = this.controls.events();
		String what = w.get(1);
		switch (what) {
		case "state": {
			arity(w, 3, 4);
			String name = w.get(2);
			long timeout = w.size() > 3 ? millis(w.get(3)) : DEFAULT_TIMEOUT_MILLIS;
			int found = awaitOrCurrent(events, Events.STATE, this.stateCursor, e -> e.first().equals(name), timeout);
			if (found < 0) {
				return "state " + name + " not reached within " + timeout + " ms; current " + current(Events.STATE);
			}
			this.stateCursor = Math.max(this.stateCursor, found + 1);
			this.haltNamed |= name.equals(HALTED);
			return null;
		}
		case "display": {
			arity(w, 3, 4);
			String text = Escape.text(w.get(2));
			long timeout = w.size() > 3 ? millis(w.get(3)) : DEFAULT_TIMEOUT_MILLIS;
			int found = awaitOrCurrent(events, Events.DISPLAY, this.displayCursor, e -> e.first().equals(text),
					timeout);
			if (found < 0) {
				return "display '" + text + "' not shown within " + timeout + " ms; current "
						+ current(Events.DISPLAY);
			}
			this.displayCursor = Math.max(this.displayCursor, found + 1);
			return null;
		}
		case "peer": {
			arity(w, 4, 5);
			String topic = Escape.text(w.get(2));
			String payload = Escape.text(w.get(3));
			long timeout = w.size() > 4 ? millis(w.get(4)) : DEFAULT_TIMEOUT_MILLIS;
			int found = events.await(this.peerCursor,
					e -> e.kind().equals(Events.PEER) && e.first().equals(topic) && e.second().equals(payload),
					timeout);
			if (found < 0) {
				return "peer did not receive " + topic + ' ' + payload + " within " + timeout + " ms";
			}
			this.peerCursor = found + 1;
			return null;
		}
		case "error": {
			arity(w, 3, 4);
			String code = w.get(2);
			long timeout = w.size() > 3 ? millis(w.get(3)) : DEFAULT_TIMEOUT_MILLIS;
			int found = events.await(this.errorCursor,
					e -> e.kind().equals(Events.ERROR) && e.first().equals(code), timeout);
			if (found < 0) {
				return "no error " + code + " within " + timeout + " ms; last " + current(Events.ERROR);
			}
			this.errorCursor = found + 1;
			this.haltNamed |= code.equals(HALT_ERROR);
			return null;
		}
		default:
			throw new IllegalArgumentException("unknown expectation '" + what + '\'');
		}
	}

	/** Index of a matching event after the cursor, or of the current (last) event of that kind if it matches. */
	private static int awaitOrCurrent(Events events, String kind, int cursor, Predicate<Events.Event> match,
			long timeoutMillis) throws InterruptedException {
		int last = events.lastIndex(kind);
		if (last >= 0 && match.test(events.get(last))) {
			return last;
		}
		return events.await(cursor, e -> e.kind().equals(kind) && match.test(e), timeoutMillis);
	}

	private String current(String kind) {
		Events.Event last = this.controls.events().last(kind);
		return last == null ? "(none)" : last.line();
	}

	private static void arity(List<String> w, int min, int max) {
		if (w.size() < min || w.size() > max) {
			throw new IllegalArgumentException("wrong number of arguments for '" + w.get(0) + (w.size() > 1
					? " " + w.get(1) : "") + "'; see docs/simulator.md");
		}
	}

	private static int button(String name) {
		int index = SimButtons.index(name);
		if (index < 0) {
			throw new IllegalArgumentException("button must be A or B, not '" + name + '\'');
		}
		return index;
	}

	private static boolean choice(String word, String yes, String no) {
		if (word.equals(yes)) {
			return true;
		}
		if (word.equals(no)) {
			return false;
		}
		throw new IllegalArgumentException("expected " + yes + " or " + no + ", not '" + word + '\'');
	}

	private static boolean retain(String word) {
		switch (word) {
		case "retain", "true", "1": return true;
		case "noretain", "false", "0": return false;
		default: throw new IllegalArgumentException("retain must be retain|true|1 or noretain|false|0, not '" + word
				+ '\'');
		}
	}

	private static long millis(String word) {
		return number(word, 0, MAX_MILLIS);
	}

	private static long number(String word, long min, long max) {
		long value;
		try {
			value = Long.parseLong(word);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("not a number: '" + word + '\'');
		}
		if (value < min || value > max) {
			throw new IllegalArgumentException(word + " is out of range " + min + ".." + max);
		}
		return value;
	}
}
