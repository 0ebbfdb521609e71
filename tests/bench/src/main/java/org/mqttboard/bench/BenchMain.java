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

	private BenchMain() {
	}

	public static void main(String[] args) throws Exception {
		boolean quick = false;
		String only = null;
		Path out = Path.of("docs/benchmarks.md");
		for (int i = 0; i < args.length; i++) {
			if ("--quick".equals(args[i])) {
				quick = true;
			} else if ("--only".equals(args[i]) && i + 1 < args.length) {
				only = args[++i];
			} else if ("--out".equals(args[i]) && i + 1 < args.length) {
				out = Path.of(args[++i]);
			} else {
				System.err.println("usage: BenchMain [--quick] [--only ours|paho|hivemq] [--out FILE]");
				System.exit(2);
			}
		}
		int runs = quick ? 1 : 5;
		Measurements.Sizes sizes = quick ? new Measurements.Sizes(200, 1_000, 1_000, 30, 3)
				: new Measurements.Sizes(5_000, 20_000, 20_000, 500, 20);
		Report report = new Report(quick, runs);
		try (BenchBroker broker = new BenchBroker()) {
			Map<String, Supplier<BenchClient>> clients = new LinkedHashMap<>();
			clients.put(Report.OURS, () -> new OurClient(false));
			clients.put(Report.PAHO, PahoClient::new);
			clients.put(Report.HIVEMQ, () -> new HiveMqClient(broker.trust()));
			Measurements m = new Measurements(broker, sizes);
			for (Map.Entry<String, Supplier<BenchClient>> e : clients.entrySet()) {
				String name = e.getKey();
				if (only != null && !name.toLowerCase().contains(only.equals("ours") ? "mqttboard" : only)) {
					continue;
				}
				Supplier<BenchClient> f = e.getValue();
				int window = Report.OURS.equals(name) ? OurClient.INFLIGHT : PahoClient.MAX_INFLIGHT;
				System.err.println("bench: " + name);
				if (!quick) {
					m.allocatedBytesPerPublish(f, false, 1, window); // warm-up run, discarded
				}
				for (int r = 0; r < runs; r++) {
					for (boolean tls : new boolean[] { false, true }) {
						String t = tls ? "TLS" : "TCP";
						report.add("1. Bytes allocated per publish, QoS 0, " + t, "B", name,
								m.allocatedBytesPerPublish(f, tls, 0, window));
						report.add("1. Bytes allocated per publish, QoS 1, " + t, "B", name,
								m.allocatedBytesPerPublish(f, tls, 1, window));
						report.add("2. Threads started by connect, " + t, "threads", name, m.threadsStarted(f, tls));
						Supplier<BenchClient> defaults = Report.OURS.equals(name) ? () -> new OurClient(true) : f;
						report.add("3. Retained heap per connected client (default settings), " + t, "B", name,
								m.retainedHeapPerClient(defaults, tls));
						double[] cs = m.connectToSubscribed(f, tls, 25);
						report.add("4. Transport up → subscribed, " + t + ", +25 ms each way", "round trips", name,
								cs[1]);
						report.add("4. Connect call → subscribed, " + t + ", +25 ms each way", "ms", name, cs[0]);
						report.add("5. QoS 1 throughput, " + t, "msg/s", name, m.throughput(f, tls, 1, window));
						report.add("5. QoS 0 throughput, " + t, "msg/s", name, m.throughput(f, tls, 0, window));
						addLatency(report, "6. QoS 1 publish → PUBACK, " + t, name, m.latencies(f, tls, false));
						addLatency(report, "6. QoS 1 publish → receive (end to end), " + t, name,
								m.latencies(f, tls, true));
					}
					report.add("7. Bytes on the wire: connect + subscribe + 100 QoS 1 publishes + disconnect", "B",
							name, m.wireBytes(f, window));
					if (!quick) {
						report.add("Dead link detected after broker SIGSTOP, keep-alive 10 s", "ms", name,
								m.deadLinkDetection(f));
					}
				}
			}
		}
		CodeSize.addTo(report);
		report.write(out);
		System.err.println("bench: wrote " + out.toAbsolutePath());
	}

	private static void addLatency(Report report, String metric, String client, List<Double> samples) {
		Stats s = Stats.of(new ArrayList<>(samples));
		report.add(metric + ", p50", "ms", client, s.median());
		report.add(metric + ", p99", "ms", client, s.quantile(0.99));
	}
}
