/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs every benchmark for every client against one mosquitto on loopback and writes the Markdown report.
 * Usage: {@code BenchMain [--quick] [--out FILE]}. Host-only.
 */
public final class BenchMain {

	/** One-way delay of the proxy for every round-trip measurement, ms. */
	static final long DELAY_MILLIS = 25;

	private BenchMain() {
	}

	/** Which numbered row groups to measure ({@code --rows 9,10}); all when none is selected. */
	private static final class Rows {
		private final java.util.Set<Integer> selected = new java.util.HashSet<>();

		void select(String list) {
			for (String n : list.split(",")) {
				this.selected.add(Integer.parseInt(n.trim()));
			}
		}

		boolean has(int group) {
			return this.selected.isEmpty() || this.selected.contains(group);
		}
	}

	public static void main(String[] args) throws Exception {
		boolean quick = false;
		String only = null;
		Rows rows = new Rows();
		Path out = Path.of("docs/benchmarks.md");
		for (int i = 0; i < args.length; i++) {
			if ("--quick".equals(args[i])) {
				quick = true;
			} else if ("--only".equals(args[i]) && i + 1 < args.length) {
				only = args[++i];
			} else if ("--rows".equals(args[i]) && i + 1 < args.length) {
				rows.select(args[++i]);
			} else if ("--out".equals(args[i]) && i + 1 < args.length) {
				out = Path.of(args[++i]);
			} else {
				System.err.println("usage: BenchMain [--quick] [--only ours|paho|hivemq] [--rows 1,2,...] [--out FILE]");
				System.exit(2);
			}
		}
		int runs = quick ? 1 : 5;
		Measurements.Sizes sizes = quick ? new Measurements.Sizes(200, 1_000, 1_000, 30, 3, 200)
				: new Measurements.Sizes(5_000, 20_000, 20_000, 500, 20, 2_000);
		Report report = new Report(quick, runs);
		try (BenchBroker broker = new BenchBroker()) {
			Map<String, Supplier<BenchClient>> clients = new LinkedHashMap<>();
			clients.put(Report.OURS, () -> new OurClient(false));
			clients.put(Report.PAHO, PahoClient::new);
			clients.put(Report.HIVEMQ, () -> new HiveMqClient(broker.trust()));
			Measurements m = new Measurements(broker, sizes);
			LinkMeasurements links = new LinkMeasurements(broker);
			for (Map.Entry<String, Supplier<BenchClient>> e : clients.entrySet()) {
				String name = e.getKey();
				if (only != null && !name.toLowerCase().contains(only.equals("ours") ? "mqttboard" : only)) {
					continue;
				}
				Supplier<BenchClient> f = e.getValue();
				int window = Report.OURS.equals(name) ? OurClient.INFLIGHT : PahoClient.MAX_INFLIGHT;
				System.err.println("bench: " + name);
				if (!quick && rows.has(1)) {
					m.allocatedBytesPerPublish(f, false, 1, window); // warm-up run, discarded
				}
				for (int r = 0; r < runs; r++) {
					engineRun(report, rows, m, name, f, window, quick);
					linkRun(report, rows, links, name, f);
				}
			}
			if (only == null && rows.has(5)) {
				System.err.println("bench: " + Report.RAW);
				for (int r = 0; r < runs; r++) {
					for (boolean tls : new boolean[] { false, true }) {
						String t = tls ? "TLS" : "TCP";
						report.add("5. QoS 1 throughput, " + t, "msg/s", Report.RAW, m.brokerCeiling(tls, 1));
						report.add("5. QoS 0 throughput, " + t, "msg/s", Report.RAW, m.brokerCeiling(tls, 0));
					}
				}
			}
			if (only == null || only.equals("ours")) {
				FirmwareMeasurements fm = new FirmwareMeasurements(broker, sizes.burst());
				for (int r = 0; r < runs; r++) {
					firmwareRun(report, rows, fm, sizes.burst());
				}
			}
		}
		if (rows.has(8)) {
			CodeSize.addTo(report);
		}
		report.write(out);
		System.err.println("bench: wrote " + out.toAbsolutePath());
	}

	/** Rows 1 to 7 and the dead-link row: one run of the original measurements for one client. */
	private static void engineRun(Report report, Rows rows, Measurements m, String name, Supplier<BenchClient> f,
			int window, boolean quick) throws Exception {
		for (boolean tls : new boolean[] { false, true }) {
			String t = tls ? "TLS" : "TCP";
			if (rows.has(1)) {
				report.add("1. Bytes allocated per publish, QoS 0, " + t, "B", name,
						m.allocatedBytesPerPublish(f, tls, 0, window));
				report.add("1. Bytes allocated per publish, QoS 1, " + t, "B", name,
						m.allocatedBytesPerPublish(f, tls, 1, window));
			}
			if (rows.has(2)) {
				report.add("2. Threads started by connect, " + t, "threads", name, m.threadsStarted(f, tls));
			}
			if (rows.has(3)) {
				Supplier<BenchClient> defaults = Report.OURS.equals(name) ? () -> new OurClient(true) : f;
				report.add("3. Retained heap per connected client (default settings), " + t, "B", name,
						m.retainedHeapPerClient(defaults, tls));
			}
			if (rows.has(4)) {
				double[] cs = m.connectToSubscribed(f, tls, DELAY_MILLIS);
				report.add("4. Transport up → subscribed, " + t + ", +25 ms each way", "round trips", name, cs[1]);
				report.add("4. Connect call → subscribed, " + t + ", +25 ms each way", "ms", name, cs[0]);
			}
			if (rows.has(5)) {
				report.add("5. QoS 1 throughput, " + t, "msg/s", name, m.throughput(f, tls, 1, window));
				report.add("5. QoS 0 throughput, " + t, "msg/s", name, m.throughput(f, tls, 0, window));
			}
			if (rows.has(6)) {
				addLatency(report, "6. QoS 1 publish → PUBACK, " + t, name, m.latencies(f, tls, false));
				addLatency(report, "6. QoS 1 publish → receive (end to end), " + t, name, m.latencies(f, tls, true));
			}
			if (rows.has(11)) {
				for (int qos = 0; qos <= 1; qos++) {
					report.add("11. Receive throughput (broker → client), QoS " + qos + ", " + t, "msg/s", name,
							m.receiveThroughput(f, tls, qos));
				}
			}
		}
		if (rows.has(7)) {
			report.add("7. Bytes on the wire: connect + subscribe + 100 QoS 1 publishes + disconnect", "B", name,
					m.wireBytes(f, window));
		}
		if (!quick && rows.has(7)) {
			report.add("Dead link detected after broker SIGSTOP, keep-alive 10 s", "ms", name, m.deadLinkDetection(f));
		}
	}

