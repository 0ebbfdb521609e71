/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

/**
 * A connected, bidirectional byte stream to the broker (contract modelled on coreMQTT's transport interface).
 * <p>
 * Return convention of {@link #read} and {@link #write}: {@code n > 0} bytes were moved; {@code 0} nothing can be
 * moved right now (try again later); {@code < 0} the link is closed or broken. {@code 0} is never returned once the
 * link is known to be dead, so a caller that sees only zeros is looking at a silent (possibly half-open) link and
 * must rely on keep-alive to detect it.
 * <p>
 * Threading: a transport is owned by one thread (the firmware main loop); it is not thread-safe.
 * Neither method blocks longer than the bounded poll interval the implementation was built with.
 */
public interface Transport {

	/**
	 * Reads at most {@code len} bytes into {@code buf[off..off+len)}.
	 *
	 * @return bytes read ({@code > 0}), {@code 0} when nothing is available now, {@code < 0} when closed
	 */
	int read(byte[] buf, int off, int len);

	/**
	 * Writes at most {@code len} bytes from {@code buf[off..off+len)}; may accept fewer (a partial write).
	 *
	 * @return bytes accepted ({@code > 0}), {@code 0} when the link cannot take bytes now, {@code < 0} when closed
	 */
	int write(byte[] buf, int off, int len);

	/** Closes the link; idempotent; never throws. */
	void close();
}
