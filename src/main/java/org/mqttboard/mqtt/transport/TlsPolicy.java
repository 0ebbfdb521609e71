/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

import javax.net.ssl.SSLSocket;

/**
 * Where the TLS host-name check happens, so that one device-bound {@link SocketConnector} verifies host names on
 * MicroEJ and on a JDK alike.
 * <p>
 * On MicroEJ the native SSL layer receives the host name given to
 * {@code SSLSocketFactory.createSocket(socket, host, port, true)} and checks the certificate against it (and sends
 * it as SNI) unless it is an IP literal: {@link NativeTlsPolicy}. A raw JDK {@code SSLSocket} checks nothing, so
 * the host side plugs in a policy that turns on endpoint identification (host-only code, in the simulator).
 * <p>
 * Threading: called by the thread running {@link Connector#open}; implementations are stateless.
 */
public interface TlsPolicy {

	/**
	 * @param host the endpoint's host name as configured
	 * @param address the resolved address of {@code host} as an IP literal
	 * @param verifyHostName true when the certificate must match {@code host}
	 * @return the name to give {@code createSocket}: it becomes the SNI name and, on MicroEJ, the name the native
	 *         layer checks the certificate against
	 */
	String socketHostName(String host, String address, boolean verifyHostName);

	/**
	 * Configures a freshly created TLS socket before its handshake.
	 *
	 * @param socket the socket, not yet handshaken
	 * @param host the endpoint's host name as configured
	 * @param verifyHostName true when the certificate must match {@code host}
	 * @return {@link TransportError#NONE}, or a code that aborts the connection (the socket is then closed)
	 */
	int beforeHandshake(SSLSocket socket, String host, boolean verifyHostName);
}
