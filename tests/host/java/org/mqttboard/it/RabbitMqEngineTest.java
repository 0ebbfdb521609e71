/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Ignore;
import org.junit.Test;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.faults.SimBoard;
import org.mqttboard.mqtt.session.SessionConfig;
import org.mqttboard.mqtt.session.SessionEvent;
import org.mqttboard.mqtt.session.SessionState;
import org.mqttboard.mqtt.session.SessionStatus;
import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.Endpoint;
import org.mqttboard.sim.SntpResponder;

/**
 * {@link EngineMatrix} against RabbitMQ 3.x and its MQTT plugin (Debian package), a broker that deviates from MQTT
 * 3.1.1: it has no QoS 2, answers a QoS 2 PUBLISH with PUBACK and grants QoS 1 for a QoS 2 subscription. Over TLS
 * with a password user; plus the tutorial flow of the real firmware on the simulator and a Wi-Fi drop with presses
 * in flight. The QoS 2 flows check the degradation the board is designed for: completion on PUBACK, one warning per
 * connection, at-least-once delivery, no stall.
 */
public class RabbitMqEngineTest extends EngineMatrix {

	private static final long WAIT_MS = 10_000;

	private static TestPki pki;
	private static RabbitMqRig broker;

	@BeforeClass
	public static void startBroker() throws Exception {
		Assume.assumeTrue("rabbitmq-server is not installed (./run-tests installs it)", RabbitMqRig.available());
		pki = TestPki.create();
		broker = RabbitMqRig.start(pki.server, pki.ca, USER, PASSWORD);
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
		return SessionStatus.REFUSED_CREDENTIALS;
	}

	@Override
	protected String brokerName() {
		return "rabbitmq";
	}

	// ----- QoS 2 requested both ways: the designed degradation ---------------------------------------------------

	@Override
	@Test
	public void qos2_deviceToPeer() throws Exception {
		String topic = "m/up/" + unique("q2");
		PahoPeer peer = peer(topic);
		EngineDriver d = driver(config(unique("up2")), 0, tls());
		assertTrue(d.connect(WAIT_MS));
		int[] tokens = new int[3 * 4]; // three times the in-flight window: a stuck window would show
		for (int i = 0; i < tokens.length; i++) {
			tokens[i] = d.publish(topic, "up2-" + i, 2, false);
			assertTrue("publish " + i + " returned " + tokens[i], tokens[i] > 0);
			d.runFor(20);
		}
		assertTrue("every QoS 2 publish completes on the broker's PUBACK",
				d.runUntil(() -> allDone(d, tokens), WAIT_MS));
		for (int t : tokens) {
			assertEquals(Integer.valueOf(SessionStatus.OK), d.done.get(t));
		}
		assertEquals("one warning per connection", 1, d.eventCount(SessionEvent.QOS2_DOWNGRADED));
		assertEquals(tokens.length, d.session.counters().qos2Downgraded());
		assertEquals(0, d.eventCount(SessionEvent.INFLIGHT_FULL));
		Map<String, Integer> got = count(peer.drain(1500));
		for (int i = 0; i < tokens.length; i++) {
			assertEquals("up2-" + i + " delivered once (no link loss here): " + got, Integer.valueOf(1),
					got.get("up2-" + i));
		}
	}

	@Override
	@Test
	public void qos2_peerToDevice() throws Exception {
		// Paho cannot publish QoS 2 to a broker that answers PUBACK; a second board session can, degraded.
		String topic = "m/down/" + unique("q2");
		SessionConfig c = config(unique("down2"));
		c.subscribe(topic, 2);
		EngineDriver d = driver(c, 1, tls());
		assertTrue(d.connect(WAIT_MS));
		EngineDriver sender = driver(config(unique("send2")), 0, tls());
		assertTrue(sender.connect(WAIT_MS));
		int token = sender.publish(topic, "down-2", 2, false);
		assertTrue(sender.runUntil(() -> sender.done.containsKey(token), WAIT_MS));
		assertTrue("device receives", d.runUntil(() -> !d.messagesOn(topic).isEmpty(), WAIT_MS));
		d.runFor(300);
		List<EngineDriver.Message> got = d.messagesOn(topic);
		assertEquals("once: " + got, 1, got.size());
		assertEquals("granted QoS 1 for the QoS 2 subscription", 1, got.get(0).qos);
		assertEquals("down-2", new String(got.get(0).payload, StandardCharsets.UTF_8));
	}

