/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

/**
 * The bring-up states of the firmware, in the order a healthy boot walks them. Names are stable: the simulator
 * prints them as {@code STATE <name>} and scripts wait on them.
 */
public final class BringUpState {

	/** Power-on; nothing done yet. */
	public static final int BOOT = 0;
	/** Reading and validating the properties file. */
	public static final int CONFIG = 1;
	/** Joining the access point (association + DHCP). */
	public static final int WIFI_JOIN = 2;
	/** Joined with an IP address. */
	public static final int NETWORK_UP = 3;
	/** Setting the wall clock by SNTP (needed before TLS and for IoTDA credentials). */
	public static final int TIME_SYNC = 4;
	/** Opening the transport, sending CONNECT, waiting for CONNACK. */
	public static final int BROKER_CONNECT = 5;
	/** CONNACK accepted, subscriptions sent: buttons publish, messages reach the display. */
	public static final int ONLINE = 6;
	/** Stopped for good: the configuration is unusable (the firmware never runs half-configured). */
	public static final int HALTED = 7;

	private BringUpState() {
	}

	/**
	 * @param state a state constant
	 * @return its stable name, e.g. {@code WIFI_JOIN}; {@code UNKNOWN} for other values
	 */
	public static String name(int state) {
		switch (state) {
		case BOOT: return "BOOT";
		case CONFIG: return "CONFIG";
		case WIFI_JOIN: return "WIFI_JOIN";
		case NETWORK_UP: return "NETWORK_UP";
		case TIME_SYNC: return "TIME_SYNC";
		case BROKER_CONNECT: return "BROKER_CONNECT";
		case ONLINE: return "ONLINE";
		case HALTED: return "HALTED";
		default: return "UNKNOWN";
		}
	}

	/**
	 * @param state a state constant
	 * @return the short status shown on the display while in that state (ASCII, at most 8 characters)
	 */
	public static String status(int state) {
		switch (state) {
		case BOOT: return "BOOT";
		case CONFIG: return "CONFIG";
		case WIFI_JOIN: return "WIFI...";
		case NETWORK_UP: return "IP...";
		case TIME_SYNC: return "TIME...";
		case BROKER_CONNECT: return "MQTT...";
		case ONLINE: return "ONLINE";
		default: return "HALTED";
		}
	}
}
