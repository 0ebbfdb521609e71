/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

/**
 * Counters of an {@link MqttSession}, read without allocation through the accessors (the simulator's status panel
 * shows them) and printed on the serial console's status line at every connect and drop ({@link #toString()}). They
 * only grow (except the last ping RTT) and are never reset by reconnects.
 * <p>
 * Threading: written by the session's caller thread; read from the same thread.
 */
public final class SessionCounters {

	long connects;
	long reconnects;
	long drops;
	long duplicatesSuppressed;
	long queueOverflows;
	long queueExpired;
	long oversizeDropped;
	long published;
	long received;
	long resent;
	long qos2Evictions;
	long pings;
	long pipelineFallbacks;
	long lastPingRttMillis = -1;
	long qos2Downgraded;
	long inflightFull;
	/** Links closed for a protocol violation, per kind ({@link SessionStatus#violationIndex}). */
	private final long[] violations = new long[SessionStatus.VIOLATION_KINDS];

	SessionCounters() {
	}

	/** @return successful connections (CONNACK accepted) */
	public long connects() {
		return this.connects;
	}

	/** @return successful connections after the first one */
	public long reconnects() {
		return this.reconnects;
	}

	/** @return established connections lost for any reason other than {@link MqttSession#disconnect} */
	public long drops() {
		return this.drops;
	}

	/** @return inbound QoS 1 redeliveries and QoS 2 repeats not delivered again */
	public long duplicatesSuppressed() {
		return this.duplicatesSuppressed;
	}

	/** @return publishes rejected or dropped because the offline queue was full */
	public long queueOverflows() {
		return this.queueOverflows;
	}

	/** @return queued publishes dropped because their time-to-live expired */
	public long queueExpired() {
		return this.queueExpired;
	}

	/** @return inbound publishes larger than the receive buffer, drained and dropped */
	public long oversizeDropped() {
		return this.oversizeDropped;
	}

	/** @return PUBLISH packets written to the transmit buffer (first sends, not resends) */
	public long published() {
		return this.published;
	}

	/** @return messages delivered to {@link SessionListener#onMessage} */
	public long received() {
		return this.received;
	}

	/** @return PUBLISH and PUBREL packets resent after a resumed session */
	public long resent() {
		return this.resent;
	}

	/** @return inbound QoS 2 ids forgotten because the exactly-once set was full */
	public long qos2Evictions() {
		return this.qos2Evictions;
	}

	/** @return PINGREQ packets sent */
	public long pings() {
		return this.pings;
	}

	/** @return times the broker closed the link on SUBSCRIBEs sent before CONNACK (0 or 1 per session) */
	public long pipelineFallbacks() {
		return this.pipelineFallbacks;
	}

	/** @return QoS 2 publishes the broker completed with PUBACK, as QoS 1 */
	public long qos2Downgraded() {
		return this.qos2Downgraded;
	}

	/** @return QoS 1/2 publishes queued because every in-flight slot awaited its acknowledgement */
	public long inflightFull() {
		return this.inflightFull;
	}

	/**
	 * @param cause a violation cause ({@link SessionStatus#isViolation})
	 * @return links closed for that violation; 0 for any other status
	 */
	public long violations(int cause) {
		int i = SessionStatus.violationIndex(cause);
		return i < 0 ? 0 : this.violations[i];
	}

	/** Counts a close cause when it is a protocol violation. */
	void closed(int cause) {
		int i = SessionStatus.violationIndex(cause);
		if (i >= 0) {
			this.violations[i]++;
		}
	}

	/** @return round-trip time of the last PINGREQ/PINGRESP in ms, -1 before the first */
	public long lastPingRttMillis() {
		return this.lastPingRttMillis;
	}

	/**
	 * @return the counters on one line for the serial console's status line, e.g. {@code connects=2 reconnects=1
	 *         drops=1 published=5 received=3 resent=0 duplicates=0 queueOverflows=0 queueExpired=0 oversize=0
	 *         pings=4 rttMs=12}; allocates, so never on the hot path
	 */
	@Override
	public String toString() {
		return "connects=" + this.connects + " reconnects=" + this.reconnects + " drops=" + this.drops + " published="
				+ this.published + " received=" + this.received + " resent=" + this.resent + " duplicates="
				+ this.duplicatesSuppressed + " queueOverflows=" + this.queueOverflows + " queueExpired="
				+ this.queueExpired + " oversize=" + this.oversizeDropped + " qos2Downgraded=" + this.qos2Downgraded
				+ " inflightFull=" + this.inflightFull + " pings=" + this.pings + " rttMs="
				+ this.lastPingRttMillis;
	}
}
