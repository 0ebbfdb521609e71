/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import org.mqttboard.mqtt.transport.CaFileSource;
import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.Endpoint;
import org.mqttboard.mqtt.transport.NativeTlsPolicy;
import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.platform.Network;

/**
 * {@link Network} on MicroEJ NET/SSL: the firmware's own {@link SocketConnector} with the MicroEJ host-verification
 * policy ({@link NativeTlsPolicy}: the native SSL layer sends the host name as SNI and checks the certificate
 * against it, LLNET_SSL_SOCKET_impl.c of MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4). Nothing MicroEJ-specific is left to do here: NET and SSL are the standard
 * {@code java.net} / {@code javax.net.ssl} shapes.
 * <p>
 * Threading: called once at bring-up from the firmware main loop.
 */
public final class MicroejNetwork implements Network {

	private final int pollMillis;
	private final CaFileSource caFiles;

	/**
	 * @param pollMillis how long an idle read waits, ms (at least 1); see {@link SocketConnector}
	 * @param caFiles where {@code broker.ca.files} are stored (the data folder)
	 */
	public MicroejNetwork(int pollMillis, CaFileSource caFiles) {
		this.pollMillis = pollMillis;
		this.caFiles = caFiles;
	}

	@Override
	public Connector connector(Endpoint endpoint) {
		return new SocketConnector(endpoint, new NativeTlsPolicy(), this.pollMillis,
				SocketConnector.DEFAULT_IDLE_PROBE_MILLIS, this.caFiles);
	}
}
