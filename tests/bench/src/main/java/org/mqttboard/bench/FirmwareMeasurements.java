/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.mqttboard.sim.SntpResponder;

/**
 * The whole firmware, as the simulator runs it ({@link SimulatorProcess}), on the network of a home Wi-Fi: boot to
 * ONLINE and reconnecting after a cut link, with every round trip counted where it happens (DNS at the board's
 * host table {@link HostsPipe}, SNTP at a {@link UdpDelayRelay}, TCP, TLS and MQTT at the {@link DelayProxy}), and
 * a burst of messages through the main loop to the display. Each method is one run with a fresh board. Host-only.
 */
final class FirmwareMeasurements {

	/** Host name of the time server in the board's configuration (resolved by the board's host table). */
	private static final String TIME_HOST = "time.bench.test";
	/** The subscription the board shows on its display. */
	private static final String DISPLAY_TOPIC = "bench/display";
	private static final long STEP_TIMEOUT_MILLIS = 30_000;

	private final BenchBroker broker;
	private final int burst;

	/** @param burst messages per {@link #burstToDisplay()} */
	FirmwareMeasurements(BenchBroker broker, int burst) {
		this.broker = broker;
		this.burst = burst;
	}

	/**
	 * Round trips per step in a time window, as counted at the relays and the proxy: each DNS lookup and each SNTP
	 * request is one; each TCP connection is one for its handshake; on each connection the client flights up to the
	 * one that carried the first application data belong to TLS, that flight and the later ones to MQTT.
	 */
	record Steps(int dns, int sntp, int tcp, int tls, int mqtt) {
		int total() {
			return this.dns + this.sntp + this.tcp + this.tls + this.mqtt;
		}
	}

	/** Boot and reconnect figures of one run. */
	record Boot(double millis, Steps steps, int fullHandshakes, double reconnectMillis, double backoffMillis,
			Steps reconnectSteps, int abbreviatedHandshakes) {
	}

	/**
	 * Boots the firmware (TLS, name resolution and SNTP through the delays), waits for ONLINE, cuts the link and
	 * waits for ONLINE again.
	 *
	 * @param delayMillis one-way delay of every network path, ms
	 */
	Boot bootAndReconnect(long delayMillis) throws Exception {
		Path dir = Files.createTempDirectory("bench-board");
		String table = "127.0.0.1 localhost\n127.0.0.1 " + TIME_HOST + "\n";
		try (SntpResponder sntp = new SntpResponder("127.0.0.1", 0, System::currentTimeMillis);
				UdpDelayRelay time = new UdpDelayRelay(sntp.port(), delayMillis);
				HostsPipe dns = new HostsPipe(dir, table, delayMillis);
				DelayProxy proxy = new DelayProxy(this.broker.tlsPort(), delayMillis, true)) {
			Path config = writeConfig(dir, proxy.port(), true, TIME_HOST + ":" + time.port());
			List<String> jvm = List.of("-Djdk.net.hosts.file=" + dns.path(), "-Dsun.net.inetaddr.ttl=0",
					"-Dsun.net.inetaddr.negative.ttl=0");
			String script = "expect state ONLINE 30000\nexpect state BROKER_CONNECT 30000\nexpect state ONLINE 30000\n"
					+ "quit\n";
			try (SimulatorProcess board = new SimulatorProcess(jvm, List.of("--config", config.toString(),
					"--display", "lcd"), script)) {
				int boot = board.await("STATE BOOT", 0, STEP_TIMEOUT_MILLIS);
				int online = board.await("STATE ONLINE", boot, STEP_TIMEOUT_MILLIS);
				long bootAt = board.line(boot).nanos();
				long onlineAt = board.line(online).nanos();
				Steps steps = steps(bootAt, onlineAt, dns, time, proxy);
				int full = handshakes(proxy, bootAt, onlineAt, TlsRecords.FULL);
				proxy.cutAll();
				int lost = board.await("STATE BROKER_CONNECT", online, STEP_TIMEOUT_MILLIS);
				int back = board.await("STATE ONLINE", lost, STEP_TIMEOUT_MILLIS);
				long lostAt = board.line(lost).nanos();
				long backAt = board.line(back).nanos();
				Steps again = steps(lostAt, backAt, dns, time, proxy);
				return new Boot((onlineAt - bootAt) / 1e6, steps, full, (backAt - lostAt) / 1e6,
						(firstAttempt(lostAt, dns, proxy) - lostAt) / 1e6, again,
						handshakes(proxy, lostAt, backAt, TlsRecords.ABBREVIATED));
			}
		} finally {
			Files.deleteIfExists(dir.resolve("board.properties"));
			Files.deleteIfExists(dir);
		}
	}

	/** Burst figures of one run. */
	record Burst(double millis, double messagesPerSecond) {
	}

