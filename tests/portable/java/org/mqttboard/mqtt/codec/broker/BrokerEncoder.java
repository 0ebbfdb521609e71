/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec.broker;

import org.mqttboard.mqtt.codec.AckCodec;
import org.mqttboard.mqtt.codec.FixedHeader;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.codec.Status;

/**
 * Server-side encoders for the packets a client receives and the client codec does not encode: CONNACK, SUBACK,
 * UNSUBACK, PINGRESP. PUBLISH to a client and the QoS acks use {@code PublishCodec}/{@code AckCodec} directly.
 * Test scope; stateless.
 */
public final class BrokerEncoder {

	private BrokerEncoder() {
	}

	/**
	 * @return 4, or {@link Status#BUFFER_TOO_SMALL}; writes whatever code is given (tests use it for bad codes)
	 */
	public static int connAck(byte[] buf, int off, int limit, boolean sessionPresent, int returnCode) {
		if (limit - off < 4) {
			return Status.BUFFER_TOO_SMALL;
		}
		buf[off] = (byte) (PacketType.CONNACK << 4);
		buf[off + 1] = 2;
		buf[off + 2] = (byte) (sessionPresent ? 1 : 0);
		buf[off + 3] = (byte) returnCode;
		return 4;
	}

	/**
	 * @param codes return codes (granted QoS or 0x80), {@code count} of them
	 * @return bytes written or {@link Status#BUFFER_TOO_SMALL}
	 */
	public static int subAck(byte[] buf, int off, int limit, int packetId, int[] codes, int count) {
		int remaining = 2 + count;
		int size = FixedHeader.packetSize(remaining);
		if (size > limit - off) {
			return Status.BUFFER_TOO_SMALL;
		}
		int i = off + FixedHeader.encode(buf, off, limit, PacketType.SUBACK, 0, remaining);
		buf[i++] = (byte) (packetId >>> 8);
		buf[i++] = (byte) packetId;
		for (int k = 0; k < count; k++) {
			buf[i++] = (byte) codes[k];
		}
		return i - off;
	}

	/**
	 * @return 4 or a negative status of {@link AckCodec#encode}
	 */
	public static int unsubAck(byte[] buf, int off, int limit, int packetId) {
		return AckCodec.encode(buf, off, limit, PacketType.UNSUBACK, packetId);
	}

	/**
	 * @return 2 or {@link Status#BUFFER_TOO_SMALL}
	 */
	public static int pingResp(byte[] buf, int off, int limit) {
		return FixedHeader.encode(buf, off, limit, PacketType.PINGRESP, 0, 0);
	}
}
