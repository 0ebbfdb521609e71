/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Random;

import org.junit.Before;
import org.junit.Test;
import org.mqttboard.mqtt.codec.broker.BrokerConnectDecoder;
import org.mqttboard.mqtt.codec.broker.BrokerEncoder;
import org.mqttboard.mqtt.codec.broker.BrokerFilterListDecoder;
import org.mqttboard.mqtt.codec.broker.ConnectView;
import org.mqttboard.mqtt.codec.broker.FilterListView;

/**
 * Seeded property test of every decoder and encoder: random and mutated valid packets, placed at a random offset
 * between random bytes. Invariants: nothing throws; results are a known status or a count within
 * {@code [0, limit - off]}; view offsets stay inside the decoded packet; bytes outside {@code [off, limit)} do not
 * change the result (they are not read) and are never written. The seed is printed; rerun a failure with
 * {@code -Dfuzz.seed=<seed>}; {@code -Dfuzz.cases=<n>} scales the mutation run (default 100,000).
 */
public class CodecFuzzTest {

	private static final int BUF = 512;

	private long seed;
	private Random random;
	private final byte[] buf = new byte[BUF];
	private final byte[] copy = new byte[BUF];
	private final PacketView header = new PacketView();
	private final PacketView publish = new PacketView();
	private final PacketView connAck = new PacketView();
	private final PacketView ack = new PacketView();
	private final PacketView subAck = new PacketView();
	private final ConnectView connect = new ConnectView();
	private final FilterListView filters = new FilterListView(8);
	private final BrokerConnectDecoder connectDecoder = new BrokerConnectDecoder();
	private final BrokerFilterListDecoder filterDecoder = new BrokerFilterListDecoder();
	private int packets;

	@Before
	public void setUp() {
		String property = System.getProperty("fuzz.seed");
		this.seed = property != null ? Long.parseLong(property) : System.currentTimeMillis();
		this.random = new Random(this.seed);
		System.out.println("CodecFuzzTest seed=" + this.seed + " (rerun with -Dfuzz.seed=" + this.seed + ")");
	}

	@Test
	public void decoders_holdInvariants_onMutatedAndRandomPackets() {
		int cases = Integer.parseInt(System.getProperty("fuzz.cases", "100000"));
		byte[] packet = new byte[BUF];
		for (int c = 0; c < cases; c++) {
			int len = c % 10 == 0 ? randomBytes(packet) : validPacket(packet);
			len = mutate(packet, len);
			runDecoders(packet, len, c);
		}
		System.out.println("CodecFuzzTest decoders: " + cases + " cases, " + this.packets + " decoded");
		assertTrue("the generator produces decodable packets", this.packets > cases / 10);
	}

	@Test
	public void validPackets_roundTrip_exactly() {
		for (int c = 0; c < 20000; c++) {
			int qos = this.random.nextInt(3);
			boolean retain = this.random.nextBoolean();
			boolean dup = qos > 0 && this.random.nextBoolean();
			int id = qos == 0 ? 0 : 1 + this.random.nextInt(65535);
			byte[] topic = randomTopic();
			byte[] payload = new byte[this.random.nextInt(300)];
			this.random.nextBytes(payload);
			int off = this.random.nextInt(8);
			int n = PublishCodec.encode(this.buf, off, BUF, topic, 0, topic.length, qos, retain, dup, id, payload, 0,
					payload.length);
			String where = "seed=" + this.seed + " case=" + c;
			assertEquals(where, PublishCodec.size(topic.length, qos, payload.length), n);
			assertEquals(where, n, PublishCodec.decode(this.buf, off, off + n, this.publish));
			assertEquals(where, qos, this.publish.qos);
			assertEquals(where, retain, this.publish.retain);
			assertEquals(where, dup, this.publish.dup);
			assertEquals(where, id, this.publish.packetId);
			assertEquals(where, topic.length, this.publish.topicLen);
			assertEquals(where, payload.length, this.publish.payloadLen);
			for (int i = 0; i < payload.length; i++) {
				assertEquals(where, payload[i], this.buf[this.publish.payloadOff + i]);
			}
		}
	}

