/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.faults;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.it.MosquittoRig;
import org.mqttboard.it.PahoPeer;
import org.mqttboard.platform.FirmwareVersion;
import org.mqttboard.sim.SntpResponder;

/**
 * Home Assistant MQTT discovery through the real firmware against mosquitto on loopback: a peer subscribed to
 * {@code homeassistant/#} receives, retained, one device trigger per configured press and a display sensor, and checks
 * every field against the schemas Home Assistant documents (device_trigger.mqtt, sensor.mqtt, MQTT discovery); a press
 * then arrives on the advertised topic with the advertised payload; a board with discovery off publishes nothing
 * there.
 */
public class HaDiscoveryTest {

	private static final Set<String> TRIGGER_KEYS = Set.of("automation_type", "type", "subtype", "topic", "payload",
			"device");
	private static final Set<String> SENSOR_KEYS = Set.of("name", "unique_id", "state_topic", "value_template",
			"availability_topic", "payload_available", "payload_not_available", "device");
	private static final Set<String> DEVICE_KEYS = Set.of("identifiers", "name", "model", "manufacturer",
			"sw_version");

	private static MosquittoRig broker;
	private static SntpResponder sntp;
	private static SimBoard on;
	private static SimBoard off;

	@BeforeClass
	public static void start() throws Exception {
		assumeTrue("mosquitto is not installed", MosquittoRig.available());
		broker = MosquittoRig.builder().start();
		sntp = new SntpResponder("127.0.0.1", 0, System::currentTimeMillis);
		on = board("desk board", true);
		off = board("quiet", false);
		on.start();
		off.start();
		for (int i = 0; i < 100 && (on.state() != BringUpState.ONLINE || off.state() != BringUpState.ONLINE); i++) {
			Thread.sleep(100);
		}
	}

	private static SimBoard board(String device, boolean discovery) {
		String node = device.replace(' ', '_');
		String text = String.join("\n",
				"wifi.ssid = lab",
				"wifi.passphrase = " + FaultBench.WIFI_SECRET,
				"broker.host = localhost",
				"broker.port = " + broker.port("plain"),
				"broker.tls = false",
				"broker.client.id = ha-" + node,
				"device.id = " + device,
				"broker.will.topic = mqttboard/" + node + "/status",
				"broker.will.payload = offline",
				"broker.will.retain = true",
				"broker.announce.topic = mqttboard/" + node + "/status",
				"broker.announce.payload = online",
				"button.a.short.topic = " + node + "/button",
				"button.a.short.payload = A pressed",
				"button.a.long.topic = " + node + "/button",
				"button.a.long.payload = {\"n\":${count}}",
				"button.b.short.topic = " + node + "/b",
				"button.b.short.payload = fw ${version}",
				"sub.1.topic = " + node + "/display",
				"sub.1.display = json:msg.text",
				"display.kind = lcd",
				"time.sntp.servers = 127.0.0.1:" + sntp.port(),
				discovery ? "ha.discovery = true" : "", "");
		return new SimBoard("ha-" + node, text, device.hashCode());
	}

	@AfterClass
	public static void stop() throws Exception {
		for (SimBoard b : new SimBoard[] { on, off }) {
			if (b != null) {
				b.close();
			}
		}
		if (sntp != null) {
			sntp.close();
		}
		if (broker != null) {
			broker.close();
		}
	}

	private static Map<String, PahoPeer.Received> discovery() throws Exception {
		Map<String, PahoPeer.Received> byTopic = new LinkedHashMap<>();
		try (PahoPeer peer = new PahoPeer(broker.port("plain"), "ha-peer-" + System.nanoTime(), null, null, true)) {
			peer.subscribe("homeassistant/#", 1);
			for (PahoPeer.Received r : peer.drain(1500)) {
				byTopic.put(r.topic, r);
			}
		}
		return byTopic;
	}

