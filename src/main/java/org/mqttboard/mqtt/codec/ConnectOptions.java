/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

/**
 * What a CONNECT carries. A plain mutable holder: the session fills it once from its configuration (strings already
 * encoded as UTF-8 bytes) and may replace credentials between connects. The codec only reads it; arrays are
 * referenced, not copied, and must not change while {@link ConnectCodec#encode} runs.
 * <p>
 * Threading: owned by the caller's thread; not thread-safe.
 */
public final class ConnectOptions {

	/** Protocol level of MQTT 3.1 (protocol name "MQIsdp"). */
	public static final int LEVEL_3_1 = 3;
	/** Protocol level of MQTT 3.1.1 (protocol name "MQTT"). */
	public static final int LEVEL_3_1_1 = 4;

	/** {@link #LEVEL_3_1_1} (default) or {@link #LEVEL_3_1}. */
	public int protocolLevel = LEVEL_3_1_1;
	/** Client identifier, UTF-8, never null (may be empty with clean session on 3.1.1). */
	public byte[] clientId = new byte[0];
	public boolean cleanSession = true;
	/** Keep-alive in seconds, 0..65,535; 0 disables the server's keep-alive check. */
	public int keepAliveSeconds = 60;
	/** Will topic (UTF-8), or null for no will. */
	public byte[] willTopic;
	/** Will payload (binary), or null for an empty payload; only sent with a will topic. */
	public byte[] willPayload;
	/** Will QoS 0..2; must be 0 without a will. */
	public int willQos;
	/** Will retain; must be false without a will. */
	public boolean willRetain;
	/** User name (UTF-8), or null for none. */
	public byte[] username;
	/** Password (binary), or null for none; needs a user name [MQTT-3.1.2-22]. */
	public byte[] password;
}
