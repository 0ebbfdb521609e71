/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.button;

import org.mqttboard.platform.ButtonListener;

/**
 * A bounded ring of raw button edges, filled by the board's input thread through {@link ButtonListener} and drained
 * by the firmware main loop. The main loop also sleeps on it: {@link #await} returns early when an edge arrives or
 * {@link #wakeUp()} is called.
 * <p>
 * Each edge is packed in one {@code long}: {@code time << 2 | button << 1 | pressed}, so the ring is a single
 * fixed array. When full, new edges are dropped and counted (the press detector works on levels, so a lost edge
 * costs at most one press, never a stuck button).
 * <p>
 * Threading: {@link #onEdge} from any thread, the rest from the main loop; all methods synchronize on this object.
 * Allocation: none after construction.
 */
public final class EdgeRing implements ButtonListener {

	/** {@link #poll()} result when the ring is empty. */
	public static final long EMPTY = -1L;

	private final long[] edges;
	private int head;
	private int size;
	private int dropped;
	private boolean woken;

	/**
	 * @param capacity number of edges kept before dropping (&gt; 0)
	 */
	public EdgeRing(int capacity) {
		if (capacity <= 0) {
			throw new IllegalArgumentException("edge ring capacity must be > 0");
		}
		this.edges = new long[capacity];
	}

	@Override
	public synchronized void onEdge(int button, boolean pressed, long monotonicMillis) {
		if (button < 0 || button > 1 || monotonicMillis < 0) {
			return; // Not an edge of ours: ignoring it keeps the packing valid.
		}
		if (this.size == this.edges.length) {
			this.dropped++;
		} else {
			int tail = (this.head + this.size) % this.edges.length;
			this.edges[tail] = (monotonicMillis << 2) | (button << 1) | (pressed ? 1 : 0);
			this.size++;
		}
		notifyAll();
	}

	/** @return the oldest edge, packed, or {@link #EMPTY} */
	public synchronized long poll() {
		if (this.size == 0) {
			return EMPTY;
		}
		long edge = this.edges[this.head];
		this.head = (this.head + 1) % this.edges.length;
		this.size--;
		return edge;
	}

	public synchronized int size() {
		return this.size;
	}

	/** @return edges dropped because the ring was full, since construction */
	public synchronized int dropped() {
		return this.dropped;
	}

	/**
	 * Sleeps until an edge is waiting, {@link #wakeUp()} is called, or the time is up.
	 *
	 * @param maxMillis longest sleep, in ms; &lt;= 0 returns at once
	 */
	public synchronized void await(long maxMillis) {
		if (maxMillis <= 0 || this.size > 0 || this.woken) {
			this.woken = false;
			return;
		}
		try {
			wait(maxMillis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		this.woken = false;
	}

	/** Ends a current or the next {@link #await} early (e.g. to stop the firmware). Any thread. */
	public synchronized void wakeUp() {
		this.woken = true;
		notifyAll();
	}

	/**
	 * @param edge a packed edge
	 * @return its button index
	 */
	public static int button(long edge) {
		return (int) ((edge >> 1) & 1);
	}

	/**
	 * @param edge a packed edge
	 * @return true for a press, false for a release
	 */
	public static boolean pressed(long edge) {
		return (edge & 1) != 0;
	}

	/**
	 * @param edge a packed edge
	 * @return its monotonic time, in ms
	 */
	public static long time(long edge) {
		return edge >>> 2;
	}
}