	@Test
	public void encoders_neverWriteOutsideLimit_andReportSizes() {
		byte[] canary = new byte[BUF];
		for (int c = 0; c < 20000; c++) {
			int off = this.random.nextInt(16);
			int limit = off + this.random.nextInt(BUF - off);
			this.random.nextBytes(canary);
			System.arraycopy(canary, 0, this.buf, 0, BUF);
			int n = randomEncode(off, limit);
			if (n < 0 ? "UNKNOWN".equals(Status.name(n)) : n > limit - off) {
				fail("seed=" + this.seed + " case=" + c + " result=" + n);
			}
			int end = n > 0 ? off + n : off;
			for (int i = 0; i < BUF; i++) {
				if ((i < off || i >= end) && canary[i] != this.buf[i]) {
					fail("seed=" + this.seed + " case=" + c + " result=" + Status.name(n) + " wrote byte " + i);
				}
			}
		}
	}

	private int randomEncode(int off, int limit) {
		int qos = this.random.nextInt(4) - (this.random.nextInt(20) == 0 ? 1 : 0);
		int id = this.random.nextInt(20) == 0 ? 0 : 1 + this.random.nextInt(65535);
		switch (this.random.nextInt(7)) {
		case 0:
			byte[] topic = this.random.nextBoolean() ? randomTopic() : randomUtf8ish();
			byte[] payload = new byte[this.random.nextInt(200)];
			return PublishCodec.encode(this.buf, off, limit, topic, 0, topic.length, qos, this.random.nextBoolean(),
					this.random.nextBoolean(), qos == 0 ? 0 : id, payload, 0, payload.length);
		case 1:
			ConnectOptions o = new ConnectOptions();
			o.protocolLevel = 3 + this.random.nextInt(2);
			o.clientId = this.random.nextBoolean() ? randomTopic() : randomUtf8ish();
			o.cleanSession = this.random.nextBoolean();
			o.willTopic = this.random.nextBoolean() ? randomTopic() : null;
			o.willPayload = o.willTopic != null && this.random.nextBoolean() ? randomUtf8ish() : null;
			o.willQos = o.willTopic != null ? qos : 0;
			o.username = this.random.nextBoolean() ? randomUtf8ish() : null;
			o.password = this.random.nextBoolean() ? randomUtf8ish() : null;
			return ConnectCodec.encode(this.buf, off, limit, o);
		case 2:
		case 3:
			byte[][] list = { randomFilter(), randomFilter(), randomFilter() };
			int[] qosList = { qos, this.random.nextInt(3), this.random.nextInt(3) };
			return SubscribeCodec.encode(this.buf, off, limit, id, list, qosList, 0, 1 + this.random.nextInt(3));
		case 4:
			return AckCodec.encode(this.buf, off, limit, this.random.nextInt(16), id);
		case 5:
			return FixedHeader.encode(this.buf, off, limit, PacketType.PINGREQ, 0, 0);
		default:
			return FixedHeader.encode(this.buf, off, limit, PacketType.DISCONNECT, 0, 0);
		}
	}

	private void runDecoders(byte[] packet, int len, int c) {
		int off = this.random.nextInt(32);
		int limit = off + len;
		// Sometimes cut the packet short, to exercise NEED_MORE paths.
		if (len > 0 && this.random.nextInt(8) == 0) {
			limit = off + this.random.nextInt(len);
		}
		int[] first = new int[9];
		for (int round = 0; round < 2; round++) {
			// Different bytes outside [off, limit) each round: a decoder that reads them could disagree.
			this.random.nextBytes(this.buf);
			System.arraycopy(packet, 0, this.buf, off, limit - off);
			System.arraycopy(this.buf, 0, this.copy, 0, BUF);
			int[] results = decodeAll(off, limit, c, packet, len);
			for (int i = 0; i < BUF; i++) {
				if (this.buf[i] != this.copy[i]) {
					fail(where(c, packet, len) + " decoder wrote byte " + i);
				}
			}
			if (round == 0) {
				System.arraycopy(results, 0, first, 0, results.length);
			} else {
				for (int k = 0; k < results.length; k++) {
					if (first[k] != results[k]) {
						fail(where(c, packet, len) + " decoder " + k + " read outside its range");
					}
				}
			}
		}
	}