	@Test
	public void everyMessage_isRetained_andHasEveryDocumentedField() throws Exception {
		assertEquals(on.errors().toString(), BringUpState.ONLINE, on.state());
		Map<String, PahoPeer.Received> got = discovery();
		System.out.println("HaDiscoveryTest: " + got.size() + " discovery messages: " + got.keySet());
		String base = "homeassistant/device_automation/desk_board/";
		assertEquals(new TreeSet<>(List.of(base + "button_a_short/config", base + "button_a_long/config",
				base + "button_b_short/config", "homeassistant/sensor/desk_board/display/config")),
				new TreeSet<>(got.keySet()));
		String[][] triggers = { { "button_a_short", "button_short_press", "button_1", "desk_board/button", "A pressed" },
				{ "button_a_long", "button_long_press", "button_1", "desk_board/button", null },
				{ "button_b_short", "button_short_press", "button_2", "desk_board/b", "fw " + FirmwareVersion.VERSION } };
		for (String[] t : triggers) {
			PahoPeer.Received r = got.get(base + t[0] + "/config");
			assertTrue(t[0] + " retained", r.retained);
			Map<String, Object> m = Json.object(r.payload);
			assertTrue(t[0] + ": " + m.keySet(), TRIGGER_KEYS.containsAll(m.keySet()));
			assertEquals("trigger", m.get("automation_type"));
			assertEquals(t[1], m.get("type"));
			assertEquals(t[2], m.get("subtype"));
			assertEquals(t[3], m.get("topic"));
			// A payload that changes per press (${count}) is not advertised: any payload fires the trigger.
			assertEquals(t[0], t[4], m.get("payload"));
			checkDevice(m.get("device"));
		}
		PahoPeer.Received sensor = got.get("homeassistant/sensor/desk_board/display/config");
		assertTrue(sensor.retained);
		Map<String, Object> s = Json.object(sensor.payload);
		assertEquals(SENSOR_KEYS, s.keySet());
		assertEquals("Display", s.get("name"));
		assertEquals("mqttboard_desk_board_display", s.get("unique_id"));
		assertEquals("desk_board/display", s.get("state_topic"));
		assertEquals("{{ value_json.msg.text }}", s.get("value_template"));
		assertEquals("mqttboard/desk_board/status", s.get("availability_topic"));
		assertEquals("online", s.get("payload_available"));
		assertEquals("offline", s.get("payload_not_available"));
		checkDevice(s.get("device"));
	}

	@SuppressWarnings("unchecked")
	private static void checkDevice(Object device) {
		Map<String, Object> d = (Map<String, Object>) device;
		assertEquals(DEVICE_KEYS, d.keySet());
		assertEquals(List.of("mqttboard_desk_board"), d.get("identifiers"));
		assertEquals("desk board", d.get("name"));
		assertEquals("ha-desk_board", d.get("model"));
		assertEquals("mqttboard", d.get("manufacturer"));
		assertEquals(FirmwareVersion.VERSION, d.get("sw_version"));
	}

	@Test
	public void aPress_arrivesOnTheAdvertisedTopic_withTheAdvertisedPayload() throws Exception {
		Map<String, Object> trigger = Json.object(discovery().get(
				"homeassistant/device_automation/desk_board/button_a_short/config").payload);
		try (PahoPeer peer = new PahoPeer(broker.port("plain"), "ha-press-peer", null, null, true)) {
			peer.subscribe((String) trigger.get("topic"), 1);
			on.pressA();
			PahoPeer.Received r = peer.next(5000);
			assertTrue("no press arrived", r != null);
			assertEquals(trigger.get("topic"), r.topic);
			assertEquals(trigger.get("payload"), r.payload);
		}
	}

	@Test
	public void discoveryOff_publishesNothingUnderThePrefix() throws Exception {
		assertEquals(off.errors().toString(), BringUpState.ONLINE, off.state());
		List<String> quiet = new ArrayList<>();
		for (String topic : discovery().keySet()) {
			if (topic.contains("quiet")) {
				quiet.add(topic);
			}
		}
		assertEquals(List.of(), quiet);
	}

	/** A minimal JSON reader for the discovery payloads: objects, arrays and strings (all the schema uses). */
	static final class Json {
		private final String s;
		private int i;

		private Json(String s) {
			this.s = s;
		}

		static Map<String, Object> object(String text) {
			Json j = new Json(text);
			Object o = j.value();
			assertEquals("trailing text in " + text, text.length(), j.i);
			@SuppressWarnings("unchecked")
			Map<String, Object> m = (Map<String, Object>) o;
			return m;
		}

		private Object value() {
			char c = this.s.charAt(this.i);
			if (c == '{') {
				Map<String, Object> m = new LinkedHashMap<>();
				this.i++;
				while (this.s.charAt(this.i) != '}') {
					String key = string();
					expect(':');
					assertTrue("duplicate key " + key, m.put(key, value()) == null);
					if (this.s.charAt(this.i) == ',') {
						this.i++;
					}
				}
				this.i++;
				return m;
			}
			if (c == '[') {
				List<Object> l = new ArrayList<>();
				this.i++;
				while (this.s.charAt(this.i) != ']') {
					l.add(value());
					if (this.s.charAt(this.i) == ',') {
						this.i++;
					}
				}
				this.i++;
				return l;
			}
			return string();
		}

		private void expect(char c) {
			assertEquals("at " + this.i + " of " + this.s, c, this.s.charAt(this.i++));
		}

		private String string() {
			expect('"');
			StringBuilder b = new StringBuilder();
			for (char c = this.s.charAt(this.i++); c != '"'; c = this.s.charAt(this.i++)) {
				if (c == '\\') {
					char e = this.s.charAt(this.i++);
					if (e == 'u') {
						b.append((char) Integer.parseInt(this.s.substring(this.i, this.i + 4), 16));
						this.i += 4;
					} else {
						b.append(e == 'n' ? '\n' : e);
					}
				} else {
					b.append(c);
				}
			}
			return b.toString();
		}
	}
}