	@Override
	@Test
	public void sessionResume_resendsUnackedQos1AndQos2_afterLinkDiesMidFlight() throws Exception {
		String topic = "m/resume/" + unique("s");
		PahoPeer peer = peer(topic + "/#");
		FaultRelay relay = relay();
		SessionConfig c = config(unique("resume"));
		c.connect.cleanSession = false;
		EngineDriver d = driver(c, 0, Connectors.tls("localhost", relay.port(), pki.caResource(), true));
		assertTrue(d.connect(WAIT_MS));
		relay.holdDownstream(true);
		int t1 = d.publish(topic + "/q1", "q1", 1, false);
		int t2 = d.publish(topic + "/q2", "q2", 2, false);
		d.runFor(500);
		assertTrue("no ack can have arrived", d.done.isEmpty());
		relay.cutAll();
		relay.holdDownstream(false);
		assertTrue(d.runUntil(() -> d.session.state() == SessionState.DISCONNECTED, WAIT_MS + 35_000));
		assertTrue("reconnect", d.connect(WAIT_MS));
		assertTrue("acks after resume", d.runUntil(() -> d.done.containsKey(t1) && d.done.containsKey(t2), WAIT_MS));
		assertEquals(Integer.valueOf(SessionStatus.OK), d.done.get(t1));
		assertEquals(Integer.valueOf(SessionStatus.OK), d.done.get(t2));
		Map<String, Integer> got = count(peer.drain(1500));
		// QoS 2 degraded to QoS 1: at least once, and at most once more than sent (the one resend).
		for (String p : new String[] { "q1", "q2" }) {
			int n = got.getOrDefault(p, 0);
			assertTrue(p + " delivered " + n + " times: " + got, n >= 1 && n <= 2);
		}
	}

	@Override
	@Test
	@Ignore("a RabbitMQ node has one TLS certificate for all its listeners; host name checks run against mosquitto"
			+ " and HiveMQ")
	public void wrongHostName_isReportedAsTlsHostname() {
		// Not applicable here, see @Ignore.
	}

	// ----- the real firmware on the simulator -------------------------------------------------------------------

	@Test
	public void tutorialFlow_firmwarePublishesHello_andShowsTestTopic2() throws Exception {
		try (SimulatedBoard s = new SimulatedBoard("tutorial", null)) {
			PahoPeer peer = peer("testtopic/1");
			s.online();
			s.board.pressA();
			PahoPeer.Received r = peer.next(WAIT_MS);
			assertNotNull("nothing on testtopic/1\n" + s.board.transcript(), r);
			assertEquals("hello", r.payload);
			peer.publish("testtopic/2", "2", 1, false);
			assertTrue("display: " + s.board.shown(), Rigs.waitFor(() -> s.board.shown().contains("2"), WAIT_MS));
		}
	}

