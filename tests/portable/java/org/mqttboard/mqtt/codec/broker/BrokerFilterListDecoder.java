/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec.broker;

import org.mqttboard.mqtt.codec.FixedHeader;
import org.mqttboard.mqtt.codec.PacketView;
import org.mqttboard.mqtt.codec.PacketType;
import org.mqttboard.mqtt.codec.Status;
import org.mqttboard.mqtt.codec.Topics;

/**
 * Server-side SUBSCRIBE and UNSUBSCRIBE decoder (MQTT 3.1.1 §3.8, §3.10). Test scope.
 */
public final class BrokerFilterListDecoder {

	private final PacketView header = new PacketView();

	/**
	 * Decodes a SUBSCRIBE: flags 0010, packet id non-zero, at least one filter [MQTT-3.8.3-3], each a valid filter
	 * followed by a QoS byte whose upper six bits are zero [MQTT-3.8.3-4].
	 *
	 * @return packet length, {@link Status#NEED_MORE}, {@link Status#TOO_LARGE} (more filters than the view holds)
	 *         or a malformed code
	 */
	public int decodeSubscribe(byte[] buf, int off, int limit, FilterListView out) {
		return decode(buf, off, limit, out, PacketType.SUBSCRIBE);
	}

	/**
	 * Decodes an UNSUBSCRIBE: flags 0010, packet id non-zero, at least one valid filter [MQTT-3.10.3-2].
	 *
	 * @return as {@link #decodeSubscribe}
	 */
	public int decodeUnsubscribe(byte[] buf, int off, int limit, FilterListView out) {
		return decode(buf, off, limit, out, PacketType.UNSUBSCRIBE);
	}

	private int decode(byte[] buf, int off, int limit, FilterListView out, int type) {
		int n = FixedHeader.decode(buf, off, limit, this.header);
		if (n < 0) {
			return n;
		}
		if (this.header.type != type) {
			return Status.PROTOCOL_ERROR;
		}
		if (this.header.remainingLength > limit - off - n) {
			return Status.NEED_MORE;
		}
		int pos = off + n;
		int end = pos + this.header.remainingLength;
		if (end - pos < 2) {
			return Status.MALFORMED_LENGTH;
		}
		out.packetId = ((buf[pos] & 0xFF) << 8) | (buf[pos + 1] & 0xFF);
		if (out.packetId == 0) {
			return Status.MALFORMED_PACKET_ID;
		}
		pos += 2;
		int count = 0;
		int qosBytes = type == PacketType.SUBSCRIBE ? 1 : 0;
		while (pos < end) {
			if (count == out.filterOff.length) {
				return Status.TOO_LARGE;
			}
			if (end - pos < 2) {
				return Status.MALFORMED_LENGTH;
			}
			int len = ((buf[pos] & 0xFF) << 8) | (buf[pos + 1] & 0xFF);
			if (len > end - pos - 2 - qosBytes) {
				return Status.MALFORMED_LENGTH;
			}
			int status = Topics.checkFilter(buf, pos + 2, len);
			if (status != Status.OK) {
				return status == Status.INVALID_UTF8 ? Status.MALFORMED_UTF8 : Status.MALFORMED_TOPIC_FILTER;
			}
			out.filterOff[count] = pos + 2;
			out.filterLen[count] = len;
			pos += 2 + len;
			if (qosBytes == 1) {
				int qos = buf[pos++] & 0xFF;
				if (qos > 2) {
					return Status.MALFORMED_QOS;
				}
				out.qos[count] = qos;
			}
			count++;
		}
		if (count == 0) {
			return Status.MALFORMED_EMPTY;
		}
		out.count = count;
		out.buf = buf;
		return this.header.packetLength();
	}
}
