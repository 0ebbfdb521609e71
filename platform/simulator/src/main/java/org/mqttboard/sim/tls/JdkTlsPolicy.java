/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim.tls;

import java.util.List;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.mqtt.transport.TlsPolicy;
import org.mqttboard.mqtt.transport.TransportError;

/**
 * HOST-ONLY {@link TlsPolicy} for running the device-bound {@link SocketConnector} on a JDK: a raw JDK
 * {@code SSLSocket} checks no host name, so this turns on endpoint identification ({@code "HTTPS"}: SAN DNS/IP
 * per RFC 2818) when verification is on, and sets SNI explicitly (the JDK only sends it by itself for names with
 * a dot, so {@code localhost} would go without). Protocols are pinned to TLS 1.2, like the device's context.
 * <p>
 * Threading: stateless, shareable.
 */
public final class JdkTlsPolicy implements TlsPolicy {

	@Override
	public String socketHostName(String host, String address, boolean verifyHostName) {
		return host;
	}

	@Override
	public int beforeHandshake(SSLSocket socket, String host, boolean verifyHostName) {
		SSLParameters parameters = socket.getSSLParameters();
		if (verifyHostName) {
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
		}
		if (!SocketConnector.isIpLiteral(host)) {
			parameters.setServerNames(List.of(new SNIHostName(host)));
		}
		parameters.setProtocols(new String[] { "TLSv1.2" });
		socket.setSSLParameters(parameters);
		return TransportError.NONE;
	}
}