	@Test
	public void wifiDrop_withQos1And2PressesInFlight_nothingLost_noStall() throws Exception {
		FaultRelay relay = relay();
		try (SimulatedBoard s = new SimulatedBoard("wifidrop", relay, "button.a.short.qos = 1",
				"button.a.short.payload = p${count}", "broker.clean.session = false")) {
			PahoPeer peer = peer("testtopic/1");
			s.online();
			relay.holdDownstream(true); // the broker gets the presses, the board never sees their PUBACKs
			for (int i = 0; i < 3; i++) {
				s.board.pressA();
			}
			Thread.sleep(300);
			s.board.wifi(false);
			relay.cutAll();
			relay.holdDownstream(false);
			assertTrue(s.board.transcript().toString(), s.board.awaitState(BringUpState.WIFI_JOIN, WAIT_MS));
			Thread.sleep(300);
			s.board.wifi(true);
			s.online();
			s.board.pressA(); // no stall: a press after the drop leaves too
			Map<String, Integer> got = new HashMap<>();
			assertTrue("all four presses arrive: " + got + "\n" + s.board.transcript(), Rigs.waitFor(() -> {
				try {
					for (PahoPeer.Received r : peer.drain(100)) {
						got.merge(r.payload, 1, Integer::sum);
					}
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return got.keySet().containsAll(List.of("p1", "p2", "p3", "p4"));
			}, 3 * WAIT_MS));
			for (PahoPeer.Received r : peer.drain(1000)) {
				got.merge(r.payload, 1, Integer::sum);
			}
			// QoS 1: the three in flight may arrive twice (sent, then resent after the drop); nothing else repeats.
			for (int i = 1; i <= 3; i++) {
				int n = got.get("p" + i);
				assertTrue("p" + i + " delivered " + n + " times: " + got, n >= 1 && n <= 2);
			}
			assertEquals("p4 once: " + got, Integer.valueOf(1), got.get("p4"));
			assertEquals("nothing unexpected: " + got, 4, got.size());
		}
	}

	// ----- helpers ----------------------------------------------------------------------------------------------

	private FaultRelay relay() throws Exception {
		FaultRelay relay = new FaultRelay(port("tls"));
		closeLater(relay);
		return relay;
	}

	private static boolean allDone(EngineDriver d, int[] tokens) {
		for (int t : tokens) {
			if (!d.done.containsKey(t)) {
				return false;
			}
		}
		return true;
	}

	private static Map<String, Integer> count(List<PahoPeer.Received> received) {
		Map<String, Integer> n = new HashMap<>();
		for (PahoPeer.Received r : received) {
			n.merge(r.payload, 1, Integer::sum);
		}
		return n;
	}

	/**
	 * The unchanged firmware on a simulated board with the HiveMQ Cloud tutorial settings ({@code hivemq-cloud}
	 * profile: TLS on 8883, A publishes "hello" to {@code testtopic/1}, {@code testtopic/2} is displayed); its
	 * socket stack routes 8883 to the node's TLS listener (through {@code relay} when given), as a DNS/NAT redirect
	 * would, and SNTP to a local responder.
	 */
	private final class SimulatedBoard implements AutoCloseable {
		final SimBoard board;
		private final SntpResponder sntp;

		SimulatedBoard(String name, FaultRelay relay, String... lines) throws Exception {
			this.sntp = new SntpResponder("127.0.0.1", 0, System::currentTimeMillis);
			String config = String.join("\n", "wifi.ssid = lab", "wifi.passphrase = wifi-pass-0",
					"broker.profile = hivemq-cloud", "broker.host = localhost",
					"broker.ca.resources = " + pki.caResource(), "broker.username = " + USER,
					"broker.password = " + PASSWORD, "broker.client.id = " + unique(name),
					"broker.backoff.base.ms = 200", "broker.backoff.cap.ms = 1000", "display.kind = lcd",
					"time.sntp.servers = 127.0.0.1:" + this.sntp.port(), "time.sntp.timeout.ms = 500",
					String.join("\n", lines), "");
			int target = relay != null ? relay.port() : port("tls");
			Function<Endpoint, Connector> routed = e -> SimBoard.JDK_SOCKETS.apply(new Endpoint(e.host(), target,
					e.tls(), e.caResources(), new String[0], e.verifyHostName(), null, null));
			this.board = new SimBoard(name, 1, config.getBytes(StandardCharsets.UTF_8), routed);
			this.board.start();
		}

		void online() throws InterruptedException {
			assertTrue("ONLINE: errors " + this.board.errors() + "\n" + this.board.transcript() + "\n" + broker.log(),
					this.board.awaitState(BringUpState.ONLINE, 3 * WAIT_MS));
			assertTrue("subscribed", Rigs.waitFor(() -> this.board.subscribed(), WAIT_MS));
		}

		@Override
		public void close() throws Exception {
			this.board.close();
			this.sntp.close();
		}
	}
}
