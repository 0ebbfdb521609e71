/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.faults.SimBoard;
import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.Endpoint;
import org.mqttboard.sim.SntpResponder;

/**
 * HOST-ONLY: every cloud profile end to end. The real {@code Firmware} runs on the
 * simulator's board ports ({@link SimBoard}) with a configuration file that uses the profile's own keys and
 * defaults; only {@code broker.host} (→ {@code localhost}) and {@code broker.ca.resources} (→ the test CA) are
 * pointed at a local mosquitto configured as the cloud would be: its password file holds exactly the identity the
 * cloud expects. Ports stay the profile's defaults (8883/1883); the board's socket stack routes them to the
 * rig's ephemeral loopback ports, as a DNS/NAT redirect would, because {@code hivemq-cloud} rightly refuses any
 * port but 8883. Each flow checks the identity the broker saw (its connection log), the button topic and JSON
 * shape at an independent Paho peer, the display of a peer message, and a refused case gives {@code AUTH}.
 * <p>
 * IoTDA flows run with an SNTP responder serving 2025-04-14 01:30 UTC (advancing), so the device password is
 * Huawei's published vector (secret {@code 12345678}, hour {@code 2025041401}). TLS validity is checked by the
 * JDK against the host clock, so the test certificates stay valid.
 */
public class ProfileFlowsTest {

	private static final long ONLINE_MS = 10_000;
	private static final long WAIT_MS = 5_000;
	/** 2025-04-14T01:30:00Z: inside the hour of Huawei's worked example. */
	private static final long IOTDA_EPOCH = Instant.parse("2025-04-14T01:30:00Z").toEpochMilli();
	/** Huawei's worked example (iot_06_v5_3009): HMAC-SHA256(key = "2025041401", message = "12345678"). */
	private static final String IOTDA_VECTOR = "c75150e6cb841417396819e4d2ee4358a416344a03a083e3a8567074ddec820a";
	private static final String PEER_USER = "peer";
	private static final String PEER_PASSWORD = "peer-pw-9";

	private static TestPki pki;

	@BeforeClass
	public static void pki() throws Exception {
		assumeTrue("mosquitto package not installed", MosquittoRig.available());
		pki = TestPki.create();
	}

	@AfterClass
	public static void deletePki() {
		if (pki != null) {
			pki.delete();
		}
	}

	// ------------------------------------------------------------------ hivemq-cloud

	@Test
	public void hivemqCloud_tlsWithAccessCredential_publishesHello_andShowsTestTopic2() throws Exception {
		try (MosquittoRig rig = tlsRig("hive-user", "hive-secret-1"); Flow flow = new Flow(rig, false)) {
			SimBoard board = flow.boot("hivemq", "broker.profile = hivemq-cloud",
					"broker.username = hive-user", "broker.password = hive-secret-1");
			flow.online(board);
			assertTrue(rig.log(), rig.log().contains("u'hive-user'"));
			flow.pressAndExpect(board, "testtopic/1", "hello");
			flow.showAndExpect(board, "testtopic/2", "2", "2");
			assertNoSecret(board, "hive-secret-1");
		}
	}

	@Test
	public void hivemqCloud_wrongPassword_isRefusedWithAuth() throws Exception {
		try (MosquittoRig rig = tlsRig("hive-user", "hive-secret-1"); Flow flow = new Flow(rig, false)) {
			SimBoard board = flow.boot("hivemq-bad", "broker.profile = hivemq-cloud",
					"broker.username = hive-user", "broker.password = hive-wrong-1");
			flow.refused(board);
			assertNoSecret(board, "hive-wrong-1");
		}
	}

	// ------------------------------------------------------------------ ameba-cloud

