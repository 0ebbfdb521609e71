/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The simulator's event stream: every observable fact (state change, display content, publish seen on the wire,
 * peer message, error) becomes one {@link Event}, kept in order for the script console's {@code expect} commands
 * and handed to listeners (stdout printer, terminal panel, GUI).
 * <p>
 * Line format (stable, documented in docs/simulator.md): {@code KIND} followed by its fields separated by one
 * space; the last field may contain spaces. Emitters escape fields with {@link Escape} so one event is one line.
 * <p>
 * Threading: thread-safe; listeners are called on the emitting thread, in emission order, outside no lock they
 * could deadlock on (they must not call back into {@link #await}).
 */
public final class Events {

	/** Bring-up state of the firmware: {@code STATE <name>}. */
	public static final String STATE = "STATE";
	/** Text the display shows: {@code DISPLAY <text>}. */
	public static final String DISPLAY = "DISPLAY";
	/** PUBLISH sent by the board (seen on the wire): {@code PUBLISHED <topic> <payload>}. */
	public static final String PUBLISHED = "PUBLISHED";
	/** PUBLISH received by the board (seen on the wire): {@code RECEIVED <topic> <payload>}. */
	public static final String RECEIVED = "RECEIVED";
	/** Message received by the peer client: {@code PEER <topic> <payload>}. */
	public static final String PEER = "PEER";
	/** Setup mode serves its page: {@code SETUP <url>}. */
	public static final String SETUP = "SETUP";
	/** Firmware error: {@code ERROR <CODE> <message>}, secrets already masked by the firmware. */
	public static final String ERROR = "ERROR";

	/**
	 * One event. {@code second} is empty for one-field kinds.
	 *
	 * @param kind one of the kind constants
	 * @param first first field (state, text, topic or code)
	 * @param second second field (payload or message), may be empty
	 */
	public record Event(String kind, String first, String second) {

		/** @return the event as its single output line */
		public String line() {
			if (STATE.equals(this.kind) || DISPLAY.equals(this.kind) || SETUP.equals(this.kind)) {
				return this.kind + ' ' + this.first;
			}
			return this.kind + ' ' + this.first + ' ' + this.second;
		}
	}

	private final List<Event> history = new ArrayList<>();
	private final List<Consumer<Event>> listeners = new ArrayList<>();
	private final Object emitLock = new Object();

	/** @param listener receives every event from now on (on the emitting thread) */
	public void addListener(Consumer<Event> listener) {
		synchronized (this.emitLock) {
			this.listeners.add(listener);
		}
	}

	/**
	 * Records and publishes an event.
	 *
	 * @param kind one of the kind constants
	 * @param first first field, already made safe by {@link Escape}
	 * @param second second field, already made safe by {@link Escape}, or empty
	 */
	public void emit(String kind, String first, String second) {
		Event event = new Event(kind, first, second);
		// One lock keeps listeners' order equal to the history order. Listeners first: a script waiting for this
		// event must not print its verdict before the event's own line is out.
		synchronized (this.emitLock) {
			for (Consumer<Event> listener : this.listeners) {
				listener.accept(event);
			}
			synchronized (this) {
				this.history.add(event);
				notifyAll();
			}
		}
	}

	/** @return how many events were emitted so far (a cursor for {@link #await}) */
	public synchronized int size() {
		return this.history.size();
	}

	/**
	 * Waits for the first event at or after {@code from} that matches.
	 *
	 * @param from index of the first event to look at
	 * @param match the condition
	 * @param timeoutMillis how long to wait for it, in milliseconds
	 * @return the index of the matching event, or -1 when none came in time
	 * @throws InterruptedException when the waiting thread is interrupted
	 */
	public synchronized int await(int from, Predicate<Event> match, long timeoutMillis) throws InterruptedException {
		long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
		int next = from;
		while (true) {
			for (; next < this.history.size(); next++) {
				if (match.test(this.history.get(next))) {
					return next;
				}
			}
			long leftMillis = (deadline - System.nanoTime()) / 1_000_000L;
			if (leftMillis <= 0) {
				return -1;
			}
			wait(leftMillis);
		}
	}

	/**
	 * @param kind an event kind
	 * @return the most recent event of that kind, or null
	 */
	public synchronized Event last(String kind) {
		int index = lastIndex(kind);
		return index < 0 ? null : this.history.get(index);
	}

	/**
	 * @param kind an event kind
	 * @return the index of the most recent event of that kind, or -1
	 */
	public synchronized int lastIndex(String kind) {
		for (int i = this.history.size() - 1; i >= 0; i--) {
			if (this.history.get(i).kind().equals(kind)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @param index an index below {@link #size()}
	 * @return that event
	 */
	public synchronized Event get(int index) {
		return this.history.get(index);
	}
}
