/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
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
 * The client key goes to the key store as bytes, as MicroEJ's AWS IoT demo does
 * (MicroEJ/VEEPort-Espressif-ESP32-S3-DevKitC-1-N8R8@27ba04f8014a4a542628adb59259401df856a698:
 * ESP32-S3-DevKitC1-Xtensa-FreeRTOS-validation/tests/application/com.microej.demo.aws.iot/src/main/java/com/microej/demo/aws/iot/SslContextHelper.java:192-197:
 * {@code setKeyEntry("clientkey", key, new Certificate[] { clientCert })}, then
 * {@code KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm())}, {@code init(store, password)},
 * {@code getKeyManagers()}). The bytes reach {@code LLNET_SSL_CONTEXT_IMPL_setPrivateKey}, which hands them to
 * {@code mbedtls_pk_parse_key} (same repository @033ac5fbc19ea961e8fbc3e5d4c2e358aacc42c9:
 * ESP32-S3-DevKitC1-Xtensa-FreeRTOS-bsp/projects/microej/ssl/src/LLNET_SSL_CONTEXT_impl.c:336-390): DER PKCS#8,
 * PKCS#1 and SEC1 are all accepted there, and an empty password means "not encrypted". Unproven on a board: that
 * the Java layer passes an unencrypted key and an empty password through unchanged (the demo's key is an encrypted
 * PKCS#8 file with a password); if it does not, the open fails with {@link TransportError#TLS_CLIENT_KEY_RESOURCE}.
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

	@Override
	public KeyManager[] keyManagers(Certificate[] chain, byte[] key, int keyForm) throws GeneralSecurityException,
			IOException {
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		store.load(null, null);
		store.setKeyEntry("client", key, chain);
		KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		factory.init(store, new char[0]);
		return factory.getKeyManagers();
	}
}