	@Test
	public void amebaCloud_deviceNameAndWebsiteLogin_publishesHelloWorld_andShowsInTopic() throws Exception {
		try (MosquittoRig rig = plainRig("demo-user", "ameba-secret-4"); Flow flow = new Flow(rig, false)) {
			SimBoard board = flow.boot("ameba", "broker.profile = ameba-cloud", "broker.allow.insecure = true",
					"broker.client.id = amb82-demo", "broker.username = demo-user",
					"broker.password = ameba-secret-4");
			flow.online(board);
			assertTrue(rig.log(), rig.log().contains("as amb82-demo ") && rig.log().contains("u'demo-user'"));
			flow.pressAndExpect(board, "outTopic", "hello world");
			flow.showAndExpect(board, "inTopic", "7", "7");
			assertNoSecret(board, "ameba-secret-4");
		}
	}

	@Test
	public void amebaCloud_wrongWebsitePassword_isRefusedWithAuth() throws Exception {
		try (MosquittoRig rig = plainRig("demo-user", "ameba-secret-4"); Flow flow = new Flow(rig, false)) {
			SimBoard board = flow.boot("ameba-bad", "broker.profile = ameba-cloud", "broker.allow.insecure = true",
					"broker.client.id = amb82-demo", "broker.username = demo-user",
					"broker.password = ameba-wrong-4");
			flow.refused(board);
		}
	}

	// ------------------------------------------------------------------ sensoro

	private static final String APP_ID = "a1b2c3d4e5f6";
	private static final String SENSORO_CLIENT = APP_ID + "/0f8fad5b-d9cb-469f-a165-70867728950e";

	@Test
	public void sensoro_appIdAndSecret_subscribesToItsFeed_showsTemperature_andNeverPublishes() throws Exception {
		try (MosquittoRig rig = plainRig(APP_ID, "sensoro-secret-2"); Flow flow = new Flow(rig, false)) {
			SimBoard board = flow.boot("sensoro", "broker.profile = sensoro", "broker.allow.insecure = true",
					"broker.username = " + APP_ID, "broker.password = sensoro-secret-2",
					"broker.client.id = " + SENSORO_CLIENT);
			flow.online(board);
			// The broker saw client id <AppID>/<UUID>, user name = AppID.
			assertTrue(rig.log(), rig.log().contains("as " + SENSORO_CLIENT + " ") && rig.log().contains(
					"u'" + APP_ID + "'"));
			// SENSORO pushes the Webhook JSON on users/<AppID>/devices; the profile shows data.temperature.
			flow.showAndExpect(board, "users/" + APP_ID + "/devices", "{\"appId\":\"" + APP_ID
					+ "\",\"sn\":\"10310117C5A4DAE1\",\"type\":\"sensor\",\"data\":{\"battery\":98,"
					+ "\"temperature\":23.5,\"humidity\":41}}", "23.5");
			// Consumer-only endpoint: button A has no publish action, nothing reaches the broker.
			flow.peer.subscribe("#", 1);
			board.pressA();
			assertNull("SENSORO profile published", flow.peer.next(1_000));
			assertNoSecret(board, "sensoro-secret-2");
		}
	}

	@Test
	public void sensoro_wrongAppSecret_isRefusedWithAuth() throws Exception {
		try (MosquittoRig rig = plainRig(APP_ID, "sensoro-secret-2"); Flow flow = new Flow(rig, false)) {
			SimBoard board = flow.boot("sensoro-bad", "broker.profile = sensoro", "broker.allow.insecure = true",
					"broker.username = " + APP_ID, "broker.password = sensoro-wrong-2");
			flow.refused(board);
		}
	}

	// ------------------------------------------------------------------ thinger

