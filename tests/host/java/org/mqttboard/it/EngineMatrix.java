/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.After;
import org.junit.Test;
import org.mqttboard.mqtt.codec.ConnectOptions;
import org.mqttboard.mqtt.session.SessionConfig;
import org.mqttboard.mqtt.session.SessionEvent;
import org.mqttboard.mqtt.session.SessionState;
import org.mqttboard.mqtt.session.SessionStatus;
import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.TransportError;

/**
 * The engine integration matrix, run once per real broker by a subclass: the device-bound MQTT session over the
 * device-bound TLS connector against a real broker, with Eclipse Paho as the independent peer. Covers QoS 0/1/2
 * both ways, retained, will on abrupt close, wrong password, TLS failures reported as such, MQTT 3.1 and 3.1.1,
 * and session resume with resend after the link dies mid-flight (acks held back by a relay).
 */
public abstract class EngineMatrix {

	/** Username/password every rig accepts. */
	protected static final String USER = SharedHiveMq.USER;
	protected static final String PASSWORD = SharedHiveMq.PASSWORD;
	private static final long WAIT_MS = 10_000;
	private static final AtomicInteger IDS = new AtomicInteger();

	private final List<AutoCloseable> closeables = new ArrayList<>();
	private final List<EngineDriver> drivers = new ArrayList<>();

	/** @return the test PKI whose CA the TLS listener's certificate chains to */
	protected abstract TestPki pki();

	/** @return a port by listener name: "plain", "tls", "wrong-host" */
	protected abstract int port(String listener);

	/** @return the session cause the broker's answer to a wrong password maps to */
	protected abstract int badPasswordCause();

	/** @return a short name for client ids and topics */
	protected abstract String brokerName();

	@After
	public void closeAll() {
		for (EngineDriver d : this.drivers) {
			if (d.session.state() != SessionState.DISCONNECTED) {
				d.session.disconnect(EngineDriver.now());
			}
		}
		for (AutoCloseable c : this.closeables) {
			try {
				c.close();
			} catch (Exception e) {
				// Teardown is best effort.
			}
		}
	}

	/** @return a unique client id / topic segment, at most 23 bytes (MQTT 3.1 limit) */
	protected String unique(String what) {
		String id = brokerName().charAt(0) + what + "-" + IDS.incrementAndGet() + "-" + (System.nanoTime() % 1000);
		return id.length() > 23 ? id.substring(0, 23) : id;
	}

	protected SessionConfig config(String clientId) {
		SessionConfig c = new SessionConfig();
		c.connect.clientId = clientId.getBytes(StandardCharsets.UTF_8);
		c.connect.username = USER.getBytes(StandardCharsets.UTF_8);
		c.connect.password = PASSWORD.getBytes(StandardCharsets.UTF_8);
		c.connect.keepAliveSeconds = 30;
		c.connectTimeoutMillis = 10_000;
		c.ackTimeoutMillis = 10_000;
		c.bufferBytes = 2048;
		return c;
	}

	/** @return {@code c} with a will on {@code topic}: payload "gone", QoS 1, not retained */
	private static SessionConfig withWill(SessionConfig c, String topic) {
		c.connect.willTopic = topic.getBytes(StandardCharsets.UTF_8);
		c.connect.willPayload = "gone".getBytes(StandardCharsets.UTF_8);
		c.connect.willQos = 1;
		return c;
	}

	protected Connector tls() {
		return Connectors.tls("localhost", port("tls"), pki().caResource(), true);
	}

	protected EngineDriver driver(SessionConfig config, int subscriptions, Connector connector) {
		EngineDriver d = new EngineDriver(config, subscriptions, connector);
		this.drivers.add(d);
		return d;
	}

	/** Closes {@code c} after the test. */
	protected void closeLater(AutoCloseable c) {
		this.closeables.add(c);
	}

	protected PahoPeer peer(String filter) throws Exception {
		PahoPeer p = new PahoPeer(port("plain"), unique("peer"), USER, PASSWORD, true);
		this.closeables.add(p);
		if (filter != null) {
			p.subscribe(filter, 2);
		}
		return p;
	}

	private EngineDriver connected(SessionConfig config, int subscriptions, Connector connector) {
		EngineDriver d = driver(config, subscriptions, connector);
		assertTrue("connect: states " + describe(d), d.connect(WAIT_MS));
		return d;
	}

	private static String describe(EngineDriver d) {
		StringBuilder s = new StringBuilder();
		for (int[] st : d.states) {
			s.append(st[0]).append('/').append(st[1]).append(' ');
		}
		return s + "transportError=" + TransportError.name(d.session.lastTransportError());
	}

	// ----- QoS 0/1/2, device → peer -------------------------------------------------------------------------

