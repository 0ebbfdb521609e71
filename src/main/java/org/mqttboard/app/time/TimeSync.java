/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.time;

/**
 * Sets the board's wall clock from the network. Blocking: part of bring-up, never of the MQTT hot path. An abstract
 * class rather than an interface only so that its result vocabulary (range {@code -330..-339}) has its naming
 * function here: Java 7 interfaces have no static methods.
 */
public abstract class TimeSync {

	/** Result: the clock was set. */
	public static final int OK = 0;
	/** Result: no server answered in time. The failures run from the least to the most telling. */
	public static final int TIMEOUT = -331;
	/** Result: no server name could be resolved. */
	public static final int UNKNOWN_HOST = -332;
	/** Result: the answers failed the sanity checks (not a server reply, unsynchronized, wrong origin, absurd time). */
	public static final int BAD_REPLY = -333;
	/** Result: a server answered "kiss of death" (stratum 0): it asks us to go away. */
	public static final int KISS_OF_DEATH = -334;
	/** Result: socket failure. */
	public static final int IO = -335;

	/**
	 * Tries the servers in order until one gives a sane answer, then sets the clock.
	 *
	 * @return {@link #OK} or a negative result code (the most telling failure over all servers)
	 */
	public abstract int sync();

	/**
	 * @param result a {@link #sync} result
	 * @return its name for logs and error messages, a short English phrase such as {@code no server answered}
	 */
	public static String name(int result) {
		switch (result) {
		case OK: return "clock set";
		case TIMEOUT: return "no server answered";
		case UNKNOWN_HOST: return "server name not resolved";
		case BAD_REPLY: return "reply failed the sanity checks";
		case KISS_OF_DEATH: return "kiss of death (server asks clients to back off)";
		case IO: return "socket error";
		default: return "UNKNOWN";
		}
	}
}