	@Test
	public void thinger_accountDeviceAndCredential_overTls_publishesJson_andShowsDownlink() throws Exception {
		try (MosquittoRig rig = tlsRig("acme", "thinger-cred-3"); Flow flow = new Flow(rig, false)) {
			SimBoard board = flow.boot("thinger", "broker.profile = thinger", "broker.username = acme",
					"broker.client.id = board-01", "broker.password = thinger-cred-3",
					"button.a.short.topic = board-01/button",
					"button.a.short.payload = {\"button\":\"${button}\",\"count\":${count}}",
					"sub.1.topic = board-01/display", "sub.1.display = text");
			flow.online(board);
			assertTrue(rig.log(), rig.log().contains("as board-01 ") && rig.log().contains("u'acme'"));
			String json = flow.pressAndExpect(board, "board-01/button", null);
			assertTrue(json, json.matches("\\{\"button\":\"[^\"]+\",\"count\":1\\}"));
			flow.showAndExpect(board, "board-01/display", "Hi", "Hi");
			assertNoSecret(board, "thinger-cred-3");
		}
	}

	@Test
	public void thinger_wrongDeviceCredential_isRefusedWithAuth() throws Exception {
		try (MosquittoRig rig = tlsRig("acme", "thinger-cred-3"); Flow flow = new Flow(rig, false)) {
			SimBoard board = flow.boot("thinger-bad", "broker.profile = thinger", "broker.username = acme",
					"broker.client.id = board-01", "broker.password = thinger-wrong-3",
					"button.a.short.topic = board-01/button", "button.a.short.payload = {\"n\":${count}}");
			flow.refused(board);
		}
	}

	// ------------------------------------------------------------------ iotda-device

	private static final String DEVICE_ID = "5f8a9b_board01";

	@Test
	public void iotdaDevice_derivedHourIdentity_publishesToSysMessagesUp_andShowsContentOfDown() throws Exception {
		String password = hmacHex("2025041401", "12345678");
		assertEquals("independent HMAC reproduces Huawei's vector", IOTDA_VECTOR, password);
		try (MosquittoRig rig = tlsRig(DEVICE_ID, password); Flow flow = new Flow(rig, true)) {
			SimBoard board = flow.boot("iotda-dev", "broker.profile = iotda-device", "broker.username = " + DEVICE_ID,
					"broker.password = 12345678");
			flow.online(board);
			// [iot_06_v5_3009] ClientId = <device_id>_0_<sign type>_<UTC hour>, Username = device_id.
			assertTrue(rig.log(), rig.log().contains("as " + DEVICE_ID + "_0_1_2025041401 ")
					&& rig.log().contains("u'" + DEVICE_ID + "'"));
			String json = flow.pressAndExpect(board, "$oc/devices/" + DEVICE_ID + "/sys/messages/up", null);
			assertTrue(json, json.matches("\\{\"button\":\"[^\"]+\",\"press\":\"[^\"]+\",\"count\":1\\}"));
			flow.showAndExpect(board, "$oc/devices/" + DEVICE_ID + "/sys/messages/down",
					"{\"object_device_id\":\"" + DEVICE_ID + "\",\"name\":\"cmd\",\"id\":\"m-1\",\"content\":\"OPEN\"}",
					"OPEN");
			assertNoSecret(board, "12345678");
			assertNoSecret(board, password);
		}
	}

	@Test
	public void iotdaDevice_wrongSecret_isRefusedWithAuth() throws Exception {
		try (MosquittoRig rig = tlsRig(DEVICE_ID, IOTDA_VECTOR); Flow flow = new Flow(rig, true)) {
			SimBoard board = flow.boot("iotda-dev-bad", "broker.profile = iotda-device",
					"broker.username = " + DEVICE_ID, "broker.password = 87654321");
			flow.refused(board);
		}
	}

	@Test
	public void iotdaDevice_signTypeZero_carriesTheHourUnchecked_inClientIdAndPassword() throws Exception {
		// Sign type 0: the hour is still carried (client id and HMAC key) but the cloud does not check it.
		try (MosquittoRig rig = tlsRig(DEVICE_ID, IOTDA_VECTOR); Flow flow = new Flow(rig, true)) {
			SimBoard board = flow.boot("iotda-dev-0", "broker.profile = iotda-device",
					"broker.username = " + DEVICE_ID, "broker.password = 12345678", "broker.iotda.sign.type = 0");
			flow.online(board);
			assertTrue(rig.log(), rig.log().contains("as " + DEVICE_ID + "_0_0_2025041401 "));
		}
	}

