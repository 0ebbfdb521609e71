/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

/**
 * Receives every bring-up state change and every error of the firmware, for a console, a test or the simulator
 * (which prints {@code STATE <name>} and {@code ERROR <code> <message>} lines).
 * <p>
 * Threading: called on the firmware main loop thread; implementations return quickly and never call back into the
 * firmware's loop methods.
 */
public interface StatusObserver {

	/**
	 * @param state the new {@link BringUpState} constant
	 * @param name its stable name ({@link BringUpState#name(int)})
	 */
	void onState(int state, String name);

	/**
	 * @param error an {@link AppStatus} error (or {@code SessionStatus.QUEUE_FULL})
	 * @param code its stable name ({@link AppStatus#name(int)})
	 * @param message a human-readable reason; never contains a secret
	 */
	void onError(int error, String code, String message);
}
