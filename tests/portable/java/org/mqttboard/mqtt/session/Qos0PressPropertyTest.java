/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Random;

import org.junit.Test;
import org.mqttboard.mqtt.codec.AckCodec;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.codec.PublishCodec;
import org.mqttboard.mqtt.codec.Utf8;
import org.mqttboard.mqtt.codec.broker.BrokerEncoder;
import org.mqttboard.testkit.ScriptedConnector;
import org.mqttboard.testkit.ScriptedTransport;

/**
 * Seeded property: whatever a broker sends (valid acknowledgements for any id, QoS 2 answered with PUBACK, no
 * acknowledgement at all, refused subscriptions, QoS 3, invalid UTF-8, 5-byte lengths, a second CONNACK,
 * client-only packets, huge announced lengths, garbage, silence) and whatever QoS 1/2 presses fill the in-flight
 * window, a QoS 0 press made while CONNECTED either leaves the board within one step or the session reports an
 * error (a close with its cause). The link accepts every byte written: with a stalled link a QoS 0 press waits for
 * room by design (backpressure), which is not what this property is about.
 * <p>
 * The seed is printed; replay with {@code -Dproperty.seed=N}.
 */
public class Qos0PressPropertyTest {

	private static final int CASES = 3000;
	private static final int STEPS = 60;
	private static final byte[] TOPIC = Utf8.encode("dev/t");
	private static final byte[] CMD = Utf8.encode("cmd/a");

	@Test
	public void qos0PressWhileConnected_leavesWithinOneStep_orAnErrorIsReported() {
		String fixed = System.getProperty("property.seed");
		long seed = fixed != null ? Long.parseLong(fixed) : System.currentTimeMillis();
		System.out.println("Qos0PressPropertyTest seed=" + seed + " cases=" + CASES + " (rerun with -Dproperty.seed="
				+ seed + ")");
		Random master = new Random(seed);
		long presses = 0;
		long windowFull = 0;
		for (int c = 0; c < CASES; c++) {
			long caseSeed = master.nextLong();
			long[] seen = runCase(new Random(caseSeed), c, caseSeed, seed);
			presses += seen[0];
			windowFull += seen[1];
		}
		// The property must be exercised where it matters: many presses, many with a full in-flight window.
		assertTrue("presses " + presses, presses > CASES * 3);
		assertTrue("presses with a full window " + windowFull, windowFull > CASES / 2);
	}

	private static long[] runCase(Random r, int c, long caseSeed, long seed) {
		SessionConfig config = new SessionConfig();
		config.connect.clientId = Utf8.encode("prop");
		config.bufferBytes = 128 + r.nextInt(400);
		// Everything the queue can hold fits one transmit buffer, so queued presses never delay a QoS 0 one by a step.
		config.queueBytes = r.nextInt(100);
		config.connect.keepAliveSeconds = r.nextInt(3);
		config.ackTimeoutMillis = 100 + r.nextInt(3000);
		config.connect.cleanSession = r.nextBoolean();
		config.subscribe("cmd/#", r.nextInt(3));
		ScriptedConnector connector = new ScriptedConnector();
		RecordingListener listener = new RecordingListener();
		listener.copy = false;
		MqttSession s = new MqttSession(config, connector, listener);
		long now = 1000;
		byte[] scratch = new byte[600];
		byte[] sent = new byte[8192];
		ScriptedTransport t = link(r, scratch);
		connector.willReturn(t);
		s.connect(now);
		long[] seen = new long[2];
		for (int n = 0; n < STEPS; n++) {
			int action = r.nextInt(8);
			if (action == 0) {
				now += r.nextInt(5) == 0 ? r.nextInt(20000) : r.nextInt(200);
			} else if (action == 1) {
				s.publish(TOPIC, 0, TOPIC.length, scratch, 0, r.nextInt(8), 1 + r.nextInt(2), false, 0, now);
			} else if (action == 2 && s.state() == SessionState.DISCONNECTED) {
				t = link(r, scratch);
				connector.willReturn(t);
				s.connect(now);
			} else if (action == 3 || action == 4) {
				deviate(t, r, scratch);
			} else if (action == 5 && s.state() == SessionState.CONNECTED) {
				seen[0]++;
				if (s.inflight.full()) {
					seen[1]++;
				}
				press(s, t, listener, now, sent, n, "case " + c + " caseSeed=" + caseSeed + " (seed=" + seed + ")");
				continue;
			}
			s.step(now);
			t.fromClient.take(sent, 0, sent.length);
		}
		return seen;
	}