	// ------------------------------------------------------------------ iotda-app

	private static final Pattern APP_USER = Pattern.compile(
			"as AK7Q2 \\(p2, [^)]*u'accessKey=AK7Q2\\|timestamp=(\\d{13})\\|instanceId=inst-42'\\)");

	@Test
	public void iotdaApp_accessKeyUserNameWithTimestamp_receivesPushOnly_andShowsServiceProperty() throws Exception {
		// The user name changes on every connect, so this broker accepts any identity (no password file) and the
		// test checks what the board sent from the broker's own connection log.
		try (MosquittoRig rig = MosquittoRig.builder().tls("tls", pki.server).start();
				Flow flow = new Flow(rig, true)) {
			SimBoard board = flow.boot("iotda-app", "broker.profile = iotda-app", "broker.iotda.access.key = AK7Q2",
					"broker.iotda.instance.id = inst-42", "broker.password = access-code-5",
					"sub.1.topic = mqttboard/push/1",
					"sub.1.display = json:notify_data.body.services.0.properties.level");
			flow.online(board);
			long simulatedNow = flow.utcNow();
			Matcher m = APP_USER.matcher(rig.log());
			assertTrue("MQTT 3.1.1 (p2), client id = AK, derived user name:\n" + rig.log(), m.find());
			long stamp = Long.parseLong(m.group(1));
			assertTrue("timestamp " + stamp + " within 5 min of the board's UTC " + simulatedNow,
					Math.abs(simulatedNow - stamp) < 5 * 60_000);
			flow.showAndExpect(board, "mqttboard/push/1", "{\"resource\":\"device.property\",\"event\":\"report\","
					+ "\"notify_data\":{\"header\":{\"device_id\":\"" + DEVICE_ID + "\"},\"body\":{\"services\":"
					+ "[{\"service_id\":\"tank\",\"properties\":{\"level\":77}}]}}}", "77");
			// Subscribe-only: button A publishes nothing.
			flow.peer.subscribe("#", 0);
			board.pressA();
			assertNull("iotda-app published", flow.peer.next(1_000));
			assertNoSecret(board, "access-code-5");
		}
	}

	@Test
	public void iotdaApp_unknownAccessKey_isRefusedWithAuth() throws Exception {
		// A broker that knows only the peer: the board's access key is not a credential there (CONNACK 5).
		try (MosquittoRig rig = MosquittoRig.builder().tls("tls", pki.server).allowAnonymous(false)
				.user(PEER_USER, PEER_PASSWORD).start(); Flow flow = new Flow(rig, true)) {
			SimBoard board = flow.boot("iotda-app-bad", "broker.profile = iotda-app",
					"broker.iotda.access.key = AK7Q2", "broker.password = access-code-5",
					"sub.1.topic = mqttboard/push/1", "sub.1.display = text");
			flow.refused(board);
			assertNoSecret(board, "access-code-5");
		}
	}

	// ------------------------------------------------------------------ helpers

	private static MosquittoRig tlsRig(String user, String password) throws Exception {
		return MosquittoRig.builder().tls("tls", pki.server).allowAnonymous(false).user(user, password)
				.user(PEER_USER, PEER_PASSWORD).start();
	}

	private static MosquittoRig plainRig(String user, String password) throws Exception {
		return MosquittoRig.builder().allowAnonymous(false).user(user, password).user(PEER_USER, PEER_PASSWORD)
				.start();
	}

	private static void assertNoSecret(SimBoard board, String secret) {
		for (String line : board.transcript()) {
			assertFalse("secret in: " + line, line.contains(secret));
		}
	}

