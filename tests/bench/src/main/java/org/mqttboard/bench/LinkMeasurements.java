/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.util.List;
import java.util.function.Supplier;

/**
 * Measurements taken at the {@link DelayProxy} between one client and the broker: reconnecting after a cut link
 * (time, round trips, full or abbreviated TLS handshake) and what one burst of publishes costs on the wire (TLS
 * records, TCP segments). Each method returns the figures of one run against one fresh client. Host-only.
 */
final class LinkMeasurements {

	/** Publishes per burst in {@link #burstOnTheWire}. */
	static final int BURST = 100;
	/** The link counts as flushed when the proxy saw no client byte for this long, ms. */
	private static final long QUIET_MILLIS = 200;

	private final BenchBroker broker;

	LinkMeasurements(BenchBroker broker) {
		this.broker = broker;
	}

	/** Reconnect figures of one run. */
	record Reconnect(double millis, int roundTrips, int fullHandshakes, int abbreviatedHandshakes) {
	}

	/**
	 * Connects and subscribes over TLS through a proxy adding {@code delayMillis} each way (TCP handshake charged),
	 * cuts the link, and as soon as the client reports the loss calls {@link BenchClient#reconnect()}.
	 *
	 * @return ms from the loss being reported to subscribed again, the round trips counted at the proxy on the new
	 *         connection(s) (TCP handshake and client flights, {@link DelayProxy.Link#flightsUntil}), and the kinds of
	 *         TLS handshake the broker made
	 */
	Reconnect reconnectAfterCut(Supplier<BenchClient> factory, long delayMillis) throws Exception {
		try (DelayProxy proxy = new DelayProxy(this.broker.tlsPort(), delayMillis, true)) {
			Workload w = new Workload();
			try (BenchClient c = factory.get()) {
				String id = Measurements.id();
				c.connectAndSubscribe(Measurements.HOST, proxy.port(), this.broker.clientTls(), id, "bench/in/" + id,
						60, w);
				int before = proxy.links().size();
				if (proxy.links().get(before - 1).fromBroker.handshake() != TlsRecords.FULL) {
					// A fresh client has nothing to resume: anything else means the record parsing is wrong.
					throw new IllegalStateException("first TLS handshake not recognised as a full one");
				}
				proxy.cutAll();
				long deadline = System.nanoTime() + 30_000_000_000L;
				while (w.lostNanos == 0) {
					c.poll(1);
					Workload.check(deadline);
				}
				long lost = w.lostNanos;
				c.reconnect();
				long end = System.nanoTime();
				double ms = (end - lost) / 1e6;
				int full = 0;
				int abbreviated = 0;
				int roundTrips = 0;
				List<DelayProxy.Link> links = proxy.links();
				for (DelayProxy.Link link : links.subList(before, links.size())) {
					int kind = link.fromBroker.handshake();
					full += kind == TlsRecords.FULL ? 1 : 0;
					abbreviated += kind == TlsRecords.ABBREVIATED ? 1 : 0;
					roundTrips += 1 + link.flightsUntil(end); // the TCP handshake, then each client flight
				}
				return new Reconnect(ms, roundTrips, full, abbreviated);
			}
		}
	}

	/** Wire figures of one burst. */
	record Burst(double tlsRecords, double tcpSegments) {
	}

	/**
	 * Issues {@link #BURST} QoS 0 publishes in one application step ({@link BenchClient#publishBurst}) through an
	 * undelayed proxy and waits until the client has sent everything.
	 *
	 * @return TLS application-data records (NaN over TCP) and TCP data segments (NaN without {@code ss}) the client
	 *         sent for the burst
	 */
	Burst burstOnTheWire(Supplier<BenchClient> factory, boolean tls) throws Exception {
		int port = tls ? this.broker.tlsPort() : this.broker.plainPort();
		try (DelayProxy proxy = new DelayProxy(port, 0)) {
			Workload w = new Workload();
			try (BenchClient c = factory.get()) {
				String id = Measurements.id();
				c.connectAndSubscribe(Measurements.HOST, proxy.port(), tls ? this.broker.clientTls() : null, id,
						"bench/in/" + id, 60, w);
				awaitQuiet(c, proxy);
				TlsRecords sent = proxy.links().get(proxy.links().size() - 1).fromClient;
				int records = sent.records(TlsRecords.APPLICATION_DATA);
				double segments = TcpInfo.dataSegmentsOut(proxy.port());
				c.publishBurst("bench/out/" + id, Measurements.PAYLOAD, 0, BURST);
				awaitQuiet(c, proxy);
				return new Burst(tls ? sent.records(TlsRecords.APPLICATION_DATA) - records : Double.NaN,
						TcpInfo.dataSegmentsOut(proxy.port()) - segments);
			}
		}
	}

	/** Lets the client work until the proxy has seen no byte from it for {@link #QUIET_MILLIS}. */
	private static void awaitQuiet(BenchClient c, DelayProxy proxy) throws Exception {
		long deadline = System.nanoTime() + 30_000_000_000L;
		long bytes = -1;
		long since = System.nanoTime();
		while (System.nanoTime() - since < QUIET_MILLIS * 1_000_000L) {
			c.poll(5);
			long now = proxy.clientToBrokerBytes();
			if (now != bytes) {
				bytes = now;
				since = System.nanoTime();
			}
			Workload.check(deadline);
		}
	}
}
