/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

/**
 * Events reported through {@link SessionListener#onEvent(int, int)}: things worth showing or logging that are
 * neither messages nor state changes. Each is also counted in {@link SessionCounters}.
 */
public final class SessionEvent {

	/** SUBACK granted a subscription; arg = subscription index (granted QoS: {@link MqttSession#grantedQos}). */
	public static final int SUBSCRIBED = 1;
	/** SUBACK refused a subscription (0x80); arg = subscription index. */
	public static final int SUBSCRIBE_REFUSED = 2;
	/** An inbound PUBLISH larger than the receive buffer was drained and dropped (still acknowledged); arg = its
	 * total size in bytes. */
	public static final int OVERSIZE_DROPPED = 3;
	/** A QoS 1 redelivery (DUP) already delivered was suppressed; arg = packet id. */
	public static final int DUPLICATE_SUPPRESSED = 4;
	/** CONNACK 1 on MQTT 3.1.1: the next connect will use MQTT 3.1; arg = 3. */
	public static final int PROTOCOL_FALLBACK = 5;
	/** Unacknowledged publishes were resent after a resumed session; arg = count. */
	public static final int RESENT = 6;
	/**
	 * The broker closed the link after CONNECT and pipelined SUBSCRIBEs, before CONNACK: from now on this session
	 * sends its SUBSCRIBEs only after CONNACK (the close is {@link SessionStatus#RETRY_WITHOUT_PIPELINING}). Happens
	 * at most once per session; arg = 0.
	 */
	public static final int PIPELINE_FALLBACK = 7;
	/**
	 * The broker answered a QoS 2 PUBLISH with PUBACK (seen: RabbitMQ 3.x, whose MQTT plugin has no QoS 2): the
	 * publish is complete, delivered at least once. Reported once per connection, counted every time
	 * ({@link SessionCounters#qos2Downgraded}); arg = packet id.
	 */
	public static final int QOS2_DOWNGRADED = 8;
	/**
	 * A QoS 1/2 publish found every in-flight slot awaiting its acknowledgement and was queued instead of sent
	 * ({@link SessionCounters#inflightFull}); QoS 0 is never held back by it. arg = slots in flight.
	 */
	public static final int INFLIGHT_FULL = 9;
	/**
	 * A PUBLISH announced more bytes than the drain limit; the link closes with
	 * {@link SessionStatus#ANNOUNCED_TOO_LARGE} right after. arg = the announced packet size in bytes.
	 */
	public static final int OVERSIZE_REFUSED = 10;

	private SessionEvent() {
	}

	/**
	 * @param event an event constant
	 * @return its name for logs; "UNKNOWN" for other values
	 */
	public static String name(int event) {
		switch (event) {
		case SUBSCRIBED: return "SUBSCRIBED";
		case SUBSCRIBE_REFUSED: return "SUBSCRIBE_REFUSED";
		case OVERSIZE_DROPPED: return "OVERSIZE_DROPPED";
		case DUPLICATE_SUPPRESSED: return "DUPLICATE_SUPPRESSED";
		case PROTOCOL_FALLBACK: return "PROTOCOL_FALLBACK";
		case RESENT: return "RESENT";
		case PIPELINE_FALLBACK: return "PIPELINE_FALLBACK";
		case QOS2_DOWNGRADED: return "QOS2_DOWNGRADED";
		case INFLIGHT_FULL: return "INFLIGHT_FULL";
		case OVERSIZE_REFUSED: return "OVERSIZE_REFUSED";
		default: return "UNKNOWN";
		}
	}
}
