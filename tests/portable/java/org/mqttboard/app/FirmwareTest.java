/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.Before;
import org.junit.Test;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.app.display.Font5x5;
import org.mqttboard.mqtt.codec.AckCodec;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.Endpoint;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.Display;
import org.mqttboard.platform.Network;
import org.mqttboard.testkit.FakeClock;
import org.mqttboard.testkit.ScriptedBroker;
import org.mqttboard.testkit.ScriptedConnector;
import org.mqttboard.testkit.ScriptedTransport;
import org.mqttboard.testkit.app.FakeButtons;
import org.mqttboard.testkit.app.FakeTimeSync;
import org.mqttboard.testkit.app.FakeWifi;
import org.mqttboard.testkit.app.RecordingDisplay;
import org.mqttboard.testkit.app.RecordingLog;
import org.mqttboard.testkit.app.StringConfigSource;
import org.mqttboard.testkit.app.Texts;

/** The whole firmware on a fake board against a scripted broker: bring-up, buttons, display, recovery. */
public class FirmwareTest {

	private static final String TUTORIAL = "wifi.ssid = lab\n"
			+ "wifi.passphrase = wifi-secret-1\n"
			+ "wifi.security = WPA2\n"
			+ "broker.profile = generic\n"
			+ "broker.host = broker.example\n"
			+ "broker.port = 1883\n"
			+ "broker.tls = false\n"
			+ "broker.client.id = board-1\n"
			+ "button.a.short.topic = testtopic/1\n"
			+ "button.a.short.payload = hello\n"
			+ "button.a.long.topic = testtopic/1\n"
			+ "button.a.long.payload = {\"button\":\"${button}\",\"count\":${count}}\n"
			+ "button.a.long.qos = 1\n"
			+ "sub.1.topic = testtopic/2\n"
			+ "sub.1.display = number\n";

	private FakeClock clock;
	private FakeWifi wifi;
	private ScriptedConnector connector;
	private ScriptedTransport transport;
	private ScriptedBroker broker;
	private FakeButtons buttons;
	private RecordingDisplay display;
	private RecordingLog log;
	private FakeTimeSync time;
	private final List<String> events = new ArrayList<String>();
	private Firmware firmware;

	@Before
	public void setUp() {
		this.clock = new FakeClock(10000);
		this.wifi = new FakeWifi();
		this.connector = new ScriptedConnector();
		newLink();
		this.buttons = new FakeButtons(2);
		this.display = new RecordingDisplay(Display.KIND_MATRIX_5X5, 5);
		this.log = new RecordingLog();
		this.time = new FakeTimeSync();
	}

	private void newLink() {
		this.transport = new ScriptedTransport();
		this.broker = new ScriptedBroker(this.transport);
		this.connector.willReturn(this.transport);
	}

	private Firmware boot(String properties) {
		Network network = new Network() {
			@Override
			public Connector connector(Endpoint endpoint) {
				return FirmwareTest.this.connector;
			}
		};
		Board board = new Board("test-board", this.clock, this.wifi, network, this.buttons, this.display, this.log,
				new StringConfigSource(properties));
		this.firmware = new Firmware(board, new FirmwareObserver() {
			@Override
			public void onState(int state, String name) {
				FirmwareTest.this.events.add("STATE " + name);
			}

			@Override
			public void onError(int error, String code, String message) {
				FirmwareTest.this.events.add("ERROR " + code + " " + message);
			}

			@Override
			public void onPublished(String topic, byte[] payload, int length, boolean queued) {
				FirmwareTest.this.events.add("PUBLISHED " + topic + " " + text(payload, 0, length)
						+ (queued ? " (queued)" : ""));
			}

			@Override
			public void onReceived(byte[] buf, int topicOff, int topicLen, int payloadOff, int payloadLen) {
				FirmwareTest.this.events.add("RECEIVED " + text(buf, topicOff, topicLen) + " "
						+ text(buf, payloadOff, payloadLen));
			}

			@Override
			public void onDisplay(String text) {
				FirmwareTest.this.events.add("DISPLAY " + text);
			}
		}, new Random(99), this.time);
		return this.firmware;
	}

