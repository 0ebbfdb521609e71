/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import java.io.IOException;
import java.io.InputStream;

import org.mqttboard.mqtt.transport.Endpoint;

/**
 * The mutual-TLS keys {@code broker.client.cert} and {@code broker.client.key}: read, checked, and put into the
 * transport's {@link Endpoint}. Both name class-path resources (PEM); they go together, only with TLS, and must
 * exist. Messages name the keys and resource paths, never the content of the key file.
 * <p>
 * Stateless; runs at boot only.
 */
public final class MutualTls {

	private MutualTls() {
	}

	/**
	 * @param f the file's values; problems are recorded there
	 * @param host broker host name
	 * @param port broker port
	 * @param tls true for TLS
	 * @param cas trusted CA resources
	 * @param files trusted CA files stored on the board
	 * @param verify host name verification on
	 * @return the endpoint, with the client certificate and key when both are set and valid
	 */
	public static Endpoint endpoint(RawConfig f, String host, int port, boolean tls, String[] cas, String[] files,
			boolean verify) {
		String cert = f.text(Keys.BROKER_CLIENT_CERT, false);
		String key = f.text(Keys.BROKER_CLIENT_KEY, false);
		if (cert.length() == 0 && key.length() == 0) {
			return new Endpoint(host, port, tls, cas, files, verify, null, null);
		}
		boolean ok = true;
		if (cert.length() == 0 || key.length() == 0) {
			f.error(cert.length() == 0 ? Keys.BROKER_CLIENT_CERT : Keys.BROKER_CLIENT_KEY, "missing; "
					+ Keys.BROKER_CLIENT_CERT + " and " + Keys.BROKER_CLIENT_KEY + " go together (the certificate and"
					+ " its private key): set both or neither");
			ok = false;
		}
		if (!tls) {
			f.error(Keys.BROKER_CLIENT_CERT, "a client certificate needs TLS; set broker.tls=true");
			ok = false;
		}
		ok &= checkResource(f, Keys.BROKER_CLIENT_CERT, cert);
		ok &= checkResource(f, Keys.BROKER_CLIENT_KEY, key);
		return new Endpoint(host, port, tls, cas, files, verify, ok ? cert : null, ok ? key : null);
	}

	private static boolean checkResource(RawConfig f, String key, String path) {
		if (path.length() == 0 || RawConfig.isPlaceholder(path)) {
			return false;
		}
		if (path.charAt(0) != '/') {
			f.error(key, "a class-path resource path starts with '/' (got '" + path + "')");
			return false;
		}
		InputStream in = MutualTls.class.getResourceAsStream(path);
		if (in == null) {
			f.error(key, "no such resource in the firmware: " + path + " (add the file under src/main/resources and"
					+ " list it in a *.resources.list)");
			return false;
		}
		try {
			in.close();
		} catch (IOException e) {
			// Only its presence was checked.
		}
		return true;
	}
}
