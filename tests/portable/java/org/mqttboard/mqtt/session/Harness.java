/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import static org.junit.Assert.assertEquals;

import org.mqttboard.mqtt.codec.Utf8;
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

	/** @return the usual settings: client id dev-1, keep-alive 10 s, ack timeout 2 s, two subscriptions */
	static SessionConfig config() {
		SessionConfig c = new SessionConfig();
		c.connect.clientId = Utf8.encode("dev-1");
		c.connect.keepAliveSeconds = 10;
		c.ackTimeoutMillis = 2000;
		c.subscribe("cmd/#", 1);
		c.subscribe("led/+", 0);
		return c;
	}

	/** @return true when connected and every subscription has its SUBACK on this connection */
	boolean subscribed() {
		return this.session.state() == SessionState.CONNECTED
				&& this.listener.subacks >= this.session.subscriptions.count();
	}

	long now() {
		return this.clock.monotonicMillis();
	}

	/** Steps and pumps the broker until nothing moves (bounded). */
	void run() {
		for (int i = 0; i < 10000; i++) {
			int r = this.session.step(now());
			int p = this.broker.pump();
			boolean drained = this.transport.toClient.size() == 0 && this.session.outbound.pending() == 0;
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
		this.broker.keepBehaviourOf(old);
		this.connector.willReturn(this.transport);
	}
}
