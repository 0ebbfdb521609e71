/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * The broker values while {@link BrokerReader} reads them; copied into the immutable {@link BrokerSettings}.
 * Package-private scratch object, used on the loading thread only.
 */
final class BrokerDraft {

	BrokerProfile profile;
	String host;
	int port;
	boolean tls;
	boolean tlsVerify;
	String[] caResources;
	String clientId;
	String username;
	String password;
	boolean allowInsecure;
	int keepAliveSeconds;
	boolean cleanSession;
	int mqttVersion;
	int connectTimeoutMillis;
	int ackTimeoutMillis;
	int backoffBaseMillis;
	int backoffCapMillis;
	int rateLimitPerSecond;
	int bufferBytes;
	int queueSize;
	int queueTtlSeconds;
	int queueOverflow;
	PublishAction will;
	PublishAction announce;
}
