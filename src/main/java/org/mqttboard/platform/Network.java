/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.platform;

import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.Endpoint;

/**
 * The board's TCP/TLS stack. On MicroEJ and in the simulator this returns the firmware's own socket connector
 * (NET/SSL APIs); the simulator wraps it so a simulated Wi-Fi drop really cuts the link.
 */
public interface Network {

	/**
	 * @param endpoint the broker endpoint
	 * @return a connector that opens transports to {@code endpoint}; called once at bring-up
	 */
	Connector connector(Endpoint endpoint);
}
