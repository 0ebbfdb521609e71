/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import org.mqttboard.mqtt.session.SessionCounters;

/**
 * What the firmware's main loop runs: the {@link Online} firmware of a usable configuration, or the {@link Halted}
 * report of an unusable one. Each is built whole, with nothing optional inside, so the loop never asks which one it
 * has.
 * <p>
 * Threading: main loop only.
 */
interface Program {

	/** Does one pass without sleeping. */
	void step(long nowMillis);

	/** @return the earliest time the program needs the loop again, in ms */
	long nextDeadline(long nowMillis);

	/** @return the current {@code BringUpState} */
	int state();

	/** @return the MQTT session's counters, or null when there is no session */
	SessionCounters counters();

	/** Ends what must be ended cleanly (the MQTT link). */
	void shutdown(long nowMillis);
}
