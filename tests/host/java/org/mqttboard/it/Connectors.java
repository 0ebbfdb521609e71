/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import org.mqttboard.mqtt.transport.Endpoint;
import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.sim.tls.JdkTlsPolicy;

/**
 * HOST-ONLY shorthands for building the device-bound {@link SocketConnector} the way the simulator does
 * (JDK host-name policy, default poll interval).
 */
public final class Connectors {

	private Connectors() {
	}

	/** Plain TCP to {@code host:port} with an explicit idle-probe interval (0 = every idle read waits). */
	public static SocketConnector plain(String host, int port, int idleProbeMillis) {
		return new SocketConnector(
				new Endpoint(host, port, false, new String[0], new String[0], true, null, null), new JdkTlsPolicy(),
				SocketConnector.DEFAULT_POLL_MILLIS, idleProbeMillis, null);
	}

	/** Plain TCP to {@code host:port}. */
	public static SocketConnector plain(String host, int port) {
		return plain(host, port, SocketConnector.DEFAULT_IDLE_PROBE_MILLIS);
	}

	/** TLS to {@code host:port} trusting the CA resource {@code ca}. */
	public static SocketConnector tls(String host, int port, String ca, boolean verifyHostName) {
		return new SocketConnector(
				new Endpoint(host, port, true, new String[] { ca }, new String[0], verifyHostName, null, null),
				new JdkTlsPolicy(), SocketConnector.DEFAULT_POLL_MILLIS,
				SocketConnector.DEFAULT_IDLE_PROBE_MILLIS, null);
	}
}
