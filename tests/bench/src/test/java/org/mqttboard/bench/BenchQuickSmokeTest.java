/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

/**
 * Keeps the benchmark harness from rotting: runs the quick mode end to end against mosquitto and checks that every
 * row of the report has a figure for every client. No timing is asserted (figures belong in docs/benchmarks.md).
 */
public class BenchQuickSmokeTest {

	@Test
	public void quickRun_writesEveryRowForEveryClient() throws Exception {
		Path out = Path.of("target", "benchmarks-smoke.md");
		Files.deleteIfExists(out);
		BenchMain.main(new String[] { "--quick", "--out", out.toString() });
		String md = Files.readString(out, StandardCharsets.UTF_8);
		for (String row : new String[] { "| 1. Bytes allocated per publish, QoS 0, TCP", "| 1. Bytes allocated per publish, QoS 1, TLS",
				"| 2. Threads started by connect, TCP", "| 3. Retained heap per connected client",
				"| 4. Transport up → subscribed, TLS", "| 5. QoS 1 throughput, TCP", "| 5. QoS 0 throughput, TLS",
				"| 6. QoS 1 publish → PUBACK, TCP, p99", "| 6. QoS 1 publish → receive (end to end), TLS, p50",
				"| 7. Bytes on the wire", "| 8. Code size: compressed",
				"| 9. Reconnect after a link cut, TLS, +25 ms each way: round trips",
				"| 9. Reconnect: abbreviated TLS handshakes", "| 10. TLS records for 100 QoS 0 publishes",
				"| 11. Receive throughput (broker → client), QoS 0, TCP",
				"| 11. Receive throughput (broker → client), QoS 1, TLS" }) {
			String line = row(md, row);
			String[] cells = line.split(" \\| ");
			for (int client = 2; client <= 4; client++) {
				assertFalse("a client has no figure: " + line, cells[client].equals("—") || line.contains("n/a"));
			}
		}
		for (String row : new String[] { "| 5. QoS 1 throughput, TCP", "| 5. QoS 0 throughput, TCP",
				"| 5. QoS 1 throughput, TLS", "| 5. QoS 0 throughput, TLS" }) {
			String ceiling = row(md, row).split(" \\| ")[5];
			assertFalse("no broker ceiling beside the clients: " + row, ceiling.equals("—"));
		}
		// The whole firmware in the simulator and the flashed code size: our figures only.
		for (String row : new String[] { "| 12. Firmware boot → ONLINE, TLS, DNS and SNTP by name, +25 ms each way |",
				"| 12. Firmware boot → ONLINE, TLS, DNS and SNTP by name, +25 ms each way: round trips, DNS",
				"| 12. Firmware reconnect after a link cut (loss seen → ONLINE), +25 ms each way: round trips, total",
				"| 13. Firmware: burst of", "| 8. Code size: engine class files without debug info" }) {
			String ours = row(md, row).split(" \\| ")[2];
			assertFalse("no figure of ours: " + row, ours.equals("—") || ours.equals("n/a"));
		}
	}

	private static String row(String md, String start) {
		int at = md.indexOf(start);
		assertTrue("missing row " + start + " in\n" + md, at >= 0);
		return md.substring(at, md.indexOf('\n', at));
	}
}
