/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * Each benchmark measurement, run once against one fresh client. Every method returns one figure; the caller
 * repeats and aggregates. Host-only.
 */
final class Measurements {

	static final String HOST = "localhost";
	static final byte[] PAYLOAD = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8);
	private static int ids;

	private final BenchBroker broker;
	private final Sizes sizes;

	/** Work sizes: full or quick ({@code burst}: messages sent to the firmware's display in one burst). */
	record Sizes(int warmup, int allocPublishes, int throughput, int latency, int heapClients, int burst) {
	}

	Measurements(BenchBroker broker, Sizes sizes) {
		this.broker = broker;
		this.sizes = sizes;
	}

	static String id() {
		return "bench-" + (++ids);
	}

	private SSLContext tls(boolean tls) {
		return tls ? this.broker.clientTls() : null;
	}

	private int port(boolean tls) {
		return tls ? this.broker.tlsPort() : this.broker.plainPort();
	}

	/** @return bytes allocated (all threads) per publish after connect, publishing to a topic nobody reads */
	double allocatedBytesPerPublish(Supplier<BenchClient> factory, boolean tls, int qos, int window)
			throws Exception {
		Workload w = new Workload();
		try (BenchClient c = factory.get()) {
			String id = id();
			c.connectAndSubscribe(HOST, port(tls), tls(tls), id, "bench/in/" + id, 60, w);
			String topic = "bench/out/" + id;
			w.publish(c, topic, PAYLOAD, qos, this.sizes.warmup, window, 60_000);
			long before = Allocation.allThreads();
			w.publish(c, topic, PAYLOAD, qos, this.sizes.allocPublishes, window, 60_000);
			long after = Allocation.allThreads();
			return (after - before) / (double) this.sizes.allocPublishes;
		}
	}

	/**
	 * @return threads started in this JVM while one client connected and subscribed (a live-thread delta would
	 *         be blurred by earlier clients' threads ending)
	 */
	double threadsStarted(Supplier<BenchClient> factory, boolean tls) throws Exception {
		Workload w = new Workload();
		long started0 = Allocation.startedThreads();
		try (BenchClient c = factory.get()) {
			String id = id();
			c.connectAndSubscribe(HOST, port(tls), tls(tls), id, "bench/in/" + id, 60, w);
			return Allocation.startedThreads() - started0;
		}
	}

	/** @return retained heap bytes per connected, subscribed client (after GC, averaged over many clients) */
	double retainedHeapPerClient(Supplier<BenchClient> factory, boolean tls) throws Exception {
		List<BenchClient> clients = new ArrayList<>();
		long before = Allocation.usedHeapAfterGc();
		try {
			for (int i = 0; i < this.sizes.heapClients; i++) {
				BenchClient c = factory.get();
				clients.add(c);
				String id = id();
				c.connectAndSubscribe(HOST, port(tls), tls(tls), id, "bench/in/" + id, 60, new Workload());
			}
			long after = Allocation.usedHeapAfterGc();
			return (after - before) / (double) this.sizes.heapClients;
		} finally {
			for (BenchClient c : clients) {
				c.close();
			}
		}
	}

	/**
	 * @return {milliseconds from connect call to subscribed, MQTT round trips after the transport was up} through
	 *         a proxy adding {@code delayMillis} each way
	 */
	double[] connectToSubscribed(Supplier<BenchClient> factory, boolean tls, long delayMillis) throws Exception {
		try (DelayProxy proxy = new DelayProxy(port(tls), delayMillis)) {
			double transportMillis = transportSetupMillis(proxy.port(), tls);
			try (BenchClient c = factory.get()) {
				String id = id();
				long t0 = System.nanoTime();
				c.connectAndSubscribe(HOST, proxy.port(), tls(tls), id, "bench/in/" + id, 60, new Workload());
				double total = (System.nanoTime() - t0) / 1e6;
				return new double[] { total, (total - transportMillis) / (2.0 * delayMillis) };
			}
		}
	}

	/** Time to bring up the bare transport (TCP, plus the TLS handshake) through the proxy, in ms. */
	private double transportSetupMillis(int port, boolean tls) throws Exception {
		long t0 = System.nanoTime();
		try (Socket s = new Socket(HOST, port)) {
			if (tls) {
				try (SSLSocket ssl = (SSLSocket) this.broker.clientTls().getSocketFactory().createSocket(s, HOST, port,
						true)) {
					ssl.startHandshake();
					return (System.nanoTime() - t0) / 1e6;
				}
			}
			return (System.nanoTime() - t0) / 1e6;
		}
	}

	/** @return messages per second publishing {@code throughput} messages at {@code qos} with the given window */
	double throughput(Supplier<BenchClient> factory, boolean tls, int qos, int window) throws Exception {
		Workload w = new Workload();
		try (BenchClient c = factory.get()) {
			String id = id();
			c.connectAndSubscribe(HOST, port(tls), tls(tls), id, "bench/in/" + id, 60, w);
			String topic = "bench/out/" + id;
			w.publish(c, topic, PAYLOAD, qos, this.sizes.warmup, window, 60_000);
			long t0 = System.nanoTime();
			w.publish(c, topic, PAYLOAD, qos, this.sizes.throughput, window, 120_000);
			return this.sizes.throughput / ((System.nanoTime() - t0) / 1e9);
		}
	}

	/**
	 * The broker's own ceiling: a {@link BurstPublisher} writes {@code throughput} pre-encoded PUBLISH packets (no
	 * window, no client library) to a topic nobody reads, after a warm-up burst. QoS 0 ends with one QoS 1 publish,
	 * acknowledged after the broker has read everything before it.
	 *
	 * @return messages per second from the start of the burst's writes to its last PUBACK
	 */
	double brokerCeiling(boolean tls, int qos) throws Exception {
		String id = id();
		try (BurstPublisher p = new BurstPublisher(port(tls), id, tls(tls))) {
			long deadline = System.nanoTime() + 120_000_000_000L;
			String topic = "bench/out/" + id;
			p.send(topic, 1, this.sizes.warmup, i -> PAYLOAD);
			p.awaitWritten();
			p.awaitAcks(this.sizes.warmup, deadline);
			p.send(topic, qos, this.sizes.throughput, i -> PAYLOAD); // encodes, then starts writing
			long t0 = System.nanoTime();
			long acks = this.sizes.warmup + (qos > 0 ? this.sizes.throughput : 1);
			if (qos == 0) {
				p.awaitWritten();
				p.send(topic, 1, 1, i -> PAYLOAD);
			}
			p.awaitAcks(acks, deadline);
			double rate = this.sizes.throughput / ((System.nanoTime() - t0) / 1e9);
			p.awaitWritten();
			return rate;
		}
	}

	/**
	 * A {@link BurstPublisher} on plain TCP sends {@code throughput} messages at {@code qos} to the topic the client
	 * subscribed to at QoS 1 (so they arrive at {@code qos}), after a warm-up burst.
	 *
	 * @return messages per second the client took in, from the burst's first write to the last message received
	 */
	double receiveThroughput(Supplier<BenchClient> factory, boolean tls, int qos) throws Exception {
		Workload w = new Workload();
		String id = id();
		try (BenchClient c = factory.get(); BurstPublisher p = new BurstPublisher(this.broker.plainPort(), id + "-pub")) {
			String in = "bench/in/" + id;
			c.connectAndSubscribe(HOST, port(tls), tls(tls), id, in, 60, w);
			long deadline = System.nanoTime() + 120_000_000_000L;
			p.send(in, qos, this.sizes.warmup, i -> PAYLOAD);
			w.awaitReceived(c, this.sizes.warmup, deadline);
			p.awaitWritten();
			p.send(in, qos, this.sizes.throughput, i -> PAYLOAD);
			long t0 = System.nanoTime();
			w.awaitReceived(c, this.sizes.warmup + this.sizes.throughput, deadline);
			return this.sizes.throughput / ((System.nanoTime() - t0) / 1e9);
		}
	}

	/**
	 * @param endToEnd false: QoS 1 publish to PUBACK; true: QoS 1 publish to our own subscription's delivery
	 * @return the latencies in ms of {@code latency} sequential messages
	 */
	List<Double> latencies(Supplier<BenchClient> factory, boolean tls, boolean endToEnd) throws Exception {
		Workload w = new Workload();
		List<Double> out = new ArrayList<>();
		try (BenchClient c = factory.get()) {
			String id = id();
			String in = "bench/in/" + id;
			c.connectAndSubscribe(HOST, port(tls), tls(tls), id, in, 60, w);
			String topic = endToEnd ? in : "bench/out/" + id;
			for (int i = 0; i < this.sizes.latency + this.sizes.latency / 10; i++) {
				long received = w.received.get();
				long t0 = System.nanoTime();
				c.publish(topic, PAYLOAD, 1);
				w.countSent();
				long deadline = t0 + 10_000_000_000L;
				if (endToEnd) {
					w.awaitReceived(c, received + 1, deadline);
				} else {
					w.awaitAcks(c, deadline);
				}
				double ms = (System.nanoTime() - t0) / 1e6;
				if (i >= this.sizes.latency / 10) {
					out.add(ms);
				}
				if (endToEnd) {
					w.awaitAcks(c, deadline);
				}
			}
		}
		return out;
	}

	/** @return bytes on the wire (both directions) for connect + subscribe + 100 QoS 1 publishes + disconnect */
	double wireBytes(Supplier<BenchClient> factory, int window) throws Exception {
		try (DelayProxy proxy = new DelayProxy(port(false), 0)) {
			Workload w = new Workload();
			try (BenchClient c = factory.get()) {
				String id = "wire-client";
				c.connectAndSubscribe(HOST, proxy.port(), null, id, "bench/in", 60, w);
				w.publish(c, "bench/out", PAYLOAD, 1, 100, window, 30_000);
			}
			Thread.sleep(300);
			return proxy.clientToBrokerBytes() + proxy.brokerToClientBytes();
		}
	}

	/** @return ms from freezing the broker (SIGSTOP) until the client reports the link dead, keep-alive 10 s */
	double deadLinkDetection(Supplier<BenchClient> factory) throws Exception {
		Workload w = new Workload();
		try (BenchClient c = factory.get()) {
			String id = id();
			c.connectAndSubscribe(HOST, port(false), null, id, "bench/in/" + id, 10, w);
			this.broker.freeze(true);
			long t0 = System.nanoTime();
			try {
				while (c.isConnected()) {
					c.poll(10);
					if (System.nanoTime() - t0 > 90_000_000_000L) {
						return Double.NaN;
					}
				}
				return (System.nanoTime() - t0) / 1e6;
			} finally {
				this.broker.freeze(false);
			}
		}
	}
}
