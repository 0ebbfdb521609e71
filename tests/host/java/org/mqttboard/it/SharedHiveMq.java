/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import java.util.Map;

/**
 * HOST-ONLY: one HiveMQ CE for every test class of the test JVM (it takes 2.5 s to start on an idle machine and
 * much longer on a loaded one). Listeners: "plain", "tls" (localhost certificate), "wrong-host", "expired"; user
 * {@link #USER}/{@link #PASSWORD}. Stopped, and its PKI deleted, when the JVM exits. Tests share it, so they use
 * unique client ids and topics and clear what they retain.
 */
public final class SharedHiveMq {

	/** The accepted user. */
	public static final String USER = "board";
	/** Its password. */
	public static final String PASSWORD = "s3cret";

	private static TestPki pki;
	private static HiveMqRig broker;

	private SharedHiveMq() {
	}

	/** @return the shared broker, started on first use */
	public static synchronized HiveMqRig broker() throws Exception {
		if (broker == null) {
			TestPki p = TestPki.create();
			HiveMqRig b = HiveMqRig.start(
					Map.of("tls", p.server, "wrong-host", p.wrongHost, "expired", p.expired), Map.of(USER, PASSWORD));
			pki = p;
			broker = b;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				b.close();
				p.delete();
			}, "hivemq-shared-stop"));
		}
		return broker;
	}

	/** @return the PKI of the shared broker's certificates */
	public static synchronized TestPki pki() throws Exception {
		broker();
		return pki;
	}
}
