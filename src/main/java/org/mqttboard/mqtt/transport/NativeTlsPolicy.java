/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

import javax.net.ssl.SSLSocket;

/**
 * The MicroEJ policy: the native SSL layer does the host-name check.
 * <p>
 * The MicroEJ SSL port passes the name given to {@code createSocket} to {@code mbedtls_ssl_set_hostname} when it
 * is not an IP literal; that one call sends SNI and makes the handshake fail when neither the certificate's SAN
 * nor its CN matches. So with verification on, the configured host name is handed over; with verification off,
 * the resolved IP literal is handed over instead, which is the only way to skip the native check (the price: no
 * SNI, which brokers behind a shared front end may need).
 * <p>
 * Not for a JDK: a raw JDK {@code SSLSocket} does not check host names, use the simulator's JDK policy there.
 * Threading: stateless, shareable.
 */
public final class NativeTlsPolicy implements TlsPolicy {

	@Override
	public String socketHostName(String host, String address, boolean verifyHostName) {
		return verifyHostName ? host : address;
	}

	@Override
	public int beforeHandshake(SSLSocket socket, String host, boolean verifyHostName) {
		return TransportError.NONE;
	}
}
