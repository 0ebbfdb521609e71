/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kernel's own count of TCP segments a client socket sent ({@code tcp_info.tcpi_data_segs_out}, Linux 4.6+),
 * read with {@code ss -tin} (iproute2) for the one established socket whose peer is a given loopback port. Data
 * segments, not pure ACKs: what a client's writes cost on the wire, whoever coalesced them (the library, TLS or
 * Nagle). Host-only.
 */
final class TcpInfo {

	private static final Pattern DATA_SEGS_OUT = Pattern.compile("\\bdata_segs_out:(\\d+)");

	private TcpInfo() {
	}

	/**
	 * @param peerPort the port the client socket is connected to (e.g. a {@link DelayProxy})
	 * @return data segments sent so far by the client socket connected to {@code peerPort}; NaN when {@code ss} is
	 *         missing or no such socket is established (zero segments sent reads as 0)
	 */
	static double dataSegmentsOut(int peerPort) throws InterruptedException {
		String out;
		try {
			Process p = new ProcessBuilder("ss", "-tinH", "state", "established", "( dport = :" + peerPort + " )")
					.redirectErrorStream(true).start();
			out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (p.waitFor() != 0) {
				return Double.NaN;
			}
		} catch (IOException e) {
			return Double.NaN; // iproute2 not installed
		}
		if (out.isBlank()) {
			return Double.NaN;
		}
		Matcher m = DATA_SEGS_OUT.matcher(out);
		return m.find() ? Double.parseDouble(m.group(1)) : 0;
	}
}