	private void deviceToPeer(int qos) throws Exception {
		String topic = "m/up/" + unique("q" + qos);
		PahoPeer peer = peer(topic);
		EngineDriver d = connected(config(unique("up")), 0, tls());
		int token = d.publish(topic, "up-" + qos, qos, false);
		assertTrue("publish returned " + token, token > 0 || (qos == 0 && token >= 0));
		if (qos > 0) {
			assertTrue("QoS " + qos + " flow completes", d.runUntil(() -> d.done.containsKey(token), WAIT_MS));
			assertEquals(Integer.valueOf(SessionStatus.OK), d.done.get(token));
		} else {
			d.runFor(200);
		}
		PahoPeer.Received r = peer.next(WAIT_MS);
		assertNotNull("peer got nothing", r);
		assertEquals("up-" + qos, r.payload);
		assertEquals(qos, r.qos);
		assertTrue("exactly one delivery", peer.drain(300).isEmpty());
	}

	@Test
	public void qos0_deviceToPeer() throws Exception {
		deviceToPeer(0);
	}

	@Test
	public void qos1_deviceToPeer() throws Exception {
		deviceToPeer(1);
	}

	@Test
	public void qos2_deviceToPeer() throws Exception {
		deviceToPeer(2);
	}

	// ----- QoS 0/1/2, peer → device -------------------------------------------------------------------------

	private void peerToDevice(int qos) throws Exception {
		String topic = "m/down/" + unique("q" + qos);
		SessionConfig c = config(unique("down"));
		c.subscribe(topic, 2);
		EngineDriver d = connected(c, 1, tls());
		PahoPeer peer = peer(null);
		peer.publish(topic, "down-" + qos, qos, false);
		assertTrue("device receives", d.runUntil(() -> !d.messagesOn(topic).isEmpty(), WAIT_MS));
		d.runFor(300);
		List<EngineDriver.Message> got = d.messagesOn(topic);
		assertEquals("exactly once: " + got, 1, got.size());
		assertEquals(qos, got.get(0).qos);
		assertEquals("down-" + qos, new String(got.get(0).payload));
		assertEquals(0, got.get(0).subscription);
		assertFalse(got.get(0).retain);
	}

	@Test
	public void qos0_peerToDevice() throws Exception {
		peerToDevice(0);
	}

	@Test
	public void qos1_peerToDevice() throws Exception {
		peerToDevice(1);
	}

	@Test
	public void qos2_peerToDevice() throws Exception {
		peerToDevice(2);
	}

	// ----- retained, will -----------------------------------------------------------------------------------

	@Test
	public void retained_isDeliveredWithRetainFlag_onSubscribe() throws Exception {
		String topic = "m/ret/" + unique("r");
		PahoPeer peer = peer(null);
		peer.publish(topic, "kept", 1, true);
		try {
			SessionConfig c = config(unique("ret"));
			c.subscribe(topic, 1);
			EngineDriver d = connected(c, 1, tls());
			assertTrue(d.runUntil(() -> !d.messagesOn(topic).isEmpty(), WAIT_MS));
			EngineDriver.Message m = d.messagesOn(topic).get(0);
			assertTrue("retain flag set on a retained delivery", m.retain);
			assertEquals("kept", new String(m.payload));
		} finally {
			peer.publish(topic, "", 1, true); // clears the retained message
		}
	}

	@Test
	public void will_isPublished_whenLinkDiesWithoutDisconnect() throws Exception {
		String topic = "m/will/" + unique("w");
		PahoPeer peer = peer(topic);
		SessionConfig c = withWill(config(unique("will")), topic);
		EngineDriver d = connected(c, 0, tls());
		d.cutLink();
		PahoPeer.Received r = peer.next(WAIT_MS);
		assertNotNull("will not delivered", r);
		assertEquals("gone", r.payload);
		assertEquals(1, r.qos);
	}

	@Test
	public void will_isNotPublished_afterCleanDisconnect() throws Exception {
		String topic = "m/will/" + unique("n");
		PahoPeer peer = peer(topic);
		SessionConfig c = withWill(config(unique("nowill")), topic);
		EngineDriver d = connected(c, 0, tls());
		assertEquals(SessionStatus.OK, d.session.disconnect(EngineDriver.now()));
		assertTrue("no will after DISCONNECT [MQTT-3.14.4-3]", peer.drain(1000).isEmpty());
	}

	// ----- refusals and TLS failures ------------------------------------------------------------------------

	@Test
	public void wrongPassword_isReportedAsRefusal() {
		SessionConfig c = config(unique("badpw"));
		c.connect.password = "wrong".getBytes(StandardCharsets.UTF_8);
		EngineDriver d = driver(c, 0, tls());
		assertFalse(d.connect(WAIT_MS));
		assertEquals(SessionState.DISCONNECTED, d.session.state());
		assertEquals(badPasswordCause(), d.session.lastCause());
	}

