/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.button;

import org.mqttboard.mqtt.codec.Utf8;

/**
 * What one press of a button (or the announce after connect) publishes: topic, compiled payload template, QoS and
 * retain. Built once by the configuration reader. Immutable.
 */
public final class ButtonAction {

	private final String topic;
	private final byte[] topicBytes;
	private final PayloadTemplate template;
	private final int qos;
	private final boolean retain;

	/**
	 * @param topic topic name (no wildcards: checked by the configuration)
	 * @param template compiled payload template
	 * @param qos 0, 1 or 2
	 * @param retain the retain flag
	 */
	public ButtonAction(String topic, PayloadTemplate template, int qos, boolean retain) {
		this.topic = topic;
		this.topicBytes = Utf8.encode(topic);
		this.template = template;
		this.qos = qos;
		this.retain = retain;
	}

	public String topic() {
		return this.topic;
	}

	/** @return the topic in UTF-8; shared, do not modify */
	public byte[] topicBytes() {
		return this.topicBytes;
	}

	public PayloadTemplate template() {
		return this.template;
	}

	public int qos() {
		return this.qos;
	}

	public boolean retain() {
		return this.retain;
	}
}
