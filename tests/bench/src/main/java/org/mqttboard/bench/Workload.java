/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The publish loops shared by every measurement: a windowed publisher that counts acknowledgements and received
 * messages without allocating, so what the allocation counters see is the library's own allocation. Host-only.
 */
final class Workload implements BenchClient.Sink {

	final AtomicLong acked = new AtomicLong();
	final AtomicLong received = new AtomicLong();
	/** {@link System#nanoTime()} of the last {@link #lost()}, 0 before. */
	volatile long lostNanos;
	private long sent;

	@Override
	public void acked() {
		this.acked.incrementAndGet();
	}

	@Override
	public void received(byte[] payload, int off, int len) {
		this.received.incrementAndGet();
	}

	@Override
	public void lost() {
		this.lostNanos = System.nanoTime();
	}

	/**
	 * Publishes {@code count} messages keeping at most {@code window} QoS 1 publishes unacknowledged, then waits
	 * until all are acknowledged (QoS 1) or flushed (QoS 0: one trailing QoS 1 publish is acknowledged after them).
	 */
	void publish(BenchClient client, String topic, byte[] payload, int qos, int count, int window,
			long timeoutMillis) throws Exception {
		long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
		checkAcks();
		for (int i = 0; i < count; i++) {
			if (qos > 0) {
				while (this.sent - this.acked.get() >= window) {
					client.poll(0);
					check(deadline);
				}
			}
			client.publish(topic, payload, qos);
			if (qos > 0) {
				this.sent++;
			}
			if (qos == 0 && (i & 63) == 63) {
				client.poll(0);
			}
		}
		if (qos == 0) {
			client.publish(topic, payload, 1);
			this.sent++;
		}
		awaitAcks(client, deadline);
	}

	/** Waits until every counted publish was acknowledged. */
	void awaitAcks(BenchClient client, long deadlineNanos) throws Exception {
		while (this.acked.get() < this.sent) {
			client.poll(0);
			check(deadlineNanos);
		}
		checkAcks();
	}

	/**
	 * A client that reports more acknowledgements than QoS 1/2 publishes were counted (e.g. one reporting QoS 0
	 * messages as delivered once written) would end a measurement before the broker had the messages.
	 */
	private void checkAcks() {
		if (this.acked.get() > this.sent) {
			throw new IllegalStateException("client reported " + this.acked.get() + " acknowledgements for "
					+ this.sent + " QoS 1/2 publishes");
		}
	}

	/** Waits until {@code n} messages in total were received. */
	void awaitReceived(BenchClient client, long n, long deadlineNanos) throws Exception {
		while (this.received.get() < n) {
			client.poll(0);
			check(deadlineNanos);
		}
	}

	/** Counts one more publish whose acknowledgement {@link #awaitAcks} waits for. */
	void countSent() {
		this.sent++;
	}

	static void check(long deadlineNanos) {
		if (System.nanoTime() - deadlineNanos > 0) {
			throw new IllegalStateException("benchmark step timed out");
		}
	}
}
