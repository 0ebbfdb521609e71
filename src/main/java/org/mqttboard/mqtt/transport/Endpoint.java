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

	/**
	 * @param host broker host name (used for DNS, SNI and certificate host checks); an IP literal only for plain
	 *        TCP or with {@code verifyHostName} false
	 * @param port TCP port, 1..65535
	 * @param tls true for TLS (1.2 minimum)
	 * @param caResources class-path resource paths of the trusted CA certificates (PEM or DER); copied
	 * @param verifyHostName true (the default everywhere) to check the certificate against {@code host}
	 */
	public Endpoint(String host, int port, boolean tls, String[] caResources, boolean verifyHostName) {
		this(host, port, tls, caResources, new String[0], verifyHostName);
	}

	/**
	 * @param host broker host name (used for DNS, SNI and certificate host checks)
	 * @param port TCP port, 1..65535
	 * @param tls true for TLS (1.2 minimum)
	 * @param caResources class-path resource paths of trusted CA certificates (PEM or DER); copied
	 * @param caFiles names of trusted CA certificate files in the connector's {@link CaFileSource}; copied
	 * @param verifyHostName true (the default everywhere) to check the certificate against {@code host}
	 */
	public Endpoint(String host, int port, boolean tls, String[] caResources, String[] caFiles,
			boolean verifyHostName) {
		this.host = host;
		this.port = port;
		this.tls = tls;
		this.caResources = caResources.clone();
		this.caFiles = caFiles.clone();
		this.verifyHostName = verifyHostName;
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
}
