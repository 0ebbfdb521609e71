/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * One message to publish: for a button press, the announce after connect, or the will. Immutable.
 * <p>
 * The payload is a template: {@code ${button}} (A or B), {@code ${press}} (short or long), {@code ${count}}
 * (presses of that button since boot), {@code ${uptime.ms}} and {@code ${device}} ({@link FirmwareConfig#deviceId()})
 * are replaced at publish time; everything else is sent as written (UTF-8).
 */
public final class PublishAction {

	/** Placeholders a payload template may use. */
	public static final String[] PLACEHOLDERS = { "button", "press", "count", "uptime.ms", "device" };

	private final String topic;
	private final String payloadTemplate;
	private final int qos;
	private final boolean retain;

	/**
	 * @param topic topic name, no wildcards
	 * @param payloadTemplate payload template, may be empty
	 * @param qos 0, 1 or 2
	 * @param retain retain flag
	 */
	public PublishAction(String topic, String payloadTemplate, int qos, boolean retain) {
		this.topic = topic;
		this.payloadTemplate = payloadTemplate;
		this.qos = qos;
		this.retain = retain;
	}

	/** @return the topic name */
	public String topic() {
		return this.topic;
	}

	/** @return the payload template */
	public String payloadTemplate() {
		return this.payloadTemplate;
	}

	/** @return the QoS, 0..2 */
	public int qos() {
		return this.qos;
	}

	/** @return the retain flag */
	public boolean retain() {
		return this.retain;
	}

	@Override
	public String toString() {
		return "{topic=" + this.topic + ", payload=" + this.payloadTemplate + ", qos=" + this.qos + ", retain="
				+ this.retain + "}";
	}
}