	private static String text(byte[] b, int off, int len) {
		try {
			return new String(b, off, len, "UTF-8");
		} catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Runs the loop on fake time, the broker answering in between, for a bounded number of passes. */
	private void run(int passes, long maxStepMillis) {
		for (int i = 0; i < passes; i++) {
			long now = this.clock.monotonicMillis();
			long next = this.firmware.runOnce(now);
			this.broker.pump();
			long step = Math.min(next - now, maxStepMillis);
			if (step > 0) {
				this.clock.advance(step);
			}
		}
	}

	private void runUntil(int state) {
		for (int i = 0; i < 500 && this.firmware.state() != state; i++) {
			run(1, 1000);
		}
		assertEquals(BringUpState.name(state), BringUpState.name(this.firmware.state()));
	}

	@Test
	public void boot_printsTheBannerWithTheFirmwareVersion_andTheLedPlaysOnline() {
		boot(TUTORIAL);
		assertTrue(this.log.lines.toString(), this.log.contains("mqttboard "
				+ org.mqttboard.platform.FirmwareVersion.VERSION + " on test-board"));
		runUntil(BringUpState.ONLINE);
		run(5, 10);
		assertTrue(this.display.leds.toString(), !this.display.leds.isEmpty() && this.display.leds
				.get(this.display.leds.size() - 1).intValue() == org.mqttboard.platform.Display.LED_GREEN);
	}

	@Test
	public void tutorialFlow_bringsUpThenPublishesHelloAndShowsTwo() {
		boot(TUTORIAL);
		runUntil(BringUpState.ONLINE);
		run(5, 10);
		assertTrue(Texts.join(this.events), Texts.has(Texts.join(this.events), "STATE BOOT|STATE CONFIG|"
				+ "STATE WIFI_JOIN|STATE NETWORK_UP|STATE TIME_SYNC|STATE BROKER_CONNECT|STATE ONLINE"));
		assertEquals(1, this.broker.count(PacketType.CONNECT));
		assertEquals(1, this.broker.count(PacketType.SUBSCRIBE));
		assertTrue(this.buttons.hasListener());
		assertEquals("board-1", text(this.broker.clientId, 0, this.broker.clientIdLen));

		this.buttons.press(0, this.clock.monotonicMillis(), 100);
		run(5, 50);
		assertEquals(1, this.broker.count(PacketType.PUBLISH));
		assertEquals("hello", text(this.broker.lastPayload, 0, this.broker.lastPayloadLen));
		assertTrue(Texts.has(this.events, "PUBLISHED testtopic/1 hello"));

		this.broker.sendPublish(bytes("testtopic/2"), bytes("2"), 0, false, false, 0);
		run(5, 10);
		assertEquals(Font5x5.glyph('2'), this.display.lastFrame());
		assertTrue(Texts.has(this.events, "RECEIVED testtopic/2 2"));
		assertTrue(Texts.has(this.events, "DISPLAY 2"));
		assertEquals("ONLINE", this.display.lastStatus());
	}

	@Test
	public void longPress_publishesJsonTemplateAtQos1() {
		boot(TUTORIAL);
		runUntil(BringUpState.ONLINE);
		this.buttons.press(0, this.clock.monotonicMillis(), 1500);
		run(40, 50);
		assertEquals(1, this.broker.count(PacketType.PUBLISH));
		assertEquals(1, this.broker.lastQos);
		assertEquals("{\"button\":\"A\",\"count\":1}", text(this.broker.lastPayload, 0, this.broker.lastPayloadLen));
	}

	@Test
	public void offlineQos1Press_isQueuedAndDeliveredOnceAfterWifiReturns() {
		boot(TUTORIAL);
		runUntil(BringUpState.ONLINE);
		this.wifi.answerJoins(org.mqttboard.platform.WifiRadio.JOIN_TIMEOUT);
		this.wifi.loseLink();
		run(3, 10);
		assertEquals(BringUpState.WIFI_JOIN, this.firmware.state());
		assertTrue(this.transport.closedByClient());
		this.buttons.press(0, this.clock.monotonicMillis(), 1500); // long press: QoS 1
		this.buttons.press(0, this.clock.monotonicMillis() + 2000, 100); // short press: QoS 0, dropped offline
		run(60, 100);
		assertTrue(Texts.join(this.events),
				Texts.has(this.events, "PUBLISHED testtopic/1 {\"button\":\"A\",\"count\":1} (queued)"));
		assertTrue(this.log.contains("use QoS 1"));
		newLink();
		this.wifi.answerJoins(org.mqttboard.platform.WifiRadio.JOIN_OK);
		runUntil(BringUpState.ONLINE);
		run(20, 10);
		assertEquals(1, this.broker.count(PacketType.PUBLISH));
		assertEquals("{\"button\":\"A\",\"count\":1}", text(this.broker.lastPayload, 0, this.broker.lastPayloadLen));
		run(20, 100);
		assertEquals(1, this.broker.count(PacketType.PUBLISH));
	}

	@Test
	public void brokerRefusingCredentials_showsErrAuthAndWaitsLong() {
		boot(TUTORIAL);
		this.broker.refuseConnects(AckCodec.REFUSED_NOT_AUTHORIZED);
		runUntil(BringUpState.BROKER_CONNECT);
		run(10, 10);
		assertEquals("ERR AUTH", this.display.lastStatus());
		int opens = this.connector.opens();
		run(50, 1000);
		assertEquals("no retry within 50 s of a refusal", opens, this.connector.opens());
	}

	@Test
	public void invalidConfiguration_reportsEachProblemOnce_andStaysHalted() {
		// Two problems: a missing host and a missing SSID.
		boot("wifi.passphrase = correct horse battery\nbroker.ca.resources = /c.pem\n");
		run(10, 1000);
		List<String> errors = new ArrayList<String>();
		for (String e : this.events) {
			if (e.startsWith("ERROR ")) {
				errors.add(e.substring(6, e.indexOf(' ', 6)));
			}
		}
		assertEquals("CONFIG|CONFIG", Texts.join(errors));
		assertEquals("STATE BOOT", this.events.get(0));
		assertEquals("STATE CONFIG", this.events.get(1));
		assertTrue(this.events.get(2).startsWith("ERROR CONFIG "));
		assertEquals("ERR CONFIG", this.display.lastStatus());
		assertEquals(0, this.connector.opens());
		this.firmware.runOnce(this.clock.monotonicMillis() + 100000);
		assertEquals(BringUpState.HALTED, this.firmware.state());
	}

	@Test
	public void invalidConfiguration_haltsWithEveryProblemAndNoSecret() {
		boot("wifi.passphrase = wifi-secret-1\nbroker.port = 99999\nbroker.password = broker-secret-2\n");
		run(10, 1000);
		assertEquals(BringUpState.HALTED, this.firmware.state());
		assertNull("no MQTT session when halted", this.firmware.counters());
		assertEquals("ERR CONFIG", this.display.lastStatus());
		int errors = 0;
		for (String e : this.events) {
			assertFalse(e, Texts.has(e, "wifi-secret-1") || Texts.has(e, "broker-secret-2"));
			if (e.startsWith("ERROR CONFIG")) {
				errors++;
			}
		}
		assertTrue(this.events.toString(), errors >= 2);
		assertFalse(Texts.has(this.log.all(), "broker-secret-2"));
		assertEquals(0, this.wifi.joins());
		assertFalse("buttons are not registered when halted", this.buttons.hasListener());
		assertTrue("the error summary scrolls on the matrix", this.display.frames.size() > 5);
	}

	@Test
	public void invalidConfiguration_showsTheShortSummaryOnAnLcd() {
		this.display = new RecordingDisplay(Display.KIND_LCD, 16);
		boot("broker.port = 99999\n");
		run(3, 1000);
		assertTrue(this.display.lastText(), this.display.lastText().startsWith("CFG "));
		assertTrue(this.display.lastText().length() <= 16);
	}

	@Test
	public void shutdown_sendsDisconnectSoTheBrokerDropsTheWill() {
		boot(TUTORIAL);
		runUntil(BringUpState.ONLINE);
		this.firmware.shutdown(this.clock.monotonicMillis());
		this.broker.pump();
		assertEquals(1, this.broker.count(PacketType.DISCONNECT));
		assertTrue(this.transport.closedByClient());
	}

	@Test
	public void displayKindSerial_sendsMessagesToTheConsole_onAMatrixBoard() {
		boot(TUTORIAL + "display.kind = serial\n");
		runUntil(BringUpState.ONLINE);
		this.broker.sendPublish(bytes("testtopic/2"), bytes("42"), 0, false, false, 0);
		run(5, 10);
		assertTrue(this.log.all(), this.log.contains("DISPLAY 42"));
		assertEquals(-1, this.display.lastFrame());
	}

	@Test
	public void announce_isPublishedOnEveryConnect() {
		boot(TUTORIAL + "broker.announce.topic = outTopic\nbroker.announce.payload = hello world\n");
		runUntil(BringUpState.ONLINE);
		run(5, 10);
		assertEquals(1, this.broker.count(PacketType.PUBLISH));
		assertEquals("hello world", text(this.broker.lastPayload, 0, this.broker.lastPayloadLen));
		assertTrue(Texts.has(this.events, "PUBLISHED outTopic hello world"));
	}

	@Test
	public void run_returnsAfterStopFromAnotherThread() throws InterruptedException {
		boot(TUTORIAL);
		final boolean[] returned = new boolean[1];
		Thread loop = new Thread(new Runnable() {
			@Override
			public void run() {
				FirmwareTest.this.firmware.run();
				synchronized (returned) {
					returned[0] = true;
				}
			}
		});
		loop.start();
		Thread.sleep(50);
		this.firmware.stop();
		for (int i = 0; i < 500 && !isSet(returned); i++) {
			Thread.sleep(10);
		}
		assertTrue("run() returned after stop()", isSet(returned));
	}

	private static boolean isSet(boolean[] flag) {
		synchronized (flag) {
			return flag[0];
		}
	}

	private static byte[] bytes(String s) {
		try {
			return s.getBytes("UTF-8");
		} catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}
}