	private int[] decodeAll(int off, int limit, int c, byte[] packet, int len) {
		int[] r = new int[9];
		try {
			r[0] = FixedHeader.decode(this.buf, off, limit, this.header);
			r[1] = PublishCodec.decode(this.buf, off, limit, this.publish);
			checkPublish(r[1], off, limit, c, packet, len, true);
			r[2] = PublishCodec.decodeHead(this.buf, off, limit, this.publish);
			checkPublish(r[2], off, limit, c, packet, len, false);
			r[3] = AckCodec.decodeConnAck(this.buf, off, limit, 3 + (c & 1), this.connAck);
			r[4] = AckCodec.decode(this.buf, off, limit, this.ack);
			r[5] = AckCodec.decodeSubAck(this.buf, off, limit, this.subAck);
			if (r[5] > 0 && this.subAck.codesOff + this.subAck.count > off + r[5]) {
				fail(where(c, packet, len) + " SUBACK codes outside the packet");
			}
			r[6] = AckCodec.decodePingResp(this.buf, off, limit);
			r[7] = this.connectDecoder.decode(this.buf, off, limit, this.connect);
			r[8] = this.filterDecoder.decodeSubscribe(this.buf, off, limit, this.filters);
		} catch (RuntimeException e) {
			throw new AssertionError(where(c, packet, len) + " threw " + e, e);
		}
		for (int k = 0; k < r.length; k++) {
			if (r[k] > 0) {
				this.packets++;
			}
			boolean known = r[k] < 0 ? !"UNKNOWN".equals(Status.name(r[k])) : r[k] <= limit - off;
			if (!known) {
				fail(where(c, packet, len) + " decoder " + k + " returned " + r[k]);
			}
		}
		return r;
	}

	private void checkPublish(int n, int off, int limit, int c, byte[] packet, int len, boolean whole) {
		if (n <= 0) {
			return;
		}
		PacketView v = this.publish;
		boolean ok = v.topicOff >= off && v.topicOff + v.topicLen <= off + n
				&& v.payloadLen >= 0 && v.payloadOff + v.payloadLen == off + v.packetLength()
				&& (whole ? v.payloadOff >= v.topicOff + v.topicLen && v.payloadOff + v.payloadLen <= limit
						: v.payloadOff == off + n)
				&& v.qos >= 0 && v.qos <= 2 && (v.qos == 0) == (v.packetId == 0);
		if (!ok) {
			fail(where(c, packet, len) + " PUBLISH view outside the packet");
		}
	}

	private String where(int c, byte[] packet, int len) {
		return "seed=" + this.seed + " case=" + c + " packet=" + Fixtures.hex(Fixtures.head(packet, len));
	}

