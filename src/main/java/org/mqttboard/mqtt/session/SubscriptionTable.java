/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.codec.SubscribeCodec;
import org.mqttboard.mqtt.codec.Topics;

/**
 * The fixed table of subscriptions: filters (UTF-8), requested QoS, and which SUBSCRIBE is next to send. Each
 * subscription travels in its own SUBSCRIBE with packet id {@code ID_BASE - index}, so a SUBACK maps back to its index
 * without a lookup table; publish ids stay below ({@link InflightTable#allocateId}).
 * <p>
 * Memory: {@code sum(filter bytes) + 4 * count} bytes. Threading: owned by the session's caller thread.
 */
final class SubscriptionTable {

	/** Packet id of subscription 0's SUBSCRIBE. */
	static final int ID_BASE = 0xFFFF;

	private final byte[][] filters;
	private final int[] qos;
	/** Next subscription to send on this connection. */
	private int cursor;

	/** Copies the subscriptions of a validated config. */
	SubscriptionTable(SessionConfig config) {
		int n = config.subscriptionCount;
		this.filters = new byte[n][];
		this.qos = new int[n];
		for (int i = 0; i < n; i++) {
			this.filters[i] = (byte[]) config.filters[i].clone();
			this.qos[i] = config.filterQos[i];
		}
		this.cursor = n;
	}

	/**
	 * New connection: every SUBSCRIBE is to be sent, now or after {@link #release()}.
	 *
	 * @param sendNow true to send right away (pipelined after CONNECT), false to hold until CONNACK
	 */
	void restart(boolean sendNow) {
		this.cursor = sendNow ? 0 : this.filters.length;
	}

	/** CONNACK arrived on a connection that held its SUBSCRIBEs: send them all. */
	void release() {
		this.cursor = 0;
	}

	int count() {
		return this.filters.length;
	}

	/** Connection closed: nothing more to send. */
	void stop() {
		this.cursor = this.filters.length;
	}

	/** @return true while SUBSCRIBE packets wait for transmit room */
	boolean sendPending() {
		return this.cursor < this.filters.length;
	}

	/** Encodes pending SUBSCRIBEs while they fit in {@code tx} with {@code reserve} bytes left. */
	void fill(Outbound tx, int reserve) {
		while (this.cursor < this.filters.length) {
			int i = this.cursor;
			int size = SubscribeCodec.size(this.filters, i, 1);
			if (tx.free() - reserve < size) {
				return;
			}
			tx.makeRoom(size);
			tx.end += SubscribeCodec.encode(tx.buf, tx.end, tx.buf.length, ID_BASE - i, this.filters, this.qos, i, 1);
			this.cursor = i + 1;
		}
	}

	/** @return the subscription index a SUBACK's packet id answers, or -1 when the id is not one of ours */
	int acked(int packetId) {
		int i = ID_BASE - packetId;
		return i < this.filters.length ? i : -1;
	}

	/** @return the index of the first filter matching the topic, or -1 */
	int match(byte[] buf, int topicOff, int topicLen) {
		for (int i = 0; i < this.filters.length; i++) {
			byte[] f = this.filters[i];
			if (Topics.matches(f, 0, f.length, buf, topicOff, topicLen)) {
				return i;
			}
		}
		return -1;
	}
}
