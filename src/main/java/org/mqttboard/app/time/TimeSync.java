/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.time;

/**
 * Sets the board's wall clock from the network. Blocking: part of bring-up, never of the MQTT hot path.
 */
public interface TimeSync {

	/** Result: the clock was set. */
	int OK = 0;
	/** Result: no server answered in time. */
	int TIMEOUT = -1;
	/** Result: no server name could be resolved. */
	int UNKNOWN_HOST = -2;
	/** Result: the answers failed the sanity checks (not a server reply, unsynchronized, wrong origin, absurd time). */
	int BAD_REPLY = -3;
	/** Result: a server answered "kiss of death" (stratum 0): it asks us to go away. */
	int KISS_OF_DEATH = -4;
	/** Result: socket failure. */
	int IO = -5;

	/**
	 * Tries the servers in order until one gives a sane answer, then sets the clock.
	 *
	 * @return {@link #OK} or a negative result code (the most telling failure over all servers)
	 */
	int sync();
}