	/** Fills {@code out} with a random valid server or client packet; returns its length. */
	private int validPacket(byte[] out) {
		int id = 1 + this.random.nextInt(65535);
		switch (this.random.nextInt(9)) {
		case 0:
		case 1:
		case 2:
			int qos = this.random.nextInt(3);
			byte[] topic = randomTopic();
			byte[] payload = new byte[this.random.nextInt(64)];
			this.random.nextBytes(payload);
			return PublishCodec.encode(out, 0, out.length, topic, 0, topic.length, qos, this.random.nextBoolean(),
					qos > 0 && this.random.nextBoolean(), qos == 0 ? 0 : id, payload, 0, payload.length);
		case 3:
			return BrokerEncoder.connAck(out, 0, out.length, this.random.nextBoolean(), this.random.nextInt(6));
		case 4:
			int[] types = { PacketType.PUBACK, PacketType.PUBREC, PacketType.PUBREL, PacketType.PUBCOMP,
					PacketType.UNSUBACK };
			return AckCodec.encode(out, 0, out.length, types[this.random.nextInt(types.length)], id);
		case 5:
			int[] codes = { 0, 1, 2, 0x80 };
			int count = 1 + this.random.nextInt(4);
			int[] granted = new int[count];
			for (int i = 0; i < count; i++) {
				granted[i] = codes[this.random.nextInt(4)];
			}
			return BrokerEncoder.subAck(out, 0, out.length, id, granted, count);
		case 6:
			return BrokerEncoder.pingResp(out, 0, out.length);
		case 7:
			ConnectOptions o = new ConnectOptions();
			o.clientId = randomTopic();
			o.willTopic = this.random.nextBoolean() ? randomTopic() : null;
			o.username = this.random.nextBoolean() ? randomTopic() : null;
			o.password = o.username != null && this.random.nextBoolean() ? randomTopic() : null;
			return ConnectCodec.encode(out, 0, out.length, o);
		default:
			byte[][] list = { randomFilter(), randomFilter() };
			int[] qosList = { this.random.nextInt(3), this.random.nextInt(3) };
			int n = SubscribeCodec.encode(out, 0, out.length, id, list, qosList, 0, 2);
			return n > 0 ? n : FixedHeader.encode(out, 0, out.length, PacketType.PINGREQ, 0, 0);
		}
	}

	private int randomBytes(byte[] out) {
		int len = this.random.nextInt(40);
		for (int i = 0; i < len; i++) {
			out[i] = (byte) this.random.nextInt(256);
		}
		return len;
	}

	/** Applies zero to three mutations; returns the new length (at most {@code BUF - 32}). */
	private int mutate(byte[] p, int len) {
		int mutations = this.random.nextInt(4);
		for (int m = 0; m < mutations && len > 0; m++) {
			int at = this.random.nextInt(len);
			switch (this.random.nextInt(5)) {
			case 0:
				p[at] ^= (byte) (1 << this.random.nextInt(8));
				break;
			case 1:
				p[at] = (byte) this.random.nextInt(256);
				break;
			case 2:
				len = at + 1;
				break;
			case 3:
				// Small changes to the type/length bytes hit the most interesting branches.
				p[Math.min(len - 1, this.random.nextInt(3))] += (byte) (this.random.nextInt(5) - 2);
				break;
			default:
				int extra = Math.min(this.random.nextInt(8), BUF - 32 - len);
				for (int i = 0; i < extra; i++) {
					p[len + i] = (byte) this.random.nextInt(256);
				}
				len += extra;
				break;
			}
		}
		return Math.min(len, BUF - 32);
	}

	private byte[] randomTopic() {
		String alphabet = "ab/c$\u00e9";
		int len = 1 + this.random.nextInt(12);
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < len; i++) {
			sb.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return Fixtures.utf8(sb.toString());
	}

	private byte[] randomFilter() {
		String[] levels = { "a", "+", "#", "", "b+", "x" };
		int n = 1 + this.random.nextInt(3);
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < n; i++) {
			if (i > 0) {
				sb.append('/');
			}
			sb.append(levels[this.random.nextInt(levels.length)]);
		}
		return Fixtures.utf8(sb.toString());
	}

	private byte[] randomUtf8ish() {
		byte[] b = new byte[this.random.nextInt(30)];
		for (int i = 0; i < b.length; i++) {
			b[i] = (byte) (this.random.nextInt(10) == 0 ? this.random.nextInt(256) : 'a' + this.random.nextInt(26));
		}
		return b;
	}
}
