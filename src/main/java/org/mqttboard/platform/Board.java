/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.platform;

/**
 * Everything the firmware needs from one board, handed to the firmware by the entry point (constructor wiring,
 * no reflection). Immutable.
 */
public final class Board {

	private final String name;
	private final Clock clock;
	private final WifiRadio wifi;
	private final Network network;
	private final ButtonInput buttons;
	private final Display display;
	private final Log log;
	private final ConfigSource config;

	/**
	 * @param name board name for the status and logs, e.g. {@code esp32-wrover-kit} or {@code simulator}
	 * @param clock time source
	 * @param wifi Wi-Fi station
	 * @param network TCP/TLS stack
	 * @param buttons push buttons
	 * @param display display and status
	 * @param config the properties file
	 */
	public Board(String name, Clock clock, WifiRadio wifi, Network network, ButtonInput buttons, Display display,
			Log log, ConfigSource config) {
		this.name = name;
		this.clock = clock;
		this.wifi = wifi;
		this.network = network;
		this.buttons = buttons;
		this.display = display;
		this.log = log;
		this.config = config;
	}

	public String name() {
		return this.name;
	}

	public Clock clock() {
		return this.clock;
	}

	/** @return the Wi-Fi station */
	public WifiRadio wifi() {
		return this.wifi;
	}

	/** @return the TCP/TLS stack */
	public Network network() {
		return this.network;
	}

	public ButtonInput buttons() {
		return this.buttons;
	}

	public Display display() {
		return this.display;
	}

	public Log log() {
		return this.log;
	}

	public ConfigSource config() {
		return this.config;
	}
}