	private static String hmacHex(String key, String message) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		StringBuilder hex = new StringBuilder();
		for (byte b : mac.doFinal(message.getBytes(StandardCharsets.UTF_8))) {
			hex.append(String.format("%02x", b));
		}
		return hex.toString();
	}

	private static boolean waitFor(BooleanSupplier condition, long millis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() >= deadline) {
				return false;
			}
			Thread.sleep(20);
		}
		return true;
	}

	/**
	 * One flow: SNTP responder, the peer on the rig's plain listener, the board with its socket stack routing the
	 * profile's ports (8883 → the rig's TLS listener, 1883 → its plain listener) on loopback.
	 */
	private static final class Flow implements AutoCloseable {
		private final MosquittoRig rig;
		private final SntpResponder sntp;
		private final long started = System.currentTimeMillis();
		private final long epoch;
		private PahoPeer peer;
		private SimBoard board;

		Flow(MosquittoRig rig, boolean iotdaClock) throws Exception {
			this.rig = rig;
			this.epoch = iotdaClock ? IOTDA_EPOCH : this.started;
			this.sntp = new SntpResponder("127.0.0.1", 0, this::utcNow);
		}

		long utcNow() {
			return this.epoch + (System.currentTimeMillis() - this.started);
		}

		SimBoard boot(String name, String... profileLines) throws Exception {
			String config = String.join("\n", "wifi.ssid = lab", "wifi.passphrase = wifi-pass-0",
					"broker.host = localhost", "broker.ca.resources = " + pki.caResource(),
					"broker.backoff.base.ms = 200", "broker.backoff.cap.ms = 1000", "display.kind = lcd",
					"time.sntp.servers = 127.0.0.1:" + this.sntp.port(), "time.sntp.timeout.ms = 500",
					String.join("\n", profileLines), "");
			this.peer = new PahoPeer(this.rig.port("plain"), "peer-" + name, PEER_USER, PEER_PASSWORD, true);
			Function<Endpoint, Connector> routed = e -> SimBoard.JDK_SOCKETS.apply(new Endpoint(e.host(),
					this.rig.port(e.tls() ? "tls" : "plain"), e.tls(), e.caResources(), new String[0],
					e.verifyHostName(), null, null));
			this.board = new SimBoard(name, 1, config.getBytes(StandardCharsets.UTF_8), routed);
			this.board.start();
			return this.board;
		}

		void online(SimBoard b) throws InterruptedException {
			assertTrue("ONLINE: errors " + b.errors() + "\n" + b.transcript() + "\n" + this.rig.log(),
					b.awaitState(BringUpState.ONLINE, ONLINE_MS));
			assertTrue("subscribed", waitFor(() -> b.subscribed(), WAIT_MS));
		}

		/** Presses A; the peer must get one message on {@code topic} (and {@code payload} when not null). */
		String pressAndExpect(SimBoard b, String topic, String payload) throws Exception {
			this.peer.subscribe(topic, 1);
			b.pressA();
			PahoPeer.Received r = this.peer.next(WAIT_MS);
			assertNotNull("nothing on " + topic + "\n" + b.transcript(), r);
			assertEquals(topic, r.topic);
			if (payload != null) {
				assertEquals(payload, r.payload);
			}
			return r.payload;
		}

		/** The peer publishes {@code payload} on {@code topic}; the board must display {@code shown}. */
		void showAndExpect(SimBoard b, String topic, String payload, String shown) throws Exception {
			this.peer.publish(topic, payload, 0, false);
			assertTrue("display " + shown + ": " + b.shown() + "\n" + b.transcript(),
					waitFor(() -> b.shown().contains(shown), WAIT_MS));
		}

		void refused(SimBoard b) throws InterruptedException {
			assertTrue("AUTH error: " + b.errors() + "\n" + b.transcript(),
					waitFor(() -> b.errors().stream().anyMatch(e -> e.startsWith("AUTH ")), ONLINE_MS));
			assertFalse("never ONLINE", b.transcript().contains("STATE ONLINE"));
		}

		@Override
		public void close() throws Exception {
			if (this.board != null) {
				this.board.close();
			}
			if (this.peer != null) {
				this.peer.close();
			}
			this.sntp.close();
		}
	}
}
