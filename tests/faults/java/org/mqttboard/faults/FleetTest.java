/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.faults;

import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.mqttboard.app.bringup.BringUpState;
import org.mqttboard.it.MosquittoRig;
import org.mqttboard.mqtt.transport.Connector;
import org.mqttboard.mqtt.transport.SocketConnector;
import org.mqttboard.mqtt.transport.Transport;
import org.mqttboard.sim.SntpResponder;
import org.mqttboard.sim.tls.JdkTlsPolicy;
import org.junit.Test;

/**
 * A fleet of simulated boards (the real firmware, unchanged) in one JVM against mosquitto; the broker restarts
 * and the herd must come back spread out by full-jitter backoff. The firmware starts no thread: {@link #DRIVERS}
 * driver threads each own a slice of the boards and call each board's main-loop pass when it is due (at least
 * every {@link #MAX_PASS_GAP_MILLIS} ms). The boards' socket stacks use a 1 ms read poll and a 2 s idle probe so
 * one thread can serve hundreds of boards; every connection attempt is time-stamped.
 * <p>
 * {@code -Dfleet.size=N} (default 100 in CI; the long command runs 1,000). Goals: peak connection attempts per
 * second after the restart at most a fifth of the fleet (a quarter below 500 boards: sampling noise), all back
 * ONLINE within backoff cap + 10 s. The boards use a 10 s backoff base: with the 1 s default, every board's first
 * retry falls within one second (see docs/reliability.md).
 */
public class FleetTest {

	private static final int DRIVERS = 4;
	private static final int MAX_PASS_GAP_MILLIS = 20;
	private static final int BACKOFF_BASE_MILLIS = 10000;
	private static final int BACKOFF_CAP_MILLIS = 20000;

	private static String config(int port, int sntpPort, int n) {
		return String.join("\n",
				"wifi.ssid = fleet",
				"wifi.passphrase = " + FaultBench.WIFI_SECRET,
				"broker.profile = generic",
				"broker.host = 127.0.0.1",
				"broker.port = " + port,
				"broker.tls = false",
				"broker.client.id = fleet-" + n,
				"broker.keepalive.seconds = 60",
				"broker.backoff.base.ms = " + BACKOFF_BASE_MILLIS,
				"broker.backoff.cap.ms = " + BACKOFF_CAP_MILLIS,
				"display.kind = lcd",
				"time.sntp.servers = 127.0.0.1:" + sntpPort,
				"time.sntp.timeout.ms = 1000", "");
	}

	@Test
	public void fleet_comesBackAfterBrokerRestart_spreadByJitter() throws Exception {
		assumeTrue("mosquitto is not installed", MosquittoRig.available());
		int size = Integer.getInteger("fleet.size", 100);
		ConcurrentLinkedQueue<Long> attempts = new ConcurrentLinkedQueue<>();
		AtomicBoolean stop = new AtomicBoolean();
		List<Thread> drivers = new ArrayList<>();
		List<SimBoard> boards = new ArrayList<>();
		try (MosquittoRig broker = MosquittoRig.builder().start();
				SntpResponder sntp = new SntpResponder("127.0.0.1", 0, System::currentTimeMillis)) {
			for (int i = 0; i < size; i++) {
				boards.add(new SimBoard("fleet-" + i, 1000 + i, config(broker.port("plain"), sntp.port(), i)
						.getBytes(StandardCharsets.UTF_8), endpoint -> counted(new SocketConnector(endpoint,
								new JdkTlsPolicy(), 1, 2000, null), attempts)));
			}
			long t0 = System.currentTimeMillis();
			for (int d = 0; d < DRIVERS; d++) {
				List<SimBoard> slice = new ArrayList<>();
				for (int i = d; i < size; i += DRIVERS) {
					slice.add(boards.get(i));
				}
				Thread t = new Thread(() -> drive(slice, stop), "fleet-driver-" + d);
				t.setDaemon(true);
				drivers.add(t);
				t.start();
			}
			assertTrue("whole fleet ONLINE at start", waitAll(boards, 60_000 + size * 50L));
			long upMillis = System.currentTimeMillis() - t0;
			Thread.sleep(12_000); // past the 10 s "stable" mark, so every board's backoff is reset
			attempts.clear();
			long restartAt = System.currentTimeMillis();
			broker.restart();
			long brokerBackAt = System.currentTimeMillis();
			// Wait until every board noticed and came back.
			RandomizedFaultTest.waitFor(() -> boards.stream().anyMatch(b -> b.state() != BringUpState.ONLINE), 5_000);
			boolean allBack = waitAll(boards, BACKOFF_CAP_MILLIS + 30_000);
			long backMillis = System.currentTimeMillis() - restartAt;
			Map<Long, Integer> perSecond = new TreeMap<>();
			for (long a : attempts) {
				perSecond.merge((a - restartAt) / 1000, 1, Integer::sum);
			}
			int peak = perSecond.values().stream().mapToInt(Integer::intValue).max().orElse(0);
			System.out.printf("%n== fleet: %d boards, %d driver threads ==%n", size, DRIVERS);
			System.out.printf("all ONLINE at start after     %d ms%n", upMillis);
			System.out.printf("broker restart took           %d ms%n", brokerBackAt - restartAt);
			System.out.printf("all back ONLINE after restart %d ms (goal <= cap %d + 10000 ms)%n", backMillis,
					BACKOFF_CAP_MILLIS);
			System.out.printf("connect attempts after restart %d, peak %d/s (goal <= %d/s)%n", attempts.size(), peak,
					size / 5);
			System.out.println("attempts per second since restart: " + perSecond);
			assertTrue("all back ONLINE", allBack);
			assertTrue("all back within cap + 10 s: " + backMillis, backMillis <= BACKOFF_CAP_MILLIS + 10_000
					+ (brokerBackAt - restartAt));
			// Full jitter over a 10 s base spreads the first retries at ~N/10 per second; small fleets get a
			// quarter for the Poisson-like noise of a few dozen attempts per second.
			int bound = size >= 500 ? size / 5 : Math.max(5, size / 4);
			assertTrue("peak " + peak + "/s > " + bound + "/s", peak <= bound);
		} finally {
			stop.set(true);
			for (Thread t : drivers) {
				t.join(5000);
			}
			for (SimBoard b : boards) {
				b.close();
			}
		}
	}

	private static Connector counted(Connector inner, ConcurrentLinkedQueue<Long> attempts) {
		return new Connector() {
			@Override
			public Transport open(int timeoutMillis) {
				attempts.add(System.currentTimeMillis());
				return inner.open(timeoutMillis);
			}

			@Override
			public int lastError() {
				return inner.lastError();
			}
		};
	}

	private static void drive(List<SimBoard> slice, AtomicBoolean stop) {
		long[] due = new long[slice.size()];
		while (!stop.get()) {
			long soonest = Long.MAX_VALUE;
			for (int i = 0; i < due.length; i++) {
				SimBoard b = slice.get(i);
				long now = b.clock().monotonicMillis();
				if (now >= due[i]) {
					due[i] = Math.min(b.step(), now + MAX_PASS_GAP_MILLIS);
				}
				soonest = Math.min(soonest, due[i] - now);
			}
			if (soonest > 0) {
				try {
					Thread.sleep(Math.min(soonest, MAX_PASS_GAP_MILLIS));
				} catch (InterruptedException e) {
					return;
				}
			}
		}
	}

	private static boolean waitAll(List<SimBoard> boards, long millis) throws InterruptedException {
		return RandomizedFaultTest.waitFor(() -> boards.stream().allMatch(b -> b.state() == BringUpState.ONLINE),
				millis);
	}
}
