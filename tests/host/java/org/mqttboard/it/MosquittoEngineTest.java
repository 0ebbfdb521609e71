/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mqttboard.mqtt.session.SessionConfig;
import org.mqttboard.mqtt.session.SessionEvent;
import org.mqttboard.mqtt.session.SessionState;
import org.mqttboard.mqtt.session.SessionStatus;

/**
 * {@link EngineMatrix} against mosquitto (Debian package) with TLS, a password file and no anonymous access; plus
 * session resume across a broker restart with persistence.
 */
public class MosquittoEngineTest extends EngineMatrix {

	private static TestPki pki;
	private static MosquittoRig broker;

	@BeforeClass
	public static void startBroker() throws Exception {
		Assume.assumeTrue("mosquitto is not installed (./run-tests installs it)", MosquittoRig.available());
		pki = TestPki.create();
		broker = MosquittoRig.builder().plain(true).tls("tls", pki.server).tls("wrong-host", pki.wrongHost)
				.user(USER, PASSWORD).allowAnonymous(false).start();
	}

	@AfterClass
	public static void stopBroker() {
		if (broker != null) {
			broker.close();
		}
		if (pki != null) {
			pki.delete();
		}
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
		// mosquitto 2.0.11 answers a wrong password on 3.1.1 with return code 5 (not authorized), not 4.
		return SessionStatus.REFUSED_NOT_AUTHORIZED;
	}

	@Override
	protected String brokerName() {
		return "mosquitto";
	}

	@Test
	public void sessionResume_acrossBrokerRestartWithPersistence_resendsUnacked() throws Exception {
		try (MosquittoRig persistent = MosquittoRig.builder().plain(true).tls("tls", pki.server)
				.user(USER, PASSWORD).allowAnonymous(false).persistence(true).start();
				PahoPeer peer = new PahoPeer(persistent.port("plain"), unique("ppeer"), USER, PASSWORD, false)) {
			String topic = "m/persist/" + unique("p");
			peer.subscribe(topic, 2);
			SessionConfig c = config(unique("persist"));
			c.connect.cleanSession = false;
			EngineDriver d = driver(c, 0,
					Connectors.tls("localhost", persistent.port("tls"), pki.caResource(), true));
			assertTrue(d.connect(10_000));
			persistent.freeze();
			int token = d.publish(topic, "survives-restart", 1, false);
			d.runFor(300);
			assertTrue("not yet acknowledged", d.done.isEmpty());
			d.cutLink();
			assertTrue(d.runUntil(() -> d.session.state() == SessionState.DISCONNECTED, 10_000));
			persistent.restart();
			peer.reconnect();
			assertTrue("reconnect after restart", d.connect(10_000));
			assertTrue("persistence kept the session", d.eventCount(SessionEvent.RESENT) > 0);
			assertTrue(d.runUntil(() -> d.done.containsKey(token), 10_000));
			assertEquals(Integer.valueOf(SessionStatus.OK), d.done.get(token));
			List<PahoPeer.Received> got = peer.drain(1500);
			assertTrue("delivered at least once: " + got.size(), got.size() >= 1);
			assertEquals("survives-restart", got.get(0).payload);
		}
	}
}
