/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import org.mqttboard.platform.Board;
import org.mqttboard.platform.ConfigSource;
import org.mqttboard.platform.Storage;

/**
 * What runs on the simulated board: the firmware ({@link FirmwareProgram}), wired exactly as on the device.
 * <p>
 * Threading: {@link #run} owns the simulator's firmware thread until {@link #stop} (called from another thread).
 */
public interface BoardProgram {

	/**
	 * Runs the program until {@link #stop}, or until it halts by itself.
	 *
	 * @param board the simulated board
	 * @param storage the board's storage (setup mode saves there)
	 * @param current what the setup page starts from: the stored configuration, else the simulator's own, without
	 *        the loopback broker overrides
	 * @param events where state and error events go
	 * @param panel where the program shows what no event carries (the MQTT session's counters)
	 * @throws Exception when the program cannot start; the simulator reports it and exits
	 */
	void run(Board board, Storage storage, ConfigSource current, Events events, BoardModel panel) throws Exception;

	/** Asks {@link #run} to return soon; callable from any thread. */
	void stop();
}
