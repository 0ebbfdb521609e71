/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import org.junit.BeforeClass;
import org.mqttboard.mqtt.session.SessionStatus;

/**
 * {@link EngineMatrix} against HiveMQ CE embedded ({@link SharedHiveMq}) with a TLS listener and the
 * username/password extension.
 */
public class HiveMqEngineTest extends EngineMatrix {

	private static TestPki pki;
	private static HiveMqRig broker;

	@BeforeClass
	public static void startBroker() throws Exception {
		broker = SharedHiveMq.broker();
		pki = SharedHiveMq.pki();
	}

	@Override
	protected TestPki pki() {
		return pki;
	}

	@Override
	protected int port(String listener) {
		return broker.port(listener);
	}

	@Override
	protected int badPasswordCause() {
		// HiveMQ maps BAD_USER_NAME_OR_PASSWORD to the 3.1.1 return code 4.
		return SessionStatus.REFUSED_CREDENTIALS;
	}

	@Override
	protected String brokerName() {
		return "hivemq";
	}
}
