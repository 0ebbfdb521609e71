/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

/**
 * What the script console, the keys and the GUI can do to a running simulation. Implemented by
 * {@link Simulation}; tests may implement it with fakes.
 * <p>
 * Threading: every method may be called from any thread; press/hold block for the press duration.
 */
public interface Controls {

	/**
	 * @param button 0 = A, 1 = B
	 * @param millis how long to hold, in milliseconds
	 * @throws InterruptedException when interrupted while holding
	 */
	void hold(int button, long millis) throws InterruptedException;

	/** @param inRange true: the access point is in range */
	void wifi(boolean inRange);

	/** @return true while the access point is in range */
	boolean wifiInRange();

	/** @param seconds the simulated world's offset from the PC clock */
	void clockOffset(long seconds);

	/**
	 * Publishes from the peer client.
	 *
	 * @param topic topic name
	 * @param payload UTF-8 text
	 * @param qos 0..2
	 * @param retain retain flag
	 * @throws Exception when the peer cannot publish
	 */
	void peerPublish(String topic, String payload, int qos, boolean retain) throws Exception;

	/**
	 * Subscribes the peer client.
	 *
	 * @param filter topic filter
	 * @throws Exception when the peer cannot subscribe
	 */
	void peerSubscribe(String filter) throws Exception;

	/** Switches the board on (starts the firmware); idempotent. */
	void powerOn();

	/** @return the simulation's event stream */
	Events events();
}
