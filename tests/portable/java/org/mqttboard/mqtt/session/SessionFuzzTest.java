/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Test;
import org.mqttboard.mqtt.codec.Utf8;
import org.mqttboard.mqtt.codec.AckCodec;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.codec.PublishCodec;
import org.mqttboard.mqtt.codec.broker.BrokerEncoder;
import org.mqttboard.testkit.ScriptedConnector;
import org.mqttboard.testkit.ScriptedTransport;

/**
 * Seeded session fuzz (Zephyr style: the whole receive path through a scripted transport): after a CONNACK the
 * broker side sends random mixes of valid packets, mutated packets and garbage, in random short reads, while the
 * clock jumps, writes stall and the application publishes and reconnects. Invariants after every step: no
 * exception, defined state, buffer indices in range, in-flight count within capacity, queue within its bytes.
 * <p>
 * 100,000 cases; the seed is printed and can be replayed with {@code -Dfuzz.seed=N}.
 */
public class SessionFuzzTest {

	private static final int CASES = 100000;
	private static final int STEPS = 30;
	private static final int[] PACKET_TYPES = { PacketType.PUBACK, PacketType.PUBREC, PacketType.PUBREL,
			PacketType.PUBCOMP, PacketType.UNSUBACK };
	private static final byte[] TOPIC = Utf8.encode("dev/t");
	private static final byte[][] TOPICS = { Utf8.encode("cmd/a"), Utf8.encode("led/1"),
			Utf8.encode("$SYS/x"), Utf8.encode("a/b/c/d") };

	@Test
	public void randomBrokerStreams_neverBreakInvariants() {
		String fixed = System.getProperty("fuzz.seed");
		long seed = fixed != null ? Long.parseLong(fixed) : System.currentTimeMillis();
		System.out.println("SessionFuzzTest seed=" + seed + " cases=" + CASES + " (rerun with -Dfuzz.seed=" + seed
				+ ")");
		Random master = new Random(seed);
		byte[] scratch = new byte[512];
		long steps = 0;
		long[] reached = new long[2];
		for (int c = 0; c < CASES; c++) {
			long caseSeed = master.nextLong();
			try {
				steps += runCase(new Random(caseSeed), scratch, reached);
			} catch (RuntimeException e) {
				e.printStackTrace();
				throw new AssertionError("case " + c + " caseSeed=" + caseSeed + " (seed=" + seed + "): " + e);
			} catch (AssertionError e) {
				throw new AssertionError("case " + c + " caseSeed=" + caseSeed + " (seed=" + seed + "): "
						+ e.getMessage());
			}
		}
		assertTrue(steps >= CASES);
		// The fuzz must get past CONNACK and deliver messages, or it only tests the front door.
		assertTrue("connects " + reached[0], reached[0] > CASES / 2);
		assertTrue("messages " + reached[1], reached[1] > CASES / 10);
	}

	private static int runCase(Random r, byte[] scratch, long[] reached) {
		SessionConfig config = new SessionConfig();
		config.connect.clientId = Utf8.encode("fuzz");
		config.bufferBytes = 32 + r.nextInt(216);
		config.queueBytes = r.nextInt(300);
		config.connect.keepAliveSeconds = r.nextInt(4);
		config.ackTimeoutMillis = 1 + r.nextInt(3000);
		config.connect.cleanSession = r.nextInt(2) == 0;
		config.queueOverflow = r.nextInt(2);
		config.queueTtlSeconds = r.nextInt(3);
		config.subscribe("cmd/#", r.nextInt(3));
		config.subscribe("+/1", r.nextInt(3));
		ScriptedConnector connector = new ScriptedConnector();
		RecordingListener listener = new RecordingListener();
		listener.copy = false;
		MqttSession s = new MqttSession(config, connector, listener);
		long now = r.nextInt(1000);
		ScriptedTransport t = newTransport(r, scratch);
		connector.willReturn(t);
		s.connect(now);
		int n = 0;
		for (; n < STEPS; n++) {
			int action = r.nextInt(10);
			if (action == 0) {
				now += r.nextInt(4) == 0 ? r.nextInt(100000) : r.nextInt(500);
			} else if (action == 1) {
				s.publish(TOPIC, 0, TOPIC.length, scratch, 0, r.nextInt(60), r.nextInt(3), (r.nextInt(2) == 0),
						r.nextInt(3) * 500L, now);
			} else if (action == 2 && s.state() == SessionState.DISCONNECTED) {
				t = newTransport(r, scratch);
				connector.willReturn(r.nextInt(8) == 0 ? null : t);
				s.connect(now);
			} else if (action == 3 && r.nextInt(20) == 0) {
				s.disconnect(now);
			} else if (action == 4) {
				feed(t, r, scratch);
			}
			s.step(now);
			check(s, config);
			long d = s.nextDeadline(now);
			assertTrue("deadline in the past", d >= now);
		}
		reached[0] += s.counters().connects();
		reached[1] += listener.messages;
		return n;
	}

