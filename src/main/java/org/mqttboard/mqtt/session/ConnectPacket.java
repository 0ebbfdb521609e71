/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.session;

import org.mqttboard.mqtt.codec.ConnAckCodec;
import org.mqttboard.mqtt.codec.ConnectCodec;
import org.mqttboard.mqtt.codec.ConnectOptions;
import org.mqttboard.mqtt.codec.Status;

/**
 * What the session's CONNECT says: protocol level (with the 3.1.1 to 3.1 fallback), identity (replaceable
 * between connects without allocation), will, clean session, keep-alive. Also maps CONNACK refusals to causes.
 * <p>
 * Threading: owned by the session's caller thread.
 */
final class ConnectPacket {

	/** Session cause per CONNACK return code 0..5 (the codec rejects other codes as malformed). */
	private static final int[] REFUSALS = { SessionCause.NONE, SessionCause.REFUSED_PROTOCOL,
			SessionCause.REFUSED_IDENTIFIER, SessionCause.REFUSED_UNAVAILABLE, SessionCause.REFUSED_CREDENTIALS,
			SessionCause.REFUSED_NOT_AUTHORIZED };

	private final ConnectOptions options = new ConnectOptions();
	private final boolean fallbackTo31;
	private final int maxBytes;

	/**
	 * @param config validated settings (arrays are shared, not copied: the config made its own copies)
	 * @throws IllegalArgumentException "connect: ..." when the CONNECT is invalid or does not fit the tx buffer
	 */
	ConnectPacket(SessionConfig config) {
		ConnectOptions c = this.options;
		c.protocolLevel = config.protocol;
		c.clientId = config.clientId;
		c.username = config.username;
		c.password = config.password;
		c.cleanSession = config.cleanSession;
		c.keepAliveSeconds = config.keepAliveSeconds;
		c.willTopic = config.willTopic;
		c.willPayload = config.willTopic == null ? null : config.willPayload;
		c.willQos = config.willQos;
		c.willRetain = config.willRetain;
		this.fallbackTo31 = config.fallbackTo31;
		this.maxBytes = config.txBufferBytes;
		int size = ConnectCodec.size(c);
		if (size < 0 || size > this.maxBytes) {
			throw new IllegalArgumentException("connect: " + (size < 0 ? Status.name(size)
					: "CONNECT does not fit the transmit buffer"));
		}
	}

	/** @return the protocol level the next CONNECT uses */
	int protocolLevel() {
		return this.options.protocolLevel;
	}

	/**
	 * Replaces the identity if the CONNECT stays valid and fits; else keeps the old one.
	 *
	 * @return {@link SessionStatus#OK} or {@link SessionStatus#BAD_ARGUMENT}
	 */
	int setCredentials(byte[] clientId, byte[] username, byte[] password) {
		ConnectOptions c = this.options;
		byte[] oldId = c.clientId;
		byte[] oldUser = c.username;
		byte[] oldPassword = c.password;
		c.clientId = clientId;
		c.username = username;
		c.password = password;
		int size = ConnectCodec.size(c);
		if (size < 0 || size > this.maxBytes) {
			c.clientId = oldId;
			c.username = oldUser;
			c.password = oldPassword;
			return SessionStatus.BAD_ARGUMENT;
		}
		return SessionStatus.OK;
	}

	/**
	 * Encodes the CONNECT at the start of an empty transmit buffer.
	 *
	 * @return false when it cannot be encoded (only after a fallback to 3.1 with a client id over 23 bytes)
	 */
	boolean encode(TxBuffer tx) {
		int n = ConnectCodec.encode(tx.buf, 0, tx.buf.length, this.options);
		if (n < 0) {
			return false;
		}
		tx.end = n;
		return true;
	}

	/**
	 * Classifies a refused CONNACK; code 1 on 3.1.1 with fallback enabled switches the next CONNECT to 3.1.
	 *
	 * @param returnCode CONNACK return code 1..5
	 * @return the {@link SessionCause}
	 */
	int refusal(int returnCode) {
		if (returnCode == ConnAckCodec.REFUSED_PROTOCOL_VERSION && this.fallbackTo31
				&& this.options.protocolLevel == ConnectOptions.LEVEL_3_1_1) {
			this.options.protocolLevel = ConnectOptions.LEVEL_3_1;
			return SessionCause.RETRY_WITH_31;
		}
		return REFUSALS[returnCode];
	}
}
