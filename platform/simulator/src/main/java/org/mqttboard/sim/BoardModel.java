/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.mqttboard.mqtt.session.SessionCounters;

/**
 * What the front panels (terminal and GUI) show: display content, status, Wi-Fi, bring-up state, counters (events
 * seen on the wire and the MQTT session's own) and the last log lines. Fed by the simulated ports, the event stream
 * and the firmware program; read as immutable {@link View} snapshots.
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
	 * @param counters the MQTT session's counters, or null before the firmware has a session
	 * @param led the status LED's colours now ({@code Display.LED_*} bits, 0 = dark)
	 */
	public record View(int displayKind, int frame, String text, String status, boolean wifiInRange, boolean wifiUp,
			String state, String lastError, int published, int received, int peer, String broker, List<String> log,
			Counters counters, int led) {

		/** A snapshot without session counters, LED dark. */
		public View(int displayKind, int frame, String text, String status, boolean wifiInRange, boolean wifiUp,
				String state, String lastError, int published, int received, int peer, String broker,
				List<String> log) {
			this(displayKind, frame, text, status, wifiInRange, wifiUp, state, lastError, published, received, peer,
					broker, log, null, 0);
		}

		/** @return the LED as words: {@code off}, {@code green}, {@code blue}, {@code red}, {@code green+blue} */
		public String ledText() {
			if (this.led == 0) {
				return "off";
			}
			StringBuilder b = new StringBuilder();
			String[] names = { "red", "green", "blue" };
			for (int i = 0; i < names.length; i++) {
				if ((this.led & (1 << i)) != 0) {
					b.append(b.length() == 0 ? "" : "+").append(names[i]);
				}
			}
			return b.toString();
		}
	}

	/**
	 * The counters the firmware's MQTT session keeps ({@code SessionCounters}), copied on the firmware thread.
	 *
	 * @param connects successful connections
	 * @param reconnects connections after the first
	 * @param drops established connections lost
	 * @param published PUBLISH packets sent (first sends)
	 * @param received messages delivered to the firmware
	 * @param resent PUBLISH and PUBREL packets resent after a resumed session
	 * @param pings PINGREQ packets sent
	 * @param lastPingRttMillis round trip of the last ping, ms, -1 before the first
	 * @param duplicatesSuppressed inbound duplicates not delivered again
	 * @param queueOverflows publishes refused or dropped because the offline queue was full
	 * @param queueExpired queued publishes dropped at the end of their time to live
	 * @param oversizeDropped inbound messages larger than the receive buffer
	 * @param qos2Evictions inbound QoS 2 ids forgotten because the exactly-once set was full
	 * @param pipelineFallbacks times the broker refused SUBSCRIBEs sent before CONNACK
	 */
	public record Counters(long connects, long reconnects, long drops, long published, long received, long resent,
			long pings, long lastPingRttMillis, long duplicatesSuppressed, long queueOverflows, long queueExpired,
			long oversizeDropped, long qos2Evictions, long pipelineFallbacks) {

		/**
		 * @param c the session's counters; read on the thread that drives the session
		 * @return a copy
		 */
		public static Counters of(SessionCounters c) {
			return new Counters(c.connects(), c.reconnects(), c.drops(), c.published(), c.received(), c.resent(),
					c.pings(), c.lastPingRttMillis(), c.duplicatesSuppressed(), c.queueOverflows(), c.queueExpired(),
					c.oversizeDropped(), c.qos2Evictions(), c.pipelineFallbacks());
		}

		/** @return one item per counter, such as {@code connects 1}, for panels that wrap between items */
		public List<String> items() {
			return List.of("connects " + this.connects, "reconnects " + this.reconnects, "drops " + this.drops,
					"published " + this.published, "received " + this.received, "resent " + this.resent,
					"pings " + this.pings, "ping rtt " + (this.lastPingRttMillis < 0 ? "-" : this.lastPingRttMillis
							+ " ms"), "duplicates " + this.duplicatesSuppressed, "queue full " + this.queueOverflows,
					"expired " + this.queueExpired, "oversize " + this.oversizeDropped, "QoS 2 evictions "
							+ this.qos2Evictions, "pipelining fallbacks " + this.pipelineFallbacks);
		}
	}

	private final ArrayDeque<String> log = new ArrayDeque<>();
	private int displayKind;
	private int frame;
	private String text = "";
	private String status = "";
	private int led;
	private boolean wifiInRange = true;
	private boolean wifiUp;
	private String state = "-";
	private String lastError = "";
	private int published;
	private int received;
	private int peer;
	private String broker = "";
	private Counters counters;
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
				new ArrayList<>(this.log), this.counters, this.led);
	}

	/** @param snapshot the session's counters now; a change redraws the panels */
	public synchronized void counters(Counters snapshot) {
		if (!snapshot.equals(this.counters)) {
			this.counters = snapshot;
			this.version++;
		}
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

	/** @param colors the status LED's colours now ({@code Display.LED_*} bits) */
	public synchronized void led(int colors) {
		this.led = colors;
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
		case Events.SETUP -> this.state = Events.SETUP;
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
