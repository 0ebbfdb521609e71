/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec.broker;

/**
 * A CONNECT as a broker sees it, filled by {@link BrokerConnectDecoder#decode}: flags plus offsets into the
 * receive buffer. Test scope (round-trip oracle and scripted broker). Not thread-safe.
 */
public final class ConnectView {

	/** Buffer the offsets refer to. */
	public byte[] buf;
	/** 3 (MQTT 3.1, "MQIsdp") or 4 (MQTT 3.1.1, "MQTT"). */
	public int protocolLevel;
	/** Clean session flag. */
	public boolean cleanSession;
	/** Keep-alive in seconds. */
	public int keepAliveSeconds;
	/** Client identifier offset. */
	public int clientIdOff;
	/** Client identifier length. */
	public int clientIdLen;
	/** Will flag. */
	public boolean will;
	/** Will QoS. */
	public int willQos;
	/** Will retain. */
	public boolean willRetain;
	/** Will topic offset (valid when {@link #will}). */
	public int willTopicOff;
	/** Will topic length. */
	public int willTopicLen;
	/** Will payload offset (valid when {@link #will}). */
	public int willPayloadOff;
	/** Will payload length. */
	public int willPayloadLen;
	/** User name flag. */
	public boolean hasUsername;
	/** User name offset. */
	public int usernameOff;
	/** User name length. */
	public int usernameLen;
	/** Password flag. */
	public boolean hasPassword;
	/** Password offset. */
	public int passwordOff;
	/** Password length. */
	public int passwordLen;
}
