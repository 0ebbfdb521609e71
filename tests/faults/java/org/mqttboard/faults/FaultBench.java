/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.faults;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.mqttboard.it.MosquittoRig;
import org.mqttboard.it.PahoPeer;
import org.mqttboard.sim.SntpResponder;

/**
 * HOST-ONLY test bench shared by the fault suites: mosquitto (the transport tests' {@link MosquittoRig}), the
 * {@link FaultProxy} in front of it, an independent Paho peer subscribed to the press topic, and one
 * {@link SimBoard} connected through the proxy. Closing it stops everything it started.
 */
final class FaultBench implements AutoCloseable {

	static final String PRESS_TOPIC = "faults/press";
	static final String DISPLAY_TOPIC = "faults/display";
	static final String WIFI_SECRET = "wifi-Secret-7Qx";
	/** Keep-alive of the board, seconds. */
	static final int KEEPALIVE_SECONDS = 2;
	/** Ping (and CONNACK) timeout of the board, ms. */
	static final int PING_TIMEOUT_MILLIS = 1000;
	/** Backoff cap of the board, ms. */
	static final int BACKOFF_CAP_MILLIS = 2000;

	final MosquittoRig broker;
	final FaultProxy proxy;
	final PahoPeer peer;
	final SimBoard board;
	final SntpResponder sntp;

	/**
	 * @param persistence broker persistence on or off
	 * @param seed board jitter seed
	 */
	FaultBench(boolean persistence, long seed) throws Exception {
		MosquittoRig b = null;
		FaultProxy p = null;
		PahoPeer peer = null;
		SntpResponder time = null;
		try {
			time = new SntpResponder("127.0.0.1", 0, System::currentTimeMillis);
			b = MosquittoRig.builder().persistence(persistence).start();
			p = new FaultProxy(b.port("plain"), 8);
			peer = new PahoPeer(b.port("plain"), "faults-peer-" + seed, null, null, false);
			peer.subscribe(PRESS_TOPIC, 1);
		} catch (Exception | Error e) {
			if (time != null) {
				time.close();
			}
			if (peer != null) {
				peer.close();
			}
			if (p != null) {
				p.close();
			}
			if (b != null) {
				b.close();
			}
			throw e;
		}
		this.broker = b;
		this.proxy = p;
		this.peer = peer;
		this.sntp = time;
		this.board = new SimBoard("faults-board", config(p.port(), "faults-board-" + seed, time.port()), seed);
	}

	/**
	 * @param port where the board connects (the proxy)
	 * @param clientId the board's client id
	 * @param sntpPort the loopback SNTP responder's port
	 * @return the board's properties file: plain TCP on loopback, short keep-alive, persistent session, QoS 1
	 */
	static String config(int port, String clientId, int sntpPort) {
		return String.join("\n",
				"wifi.ssid = faults-lab",
				"wifi.passphrase = " + WIFI_SECRET,
				"wifi.security = WPA2",
				"broker.profile = generic",
				"broker.host = 127.0.0.1",
				"broker.port = " + port,
				"broker.tls = false",
				"broker.client.id = " + clientId,
				"broker.keepalive.seconds = " + KEEPALIVE_SECONDS,
				"broker.ack.timeout.ms = " + PING_TIMEOUT_MILLIS,
				"broker.connect.timeout.ms = 2000",
				"broker.backoff.base.ms = 200",
				"broker.backoff.cap.ms = " + BACKOFF_CAP_MILLIS,
				"broker.clean.session = false",
				"broker.queue.size = 64",
				"broker.rate.limit.per.second = 50",
				"button.a.short.topic = " + PRESS_TOPIC,
				"button.a.short.payload = ${count}",
				"button.a.short.qos = 1",
				"sub.1.topic = " + DISPLAY_TOPIC,
				"sub.1.display = text",
				"sub.1.qos = 1",
				"display.kind = lcd",
				"time.sntp.servers = 127.0.0.1:" + sntpPort,
				"time.sntp.timeout.ms = 500",
				"");
	}

	/** @return every press payload the peer received so far, waiting {@code millis} for more */
	List<String> drainPeer(long millis, List<String> into) throws InterruptedException {
		for (PahoPeer.Received r : this.peer.drain(millis)) {
			into.add(r.payload);
		}
		return into;
	}

	/** Sorted copy, for messages. */
	static List<Long> sorted(List<Long> values) {
		List<Long> s = new ArrayList<>(values);
		Collections.sort(s);
		return s;
	}

	@Override
	public void close() throws Exception {
		try {
			this.board.close();
		} finally {
			this.peer.close();
			this.proxy.close();
			this.broker.close();
			this.sntp.close();
		}
	}
}
