/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import static org.junit.Assert.assertEquals;

import org.mqttboard.testkit.FakeClock;
import org.mqttboard.testkit.ScriptedBroker;
import org.mqttboard.testkit.ScriptedConnector;
import org.mqttboard.testkit.ScriptedTransport;

/**
 * A session wired to a scripted transport, connector, broker and fake clock.
 */
final class Harness {

	final FakeClock clock = new FakeClock(1000);
	final ScriptedConnector connector = new ScriptedConnector();
	final RecordingListener listener = new RecordingListener();
	ScriptedTransport transport = new ScriptedTransport();
	ScriptedBroker broker = new ScriptedBroker(this.transport);
	final MqttSession session;

	Harness(SessionConfig config) {
		this.session = new MqttSession(config, this.connector, this.listener);
		this.connector.willReturn(this.transport);
	}

	static SessionConfig config() {
		SessionConfig c = new SessionConfig().credentials("dev-1", null, null).keepAliveSeconds(10)
				.pingTimeoutMillis(2000).connackTimeoutMillis(3000);
		c.subscribe("cmd/#", 1);
		c.subscribe("led/+", 0);
		return c;
	}

	long now() {
		return this.clock.monotonicMillis();
	}

	/** Steps and pumps the broker until nothing moves (bounded). */
	void run() {
		for (int i = 0; i < 10000; i++) {
			int r = this.session.step(now());
			int p = this.broker.pump();
			boolean drained = this.transport.toClient.size() == 0 && this.session.txPending() == 0;
			if (r == MqttSession.STEP_IDLE && p == 0
					&& (drained || this.session.state() == SessionState.DISCONNECTED)) {
				return;
			}
		}
		throw new AssertionError("session did not settle");
	}

	/** Connects and runs until CONNECTED with all SUBACKs. */
	Harness connect() {
		assertEquals(SessionStatus.OK, this.session.connect(now()));
		run();
		assertEquals(SessionState.CONNECTED, this.session.state());
		return this;
	}

	/** Gives the connector a fresh transport and broker (keeping broker settings) for the next connect. */
	void newLink() {
		ScriptedBroker old = this.broker;
		this.transport = new ScriptedTransport();
		this.broker = new ScriptedBroker(this.transport);
		this.broker.sessionPresent = old.sessionPresent;
		this.broker.autoAck = old.autoAck;
		this.connector.willReturn(this.transport);
	}
}
