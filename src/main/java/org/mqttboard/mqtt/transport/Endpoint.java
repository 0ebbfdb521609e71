/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.transport;

/**
 * Where and how to reach the broker. Immutable.
 */
public final class Endpoint {

	private final String host;
	private final int port;
	private final boolean tls;
	private final String[] caResources;
	private final String[] caFiles;
	private final boolean verifyHostName;
	private final String clientCertificate;
	private final String clientKey;

	/**
	 * @param host broker host name (used for DNS, SNI and certificate host checks); an IP literal only for plain
	 *        TCP or with {@code verifyHostName} false
	 * @param port TCP port, 1..65535
	 * @param tls true for TLS (1.2 minimum)
	 * @param caResources class-path resource paths of the trusted CA certificates (PEM or DER); copied
	 * @param caFiles names of trusted CA certificate files in the connector's {@link CaFileSource}; copied
	 * @param verifyHostName true (the default everywhere) to check the certificate against {@code host}
	 * @param clientCertificate class-path resource of the client certificate for mutual TLS (PEM, the device
	 *        certificate first, then any intermediates), or null for none
	 * @param clientKey class-path resource of the client certificate's private key (PEM: PKCS#8, PKCS#1 RSA or SEC1
	 *        EC, not encrypted); null exactly when {@code clientCertificate} is null
	 */
	public Endpoint(String host, int port, boolean tls, String[] caResources, String[] caFiles, boolean verifyHostName,
			String clientCertificate, String clientKey) {
		this.host = host;
		this.port = port;
		this.tls = tls;
		this.caResources = caResources.clone();
		this.caFiles = caFiles.clone();
		this.verifyHostName = verifyHostName;
		this.clientCertificate = clientCertificate;
		this.clientKey = clientKey;
	}

	public String host() {
		return this.host;
	}

	public int port() {
		return this.port;
	}

	public boolean tls() {
		return this.tls;
	}

	/** @return a copy of the CA certificate resource paths */
	public String[] caResources() {
		return this.caResources.clone();
	}

	/** @return a copy of the CA certificate file names */
	public String[] caFiles() {
		return this.caFiles.clone();
	}

	/** @return true when the certificate must match the host name */
	public boolean verifyHostName() {
		return this.verifyHostName;
	}

	/** @return the class-path resource of the client certificate (PEM), or null without mutual TLS */
	public String clientCertificate() {
		return this.clientCertificate;
	}

	/** @return the class-path resource of the client private key (PEM), or null without mutual TLS */
	public String clientKey() {
		return this.clientKey;
	}
}