	/**
	 * Boots the firmware on plain TCP without delays, then sends {@link #burst} QoS 0 messages to its display
	 * subscription in one burst (as fast as the broker forwards them).
	 *
	 * @return ms from the burst's first write until the display shows the last message, and that as a rate
	 */
	Burst burstToDisplay() throws Exception {
		Path dir = Files.createTempDirectory("bench-board");
		try (SntpResponder sntp = new SntpResponder("127.0.0.1", 0, System::currentTimeMillis);
				BurstPublisher publisher = new BurstPublisher(this.broker.plainPort(), "bench-burst")) {
			Path config = writeConfig(dir, this.broker.plainPort(), false, "127.0.0.1:" + sntp.port());
			String script = "expect state ONLINE 30000\nexpect display last 120000\nquit\n";
			try (SimulatorProcess board = new SimulatorProcess(List.of(), List.of("--config", config.toString(),
					"--display", "lcd"), script)) {
				int online = board.await("STATE ONLINE", 0, STEP_TIMEOUT_MILLIS);
				awaitSubscribed(board, publisher, online);
				byte[] last = "last".getBytes(StandardCharsets.UTF_8);
				publisher.send(DISPLAY_TOPIC, 0, this.burst, i -> i == this.burst - 1 ? last
						: ("m" + i).getBytes(StandardCharsets.UTF_8));
				long t0 = System.nanoTime();
				int shown = board.await("DISPLAY last", online, 120_000);
				double seconds = (board.line(shown).nanos() - t0) / 1e9;
				return new Burst(seconds * 1e3, this.burst / seconds);
			}
		} finally {
			Files.deleteIfExists(dir.resolve("board.properties"));
			Files.deleteIfExists(dir);
		}
	}

	/** Publishes a probe until the board shows it: ONLINE comes with CONNACK, the SUBACK may still be on its way. */
	private static void awaitSubscribed(SimulatorProcess board, BurstPublisher publisher, int from)
			throws Exception {
		byte[] probe = "ready".getBytes(StandardCharsets.UTF_8);
		long deadline = System.nanoTime() + STEP_TIMEOUT_MILLIS * 1_000_000L;
		while (board.find("DISPLAY ready", from) < 0) {
			Workload.check(deadline);
			publisher.send(DISPLAY_TOPIC, 0, 1, i -> probe);
			publisher.awaitWritten();
			Thread.sleep(50);
		}
	}

	private static Path writeConfig(Path dir, int port, boolean tls, String sntpServer) throws Exception {
		String text = String.join("\n", "wifi.ssid = bench-ap", "wifi.passphrase = bench-pass-123",
				"wifi.security = WPA2", "broker.profile = generic", "broker.host = localhost",
				"broker.port = " + port, "broker.tls = " + tls,
				tls ? "broker.ca.resources = " + OurClient.CA_RESOURCE : "", "broker.client.id = bench-board",
				"sub.1.topic = " + DISPLAY_TOPIC, "sub.1.display = text", "time.sntp.servers = " + sntpServer, "");
		return Files.writeString(dir.resolve("board.properties"), text);
	}

	private static Steps steps(long from, long to, HostsPipe dns, UdpDelayRelay time, DelayProxy proxy) {
		int tcp = 0;
		int tls = 0;
		int mqtt = 0;
		for (DelayProxy.Link link : proxy.links()) {
			if (link.acceptedNanos < from || link.acceptedNanos > to) {
				continue;
			}
			tcp++;
			int flights = link.flightsUntil(to); // not what the board sends after the window (DISCONNECT at exit)
			int app = link.applicationDataFlight();
			tls += app == 0 || app > flights ? flights : app - 1;
			mqtt += app == 0 || app > flights ? 0 : flights - (app - 1);
		}
		return new Steps(count(dns.lookups(), from, to), count(time.requests(), from, to), tcp, tls, mqtt);
	}

	private static int count(List<Long> times, long from, long to) {
		int n = 0;
		for (long t : times) {
			n += t >= from && t <= to ? 1 : 0;
		}
		return n;
	}

	private static int handshakes(DelayProxy proxy, long from, long to, int kind) {
		int n = 0;
		for (DelayProxy.Link link : proxy.links()) {
			n += link.acceptedNanos >= from && link.acceptedNanos <= to && link.fromBroker.handshake() == kind ? 1 : 0;
		}
		return n;
	}

	/** @return when the firmware first touched the network after {@code lostAt}: a lookup or a connection */
	private static long firstAttempt(long lostAt, HostsPipe dns, DelayProxy proxy) {
		long first = Long.MAX_VALUE;
		for (long t : dns.lookups()) {
			first = t >= lostAt ? Math.min(first, t) : first;
		}
		for (DelayProxy.Link link : proxy.links()) {
			first = link.acceptedNanos >= lostAt ? Math.min(first, link.acceptedNanos) : first;
		}
		return first;
	}
}
