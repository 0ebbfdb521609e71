/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLSocket;

/**
 * Where the TLS host-name check happens and how a client key reaches the TLS layer, so that one device-bound {@link SocketConnector} verifies host names on
 * MicroEJ and on a JDK alike.
 * <p>
 * On MicroEJ the native SSL layer receives the host name given to
 * {@code SSLSocketFactory.createSocket(socket, host, port, true)} and checks the certificate against it (and sends
 * it as SNI) unless it is an IP literal: {@link NativeTlsPolicy}. A raw JDK {@code SSLSocket} checks nothing, so
 * the host side plugs in a policy that turns on endpoint identification (host-only code, in the simulator).
 * <p>
 * For mutual TLS the MicroEJ SSL layer takes the private key as bytes ({@code KeyStore.setKeyEntry(alias, byte[],
 * chain)}, handed to the native layer's key parser), while a JDK key store wants a parsed {@code PrivateKey}: so
 * {@link #keyManagers} belongs to the policy too.
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

	/** {@link #keyManagers} key form: PKCS#8 {@code PrivateKeyInfo} (PEM label {@code PRIVATE KEY}). */
	int KEY_PKCS8 = 0;
	/** {@link #keyManagers} key form: PKCS#1 {@code RSAPrivateKey} (PEM label {@code RSA PRIVATE KEY}). */
	int KEY_PKCS1_RSA = 1;
	/** {@link #keyManagers} key form: SEC1 {@code ECPrivateKey} (PEM label {@code EC PRIVATE KEY}). */
	int KEY_SEC1_EC = 2;

	/**
	 * Builds the key managers that present a client certificate during the handshake.
	 *
	 * @param chain the client certificate first, then any intermediates
	 * @param key the private key, DER, in the form {@code keyForm}; the policy may clear it once used
	 * @param keyForm {@link #KEY_PKCS8}, {@link #KEY_PKCS1_RSA} or {@link #KEY_SEC1_EC}
	 * @return key managers for {@code SSLContext.init}
	 * @throws GeneralSecurityException when the key or certificate is refused (the message never holds key bytes)
	 * @throws IOException when the key store cannot be set up
	 */
	KeyManager[] keyManagers(Certificate[] chain, byte[] key, int keyForm) throws GeneralSecurityException,
			IOException;
}
