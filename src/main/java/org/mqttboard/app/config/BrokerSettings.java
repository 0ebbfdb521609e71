/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import org.mqttboard.mqtt.transport.Endpoint;

/**
 * Broker connection settings after profile defaults and validation. Immutable; {@link #toString()} masks the
 * password. Times are in the unit their accessor names.
 */
public final class BrokerSettings {

	/** {@link #mqttVersion()}: MQTT 3.1.1 (protocol level 4). */
	public static final int MQTT_3_1_1 = 4;
	/** {@link #mqttVersion()}: MQTT 3.1 (protocol level 3, "MQIsdp"). */
	public static final int MQTT_3_1 = 3;
	/** {@link #mqttVersion()}: try 3.1.1, fall back to 3.1 when the broker answers CONNACK 1. */
	public static final int MQTT_AUTO = 0;

	/** {@link #queueOverflow()}: a full queue drops its oldest message to take the new one. */
	public static final int DROP_OLDEST = 0;
	/** {@link #queueOverflow()}: a full queue refuses the new message. */
	public static final int DROP_NEWEST = 1;

	private final BrokerProfile profile;
	private final String host;
	private final int port;
	private final boolean tls;
	private final boolean tlsVerify;
	private final String[] caResources;
	private final String clientId;
	private final String username;
	private final String password;
	private final boolean allowInsecure;
	private final int keepAliveSeconds;
	private final boolean cleanSession;
	private final int mqttVersion;
	private final int connectTimeoutMillis;
	private final int ackTimeoutMillis;
	private final int backoffBaseMillis;
	private final int backoffCapMillis;
	private final int rateLimitPerSecond;
	private final int bufferBytes;
	private final int queueSize;
	private final int queueTtlSeconds;
	private final int queueOverflow;
	private final PublishAction will;
	private final PublishAction announce;

	/** Copies the values {@link BrokerReader} collected. */
	BrokerSettings(BrokerDraft d) {
		this.profile = d.profile;
		this.host = d.host;
		this.port = d.port;
		this.tls = d.tls;
		this.tlsVerify = d.tlsVerify;
		this.caResources = d.caResources.clone();
		this.clientId = d.clientId;
		this.username = d.username;
		this.password = d.password;
		this.allowInsecure = d.allowInsecure;
		this.keepAliveSeconds = d.keepAliveSeconds;
		this.cleanSession = d.cleanSession;
		this.mqttVersion = d.mqttVersion;
		this.connectTimeoutMillis = d.connectTimeoutMillis;
		this.ackTimeoutMillis = d.ackTimeoutMillis;
		this.backoffBaseMillis = d.backoffBaseMillis;
		this.backoffCapMillis = d.backoffCapMillis;
		this.rateLimitPerSecond = d.rateLimitPerSecond;
		this.bufferBytes = d.bufferBytes;
		this.queueSize = d.queueSize;
		this.queueTtlSeconds = d.queueTtlSeconds;
		this.queueOverflow = d.queueOverflow;
		this.will = d.will;
		this.announce = d.announce;
	}

	/** @return the profile whose rules were applied; its capabilities hold at run time too */
	public BrokerProfile profile() {
		return this.profile;
	}

	/** @return the broker host name (DNS, SNI and certificate check) */
	public String host() {
		return this.host;
	}

	/** @return the TCP port, 1..65535 */
	public int port() {
		return this.port;
	}

	/** @return true for TLS */
	public boolean tls() {
		return this.tls;
	}

	/** @return true when the certificate chain and host name are verified (false only when the file says so) */
	public boolean tlsVerify() {
		return this.tlsVerify;
	}

	/** @return a copy of the class-path resources of the trusted CA certificates (PEM) */
	public String[] caResources() {
		return this.caResources.clone();
	}

	/** @return the client id as written or defaulted; for derived ids use {@link FirmwareConfig#credentials()} */
	public String clientId() {
		return this.clientId;
	}

	/** @return the user name as written or defaulted, empty for none */
	public String username() {
		return this.username;
	}

	/** @return the password or secret as written (secret: never log it), empty for none */
	public String password() {
		return this.password;
	}

	/** @return true when the file explicitly allows a password over plain TCP */
	public boolean allowInsecure() {
		return this.allowInsecure;
	}

	/** @return the MQTT keep-alive, seconds (0 = off) */
	public int keepAliveSeconds() {
		return this.keepAliveSeconds;
	}

	/** @return the clean session flag */
	public boolean cleanSession() {
		return this.cleanSession;
	}

	/** @return {@link #MQTT_3_1_1}, {@link #MQTT_3_1} or {@link #MQTT_AUTO} */
	public int mqttVersion() {
		return this.mqttVersion;
	}

	/** @return budget for TCP connect + TLS handshake + CONNACK, ms */
	public int connectTimeoutMillis() {
		return this.connectTimeoutMillis;
	}

	/** @return wait for an acknowledgement (PUBACK, SUBACK, PINGRESP) before the link is considered dead, ms */
	public int ackTimeoutMillis() {
		return this.ackTimeoutMillis;
	}

	/** @return first reconnect delay, ms (exponential with full jitter from there) */
	public int backoffBaseMillis() {
		return this.backoffBaseMillis;
	}

	/** @return largest reconnect delay, ms */
	public int backoffCapMillis() {
		return this.backoffCapMillis;
	}

	/** @return publish rate limit, messages per second, 0 = none */
	public int rateLimitPerSecond() {
		return this.rateLimitPerSecond;
	}

	/** @return size of each of the receive and transmit buffers, bytes */
	public int bufferBytes() {
		return this.bufferBytes;
	}

	/** @return offline queue capacity, messages (0 = no queue: presses while offline are dropped and shown) */
	public int queueSize() {
		return this.queueSize;
	}

	/** @return offline queue message lifetime, seconds (0 = no expiry) */
	public int queueTtlSeconds() {
		return this.queueTtlSeconds;
	}

	/** @return {@link #DROP_OLDEST} or {@link #DROP_NEWEST} */
	public int queueOverflow() {
		return this.queueOverflow;
	}

	/** @return the will message (payload taken literally, no placeholders), or null for none */
	public PublishAction will() {
		return this.will;
	}

	/** @return the message published after every successful connect, or null for none */
	public PublishAction announce() {
		return this.announce;
	}

	/** @return the transport endpoint for {@link org.mqttboard.platform.Network#connector} */
	public Endpoint endpoint() {
		return new Endpoint(this.host, this.port, this.tls, this.caResources, this.tlsVerify);
	}

	@Override
	public String toString() {
		StringBuilder b = new StringBuilder("broker{profile=").append(this.profile.name());
		b.append(", host=").append(this.host).append(", port=").append(this.port).append(", tls=").append(this.tls);
		b.append(", verify=").append(this.tlsVerify).append(", clientId=").append(this.clientId);
		b.append(", username=").append(this.username).append(", password=").append(Secrets.mask(this.password));
		b.append(", keepAliveSeconds=").append(this.keepAliveSeconds).append(", mqtt=").append(this.mqttVersion);
		return b.append('}').toString();
	}
}
