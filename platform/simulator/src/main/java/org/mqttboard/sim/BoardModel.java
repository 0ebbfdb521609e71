/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * What the front panels (terminal and GUI) show: display content, status, Wi-Fi, bring-up state, counters and the
 * last log lines. Fed by the simulated ports and the event stream; read as immutable {@link View} snapshots.
 * <p>
 * Threading: thread-safe; {@link #version()} changes on every update so panels redraw only when needed.
 */
public final class BoardModel {

	/** How many log lines the panels keep. */
	public static final int LOG_LINES = 8;

	/**
	 * One consistent snapshot.
	 *
	 * @param displayKind a {@code Display.KIND_*} constant
	 * @param frame the 5x5 frame (bit row*5+column)
	 * @param text the LCD/serial line
	 * @param status the short status the firmware shows
	 * @param wifiInRange the Wi-Fi switch
	 * @param wifiUp whether the station is joined
	 * @param state last bring-up state name
	 * @param lastError last {@code CODE message}, or empty
	 * @param published PUBLISH packets sent by the board
	 * @param received PUBLISH packets received by the board
	 * @param peer messages received by the peer
	 * @param broker how the broker is reached, e.g. {@code 127.0.0.1:41234 (embedded)}
	 * @param log last log lines, oldest first
	 */
	public record View(int displayKind, int frame, String text, String status, boolean wifiInRange, boolean wifiUp,
			String state, String lastError, int published, int received, int peer, String broker, List<String> log) {
	}

	private final ArrayDeque<String> log = new ArrayDeque<>();
	private int displayKind;
	private int frame;
	private String text = "";
	private String status = "";
	private boolean wifiInRange = true;
	private boolean wifiUp;
	private String state = "-";
	private String lastError = "";
	private int published;
	private int received;
	private int peer;
	private String broker = "";
	private volatile int version;

	/** @param displayKind the {@code Display.KIND_*} of the simulated display */
	public BoardModel(int displayKind) {
		this.displayKind = displayKind;
	}

	/** @return a number that changes on every update */
	public int version() {
		return this.version;
	}

	/** @return a consistent snapshot */
	public synchronized View view() {
		return new View(this.displayKind, this.frame, this.text, this.status, this.wifiInRange, this.wifiUp,
				this.state, this.lastError, this.published, this.received, this.peer, this.broker,
				new ArrayList<>(this.log));
	}

	/** @param pixels the frame now shown */
	public synchronized void frame(int pixels) {
		this.frame = pixels;
		this.version++;
	}

	/** @param line the text now shown */
	public synchronized void text(String line) {
		this.text = line;
		this.version++;
	}

	/** @param shortStatus the status now shown */
	public synchronized void status(String shortStatus) {
		this.status = shortStatus;
		this.version++;
	}

	/**
	 * @param inRange the Wi-Fi switch
	 * @param up whether the station is joined
	 */
	public synchronized void wifi(boolean inRange, boolean up) {
		this.wifiInRange = inRange;
		this.wifiUp = up;
		this.version++;
	}

	/** @param description how the broker is reached */
	public synchronized void broker(String description) {
		this.broker = description;
		this.version++;
	}

	/** @param line one log line (already secret-free) */
	public synchronized void log(String line) {
		if (this.log.size() == LOG_LINES) {
			this.log.removeFirst();
		}
		this.log.addLast(line);
		this.version++;
	}

	/** @param event an event to reflect in state and counters */
	public synchronized void apply(Events.Event event) {
		switch (event.kind()) {
		case Events.STATE -> this.state = event.first();
		case Events.ERROR -> this.lastError = event.first() + ' ' + event.second();
		case Events.PUBLISHED -> this.published++;
		case Events.RECEIVED -> this.received++;
		case Events.PEER -> this.peer++;
		default -> {
			return;
		}
		}
		this.version++;
	}
}
