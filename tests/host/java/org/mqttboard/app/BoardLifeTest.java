/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.Test;
import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.app.store.AtomicFile;
import org.mqttboard.app.store.StoredConfigSource;
import org.mqttboard.mqtt.transport.NativeTlsPolicy;
import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.platform.Board;
import org.mqttboard.platform.ButtonInput;
import org.mqttboard.platform.ButtonListener;
import org.mqttboard.platform.ConfigSource;
import org.mqttboard.platform.Display;
import org.mqttboard.sim.Events;
import org.mqttboard.sim.FirmwareProgram;
import org.mqttboard.sim.SimClock;
import org.mqttboard.testkit.app.FakeWifi;
import org.mqttboard.testkit.app.RecordingDisplay;
import org.mqttboard.testkit.app.RecordingLog;
import org.mqttboard.testkit.setup.FakeAccessPoint;
import org.mqttboard.testkit.setup.PowerCutStorage;

/**
 * The board's life: a refused configuration is reported and then opens setup mode; button A held through boot opens
 * setup mode before any firmware is built; with A up and a usable configuration, normal mode starts and setup mode is
 * never built. Real time (the boot hold waits), loopback server socket, bounded waits.
 */
public class BoardLifeTest {

	private static final String VALID = "wifi.ssid = lab\nwifi.passphrase = lab-pass-123\nbroker.host = 127.0.0.1\n"
			+ "broker.port = 1\nbroker.tls = false\ntime.sntp.servers = 127.0.0.1:9\ntime.sntp.timeout.ms = 500\n";

	private final SimClock clock = new SimClock();
	private final RecordingLog log = new RecordingLog();
	private final Events events = new Events();
	private final FakeAccessPoint radio = new FakeAccessPoint(new byte[] { 1, 2, 3, 4, 0x5e, 0x7a }, "127.0.0.1");
	private final PowerCutStorage storage = new PowerCutStorage();
	private final Buttons buttons = new Buttons();
	private int listens;

	@Test(timeout = 30000)
	public void refusedConfiguration_isReported_thenSetupModeServes() throws Exception {
		ConfigSource none = new StoredConfigSource(new AtomicFile(this.storage, BoardLife.CONFIG_FILE), "/no/such");
		BoardLife life = life(none, 0);
		CompletableFuture<Void> run = CompletableFuture.runAsync(life::run);
		awaitLog("SETUP: join Wi-Fi mqttboard-5e7a with passphrase ");
		assertTrue(String.valueOf(this.events.last(Events.STATE)), state("HALTED"));
		assertEquals("mqttboard-5e7a", this.radio.openedSsid);
		assertNull("no firmware while setup mode runs", life.firmware());
		life.stop();
		run.get(5, TimeUnit.SECONDS);
		assertEquals(1, this.radio.stops);
	}

	@Test(timeout = 30000)
	public void buttonAHeldThroughBoot_opensSetupMode_beforeAnyFirmware() throws Exception {
		this.storage.put(BoardLife.CONFIG_FILE, VALID.getBytes("UTF-8"));
		ConfigSource stored = new StoredConfigSource(new AtomicFile(this.storage, BoardLife.CONFIG_FILE), "/no/such");
		BoardLife life = life(stored, 200);
		this.buttons.listener.onEdge(0, true, this.clock.monotonicMillis());
		CompletableFuture<Void> run = CompletableFuture.runAsync(life::run);
		awaitLog("SETUP: join Wi-Fi ");
		assertTrue(this.log.all(), this.log.contains("button A held through boot: setup mode"));
		assertEquals("no firmware state before setup mode", 0, this.events.size());
		life.stop();
		run.get(5, TimeUnit.SECONDS);
	}

	@Test(timeout = 30000)
	public void buttonAUp_usableConfiguration_runsNormalMode_andBuildsNoSetupMode() throws Exception {
		this.storage.put(BoardLife.CONFIG_FILE, VALID.getBytes("UTF-8"));
		ConfigSource stored = new StoredConfigSource(new AtomicFile(this.storage, BoardLife.CONFIG_FILE), "/no/such");
		BoardLife life = life(stored, 200);
		CompletableFuture<Void> run = CompletableFuture.runAsync(life::run);
		assertTrue(String.valueOf(this.events.last(Events.STATE)), this.events.await(0,
				e -> e.kind().equals(Events.STATE) && e.first().equals("WIFI_JOIN"), 10000) >= 0);
		assertTrue(life.firmware() != null && life.firmware().state() >= BringUpState.WIFI_JOIN);
		life.stop();
		run.get(5, TimeUnit.SECONDS);
		assertEquals("setup mode never built: no server socket, no access point", 0, this.listens);
		assertNull(this.radio.openedSsid);
	}

	private BoardLife life(ConfigSource config, int holdMillis) {
		Board board = new Board("test", this.clock, new FakeWifi(), e -> new SocketConnector(e, new NativeTlsPolicy(),
				SocketConnector.DEFAULT_POLL_MILLIS, SocketConnector.DEFAULT_IDLE_PROBE_MILLIS, null), this.buttons,
				new RecordingDisplay(Display.KIND_SERIAL, 40), this.log, config);
		return new BoardLife(board, FirmwareProgram.observer(this.events), new Random(1), this.storage, this.radio,
				config, new BoardLife.SetupPorts() {
					private ServerSocket socket;

					@Override
					public ServerSocket listen() throws IOException {
						BoardLifeTest.this.listens++;
						this.socket = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
						return this.socket;
					}

					@Override
					public int port() {
						return this.socket.getLocalPort();
					}

					@Override
					public void entropy(byte[] into) {
						new Random(7).nextBytes(into);
					}
				}, holdMillis);
	}

	private boolean state(String name) throws InterruptedException {
		return this.events.await(0, e -> e.kind().equals(Events.STATE) && e.first().equals(name), 0) >= 0;
	}

	private void awaitLog(String part) throws InterruptedException {
		for (int i = 0; i < 500 && !this.log.contains(part); i++) {
			Thread.sleep(20);
		}
		assertTrue(this.log.all(), this.log.contains(part));
	}

	/** Buttons whose listener the test drives edge by edge. */
	private static final class Buttons implements ButtonInput {
		volatile ButtonListener listener;

		@Override
		public int count() {
			return 2;
		}

		@Override
		public void setListener(ButtonListener l) {
			this.listener = l;
		}
	}
}