	/** One QoS 0 press with a marker payload, one step, then the check. */
	private static void press(MqttSession s, ScriptedTransport t, RecordingListener listener, long now, byte[] sent,
			int n, String where) {
		t.fromClient.take(sent, 0, sent.length);
		byte[] marker = Utf8.encode("press#" + n);
		int states = listener.states;
		int token = s.publish(TOPIC, 0, TOPIC.length, marker, 0, marker.length, 0, false, 0, now);
		s.step(now);
		int len = t.fromClient.take(sent, 0, sent.length);
		if (contains(sent, len, marker)) {
			return;
		}
		boolean closed = listener.states > states && listener.lastState == SessionState.DISCONNECTED
				&& listener.lastCause != SessionStatus.OK;
		if (token < 0 || closed) {
			return; // the caller was told, or the session closed with its cause
		}
		fail(where + ": QoS 0 press " + n + " (token " + token + ") neither left in one step nor reported; state "
				+ SessionState.name(s.state()) + ", in flight " + s.inflight.used() + ", queued " + s.queue.count()
				+ " head QoS " + (s.queue.count() > 0 ? s.queue.qosAt(0) : -1) + ", resend pending " + s.inflight.nextPending()
				+ ", tx " + s.outbound.pending() + "/" + s.outbound.free());
	}

	private static boolean contains(byte[] b, int len, byte[] marker) {
		for (int i = 0; i + marker.length <= len; i++) {
			int j = 0;
			while (j < marker.length && b[i + j] == marker[j]) {
				j++;
			}
			if (j == marker.length) {
				return true;
			}
		}
		return false;
	}

	/** @return a link whose broker accepted the connection, reading in random chunks and taking every write */
	private static ScriptedTransport link(Random r, byte[] scratch) {
		ScriptedTransport t = new ScriptedTransport(16384);
		t.readPattern(1 + r.nextInt(64), r.nextInt(3), 1 + r.nextInt(300));
		t.feed(scratch, 0, BrokerEncoder.connAck(scratch, 0, scratch.length, r.nextBoolean(), 0));
		return t;
	}

	/** Appends one thing a (possibly broken) broker might send. */
	private static void deviate(ScriptedTransport t, Random r, byte[] scratch) {
		int id = 1 + r.nextInt(10);
		int len;
		switch (r.nextInt(14)) {
		case 0: // PUBACK for any id: also the QoS 2 downgrade of RabbitMQ 3.x
			len = AckCodec.encode(scratch, 0, scratch.length, PacketType.PUBACK, id);
			break;
		case 1:
			len = AckCodec.encode(scratch, 0, scratch.length, PacketType.PUBREC, id);
			break;
		case 2:
			len = AckCodec.encode(scratch, 0, scratch.length, PacketType.PUBCOMP, id);
			break;
		case 3: // SUBACK, refused or granted
			len = BrokerEncoder.subAck(scratch, 0, scratch.length, SubscriptionTable.ID_BASE, new int[] {
					r.nextBoolean() ? AckCodec.FAILURE : 1 }, 1);
			break;
		case 4: {
			int qos = r.nextInt(3);
			len = PublishCodec.encode(scratch, 0, scratch.length, CMD, 0, CMD.length, qos, false, false,
					qos > 0 ? id : 0, scratch, 400, r.nextInt(150));
			break;
		}
		case 5: // PUBLISH with QoS 3
			len = copy(scratch, new byte[] { 0x36, 0x05, 0, 1, 'a', 0, 1 });
			break;
		case 6: // topic with invalid UTF-8
			len = copy(scratch, new byte[] { 0x30, 0x05, 0, 2, (byte) 0xC3, 0x28, 'x' });
			break;
		case 7: // 5-byte Remaining Length
			len = copy(scratch, new byte[] { 0x30, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01 });
			break;
		case 8: // second CONNACK
			len = BrokerEncoder.connAck(scratch, 0, scratch.length, false, 0);
			break;
		case 9: // a packet only a client sends
			len = copy(scratch, new byte[] { (byte) 0xC0, 0 });
			break;
		case 10: // huge announced length
			len = copy(scratch, new byte[] { 0x30, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 0, 1, 'a' });
			break;
		case 11:
			len = 1 + r.nextInt(8);
			for (int i = 0; i < len; i++) {
				scratch[i] = (byte) r.nextInt(256);
			}
			break;
		case 12:
			len = BrokerEncoder.pingResp(scratch, 0, scratch.length);
			break;
		default: // silence
			len = 0;
			break;
		}
		t.feed(scratch, 0, len);
	}

	private static int copy(byte[] dst, byte[] src) {
		System.arraycopy(src, 0, dst, 0, src.length);
		return src.length;
	}
}