	@Test
	public void unknownCa_isReportedAsTlsUntrusted() {
		EngineDriver d = driver(config(unique("ca")), 0,
				Connectors.tls("localhost", port("tls"), pki().otherCaResource(), true));
		assertFalse(d.connect(WAIT_MS));
		assertEquals(SessionStatus.TRANSPORT_OPEN_FAILED, d.session.lastCause());
		assertEquals(TransportError.name(TransportError.TLS_UNTRUSTED),
				TransportError.name(d.session.lastTransportError()));
	}

	@Test
	public void wrongHostName_isReportedAsTlsHostname() {
		EngineDriver d = driver(config(unique("host")), 0,
				Connectors.tls("localhost", port("wrong-host"), pki().caResource(), true));
		assertFalse(d.connect(WAIT_MS));
		assertEquals(SessionStatus.TRANSPORT_OPEN_FAILED, d.session.lastCause());
		assertEquals(TransportError.name(TransportError.TLS_HOSTNAME),
				TransportError.name(d.session.lastTransportError()));
	}

	// ----- protocol levels ----------------------------------------------------------------------------------

	private void roundTrip(int level) throws Exception {
		String topic = "m/v" + level + "/" + unique("v");
		SessionConfig c = config(unique("v" + level));
		c.connect.protocolLevel = level;
		c.fallbackTo31 = false;
		c.subscribe(topic + "/in", 1);
		EngineDriver d = connected(c, 1, tls());
		PahoPeer peer = peer(topic + "/out");
		peer.publish(topic + "/in", "to-device", 1, false);
		assertTrue(d.runUntil(() -> !d.messagesOn(topic + "/in").isEmpty(), WAIT_MS));
		int token = d.publish(topic + "/out", "from-device", 1, false);
		assertTrue(d.runUntil(() -> d.done.containsKey(token), WAIT_MS));
		PahoPeer.Received r = peer.next(WAIT_MS);
		assertNotNull(r);
		assertEquals("from-device", r.payload);
	}

	@Test
	public void mqtt311_connectsAndRoundTrips() throws Exception {
		roundTrip(ConnectOptions.LEVEL_3_1_1);
	}

	@Test
	public void mqtt31_connectsAndRoundTrips() throws Exception {
		roundTrip(ConnectOptions.LEVEL_3_1);
	}

	// ----- session resume with resend -----------------------------------------------------------------------

	@Test
	public void sessionResume_resendsUnackedQos1AndQos2_afterLinkDiesMidFlight() throws Exception {
		String topic = "m/resume/" + unique("s");
		PahoPeer peer = peer(topic + "/#");
		FaultRelay relay = new FaultRelay(port("tls"));
		this.closeables.add(relay);
		SessionConfig c = config(unique("resume"));
		c.connect.cleanSession = false;
		EngineDriver d = connected(c, 0, Connectors.tls("localhost", relay.port(), pki().caResource(), true));
		// The broker gets the publishes, but its PUBACK/PUBREC never reach the device.
		relay.holdDownstream(true);
		int t1 = d.publish(topic + "/q1", "once-or-more", 1, false);
		int t2 = d.publish(topic + "/q2", "exactly-once", 2, false);
		d.runFor(500);
		assertTrue("no ack can have arrived", d.done.isEmpty());
		relay.cutAll();
		relay.holdDownstream(false);
		assertTrue("link loss noticed",
				d.runUntil(() -> d.session.state() == SessionState.DISCONNECTED, WAIT_MS + 35_000));
		assertTrue("reconnect", d.connect(WAIT_MS));
		assertTrue("broker kept the session", d.eventCount(SessionEvent.RESENT) > 0);
		assertTrue("acks after resume", d.runUntil(() -> d.done.containsKey(t1) && d.done.containsKey(t2), WAIT_MS));
		assertEquals(Integer.valueOf(SessionStatus.OK), d.done.get(t1));
		assertEquals(Integer.valueOf(SessionStatus.OK), d.done.get(t2));
		assertTrue("resend reported", d.eventCount(SessionEvent.RESENT) > 0);
		List<PahoPeer.Received> got = peer.drain(1500);
		int q1 = 0;
		int q2 = 0;
		for (PahoPeer.Received r : got) {
			if (r.topic.endsWith("/q1")) {
				q1++;
			} else if (r.topic.endsWith("/q2")) {
				q2++;
			}
		}
		assertTrue("QoS 1 at least once", q1 >= 1);
		assertEquals("QoS 2 exactly once", 1, q2);
	}
}