	/** Rows 9 and 10: one run of the link measurements (reconnect, burst on the wire) for one client. */
	private static void linkRun(Report report, Rows rows, LinkMeasurements links, String name,
			Supplier<BenchClient> f) throws Exception {
		if (rows.has(9)) {
			LinkMeasurements.Reconnect rc = links.reconnectAfterCut(f, DELAY_MILLIS);
			String metric = "9. Reconnect after a link cut, TLS, +25 ms each way: ";
			report.add(metric + "loss reported → subscribed again", "ms", name, rc.millis());
			report.add(metric + "round trips (TCP + client flights at the proxy)", "round trips", name,
					rc.roundTrips());
			report.add("9. Reconnect: full TLS handshakes", "handshakes", name, rc.fullHandshakes());
			report.add("9. Reconnect: abbreviated TLS handshakes (session resumed)", "handshakes", name,
					rc.abbreviatedHandshakes());
		}
		if (rows.has(10)) {
			for (boolean tls : new boolean[] { false, true }) {
				LinkMeasurements.Burst b = links.burstOnTheWire(f, tls);
				String burst = LinkMeasurements.BURST + " QoS 0 publishes issued in one step, ";
				if (tls) {
					report.add("10. TLS records for " + burst + "TLS", "records", name, b.tlsRecords());
				}
				report.add("10. TCP data segments for " + burst + (tls ? "TLS" : "TCP"), "segments", name,
						b.tcpSegments());
			}
		}
	}

	/** Rows 12 and 13: one run of the whole firmware in the simulator (ours only). */
	private static void firmwareRun(Report report, Rows rows, FirmwareMeasurements fm, int burst) throws Exception {
		String name = Report.OURS;
		if (rows.has(12)) {
			System.err.println("bench: firmware boot and reconnect in the simulator");
			FirmwareMeasurements.Boot b = fm.bootAndReconnect(DELAY_MILLIS);
			String boot = "12. Firmware boot → ONLINE, TLS, DNS and SNTP by name, +25 ms each way";
			report.add(boot, "ms", name, b.millis());
			addSteps(report, boot, b.steps(), b.millis());
			report.add(boot + ": full TLS handshakes", "handshakes", name, b.fullHandshakes());
			String again = "12. Firmware reconnect after a link cut (loss seen → ONLINE), +25 ms each way";
			report.add(again, "ms", name, b.reconnectMillis());
			report.add(again + ": backoff wait before the first attempt", "ms", name, b.backoffMillis());
			addSteps(report, again, b.reconnectSteps(), b.reconnectMillis() - b.backoffMillis());
			report.add(again + ": abbreviated TLS handshakes (session resumed)", "handshakes", name,
					b.abbreviatedHandshakes());
		}
		if (rows.has(13)) {
			System.err.println("bench: firmware burst to the display in the simulator");
			FirmwareMeasurements.Burst b = fm.burstToDisplay();
			String metric = "13. Firmware: burst of " + burst + " QoS 0 messages → last one displayed, TCP";
			report.add(metric, "ms", name, b.millis());
			report.add(metric + ", as a rate", "msg/s", name, b.messagesPerSecond());
		}
	}

	/**
	 * @param networkMillis the time the round trips fall in; what they do not explain is reported as local work
	 *        (crypto, class loading, polling latency)
	 */
	private static void addSteps(Report report, String metric, FirmwareMeasurements.Steps s, double networkMillis) {
		String name = Report.OURS;
		report.add(metric + ": round trips, total", "round trips", name, s.total());
		report.add(metric + ": time not spent in round trips", "ms", name,
				networkMillis - s.total() * 2.0 * DELAY_MILLIS);
		report.add(metric + ": round trips, DNS", "round trips", name, s.dns());
		report.add(metric + ": round trips, SNTP", "round trips", name, s.sntp());
		report.add(metric + ": round trips, TCP", "round trips", name, s.tcp());
		report.add(metric + ": round trips, TLS", "round trips", name, s.tls());
		report.add(metric + ": round trips, MQTT", "round trips", name, s.mqtt());
	}

	private static void addLatency(Report report, String metric, String client, List<Double> samples) {
		Stats s = Stats.of(new ArrayList<>(samples));
		report.add(metric + ", p50", "ms", client, s.median());
		report.add(metric + ", p99", "ms", client, s.quantile(0.99));
	}
}
