/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;

import org.junit.Test;

public class BrokerAndPeerTest {

	@Test
	public void peer_receivesItsOwnPublish_throughEmbeddedBrokerOnEphemeralPort() throws Exception {
		Events events = new Events();
		try (EmbeddedBroker broker = new EmbeddedBroker("127.0.0.1")) {
			broker.start(0);
			assertTrue("ephemeral port " + broker.port(), broker.port() > 0);
			try (PeerClient peer = new PeerClient(broker.host(), broker.port(), events)) {
				peer.connect();
				peer.subscribe("testtopic/#");
				peer.publish("testtopic/2", "two words\n", 1, false);
				int found = events.await(0, e -> e.kind().equals(Events.PEER), 5000);
				assertTrue("no PEER event", found >= 0);
				assertEquals("PEER testtopic/2 two words\\n", events.get(found).line());
			}
		}
	}

	@Test
	public void sntpResponder_answersClientRequest_withServerModeAndWorldTime() throws Exception {
		long world = 1_800_000_000_123L;
		try (SntpResponder sntp = new SntpResponder("127.0.0.1", 0, () -> world);
				DatagramSocket client = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
			client.setSoTimeout(3000);
			byte[] request = new byte[48];
			request[0] = (byte) ((4 << 3) | 3); // version 4, client mode
			request[40] = 0x12; // transmit timestamp, echoed as originate
			client.send(new DatagramPacket(request, 48, InetAddress.getByName("127.0.0.1"), sntp.port()));
			byte[] reply = new byte[64];
			DatagramPacket packet = new DatagramPacket(reply, reply.length);
			client.receive(packet);
			assertEquals(48, packet.getLength());
			assertEquals(4, reply[0] & 7);
			assertEquals(1, reply[1]);
			assertEquals(0x12, reply[24]);
			long seconds = ((reply[40] & 0xFFL) << 24) | ((reply[41] & 0xFFL) << 16) | ((reply[42] & 0xFFL) << 8)
					| (reply[43] & 0xFFL);
			assertEquals(world / 1000 + 2_208_988_800L, seconds);
			assertEquals(1, sntp.served());
		}
	}
}