	private static ScriptedTransport newTransport(Random r, byte[] scratch) {
		ScriptedTransport t = new ScriptedTransport(4096);
		t.readPattern(1 + r.nextInt(16), r.nextInt(3), 1 + r.nextInt(64));
		t.writePattern(r.nextInt(4) == 0 ? 0 : Integer.MAX_VALUE, 1 + r.nextInt(32));
		int len = BrokerEncoder.connAck(scratch, 0, scratch.length, (r.nextInt(2) == 0), r.nextInt(8) == 0 ? r.nextInt(7)
				: 0);
		if (r.nextInt(16) == 0) {
			scratch[r.nextInt(len)] ^= (byte) (1 << r.nextInt(8));
		}
		t.feed(scratch, 0, len);
		feed(t, r, scratch);
		if (r.nextInt(10) == 0) {
			t.closeByPeer();
		}
		return t;
	}

	/** Appends 1..4 random packets (some mutated) or garbage. */
	private static void feed(ScriptedTransport t, Random r, byte[] scratch) {
		int packets = 1 + r.nextInt(4);
		for (int p = 0; p < packets && t.toClient.size() < 3000; p++) {
			int len;
			int kind = r.nextInt(8);
			if (kind < 3) {
				byte[] topic = TOPICS[r.nextInt(TOPICS.length)];
				int qos = r.nextInt(3);
				len = PublishCodec.encode(scratch, 0, scratch.length, topic, 0, topic.length, qos, (r.nextInt(2) == 0),
						qos > 0 && (r.nextInt(2) == 0), qos > 0 ? 1 + r.nextInt(8) : 0, scratch, 256, r.nextInt(200));
			} else if (kind < 5) {
				len = AckCodec.encode(scratch, 0, scratch.length, PACKET_TYPES[r.nextInt(PACKET_TYPES.length)],
						1 + r.nextInt(8));
			} else if (kind == 5) {
				len = BrokerEncoder.pingResp(scratch, 0, scratch.length);
			} else if (kind == 6) {
				int[] codes = { r.nextInt(2) == 0 ? 0x80 : r.nextInt(3) };
				len = BrokerEncoder.subAck(scratch, 0, scratch.length, 0xFFFF - r.nextInt(3), codes, 1);
			} else {
				len = 1 + r.nextInt(12);
				for (int i = 0; i < len; i++) {
					scratch[i] = (byte) r.nextInt(256);
				}
			}
			if (r.nextInt(12) == 0) {
				scratch[r.nextInt(len)] ^= (byte) (1 << r.nextInt(8));
			}
			if (r.nextInt(20) == 0) {
				len = r.nextInt(len + 1); // truncated
			}
			t.feed(scratch, 0, len);
		}
	}

	private static void check(MqttSession s, SessionConfig c) {
		int st = s.state();
		assertTrue("state " + st, st == SessionState.DISCONNECTED || st == SessionState.AWAIT_CONNACK
				|| st == SessionState.CONNECTED);
		assertTrue("rx index",
				s.inbound.start >= 0 && s.inbound.start <= s.inbound.end && s.inbound.end <= c.bufferBytes);
		assertTrue("tx index", s.outbound.pending() >= 0 && s.outbound.pending() <= c.bufferBytes);
		Outbound tx = s.outbound;
		assertTrue("tx head", tx.head >= 0 && tx.head <= tx.end && tx.end <= c.bufferBytes);
		assertTrue("drain", s.inbound.drain >= 0);
		assertTrue("in-flight", s.inflight.used() >= 0 && s.inflight.used() <= s.inflight.capacity());
		int queued = s.queue.capacity() - s.queue.free();
		assertTrue("queue", queued >= 0 && queued <= c.queueBytes);
		assertTrue("queue count", s.queue.count() >= 0);
		if (st == SessionState.DISCONNECTED) {
			assertTrue("idle when disconnected", s.inbound.end == 0 && s.outbound.pending() == 0);
		}
	}
}
