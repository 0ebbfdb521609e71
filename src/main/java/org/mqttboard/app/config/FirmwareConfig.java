/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * The whole, validated configuration of the firmware. Immutable; only built by {@link ConfigLoader}, so a
 * {@code FirmwareConfig} always passed every rule of the common keys and of its broker profile. {@link #toString()}
 * masks every secret.
 * <p>
 * Threading: immutable, shareable between threads.
 */
public final class FirmwareConfig {

	private final String source;
	private final WifiSettings wifi;
	private final BrokerSettings broker;
	private final ButtonSettings[] buttons;
	private final SubscriptionSettings[] subscriptions;
	private final DisplaySettings display;
	private final TimeSettings time;
	private final String deviceId;
	private final Problem[] warnings;
	private final CredentialSource credentials;

	FirmwareConfig(String source, WifiSettings wifi, BrokerSettings broker, ButtonSettings[] buttons,
			SubscriptionSettings[] subscriptions, DisplaySettings display, TimeSettings time, String deviceId) {
		this.source = source;
		this.wifi = wifi;
		this.broker = broker;
		this.buttons = buttons.clone();
		this.subscriptions = subscriptions.clone();
		this.display = display;
		this.time = time;
		this.deviceId = deviceId;
		this.credentials = null;
		this.warnings = new Problem[0];
	}

	private FirmwareConfig(FirmwareConfig draft, CredentialSource credentials, Problem[] warnings) {
		this.source = draft.source;
		this.wifi = draft.wifi;
		this.broker = draft.broker;
		this.buttons = draft.buttons;
		this.subscriptions = draft.subscriptions;
		this.display = draft.display;
		this.time = draft.time;
		this.deviceId = draft.deviceId;
		this.credentials = credentials;
		this.warnings = warnings.clone();
	}

	/** @return the final, immutable configuration built from a checked draft */
	FirmwareConfig complete(CredentialSource creds, Problem[] warns) {
		return new FirmwareConfig(this, creds, warns);
	}

	/** @return the configuration's name (file path or resource) */
	public String source() {
		return this.source;
	}

	/** @return the Wi-Fi settings */
	public WifiSettings wifi() {
		return this.wifi;
	}

	/** @return the broker settings */
	public BrokerSettings broker() {
		return this.broker;
	}

	/**
	 * @return the CONNECT identity source; call {@link CredentialSource#refresh(long)} before every (re)connect.
	 *         Null only on the draft the loader hands to profile checks.
	 */
	public CredentialSource credentials() {
		return this.credentials;
	}

	/**
	 * @return a copy of the two buttons, index 0 = A and 1 = B; a button's actions are null when it does nothing
	 *         (and always null for subscribe-only profiles)
	 */
	public ButtonSettings[] buttons() {
		return this.buttons.clone();
	}

	/** @return a copy of the subscriptions, in {@code sub.N} order; may be empty */
	public SubscriptionSettings[] subscriptions() {
		return this.subscriptions.clone();
	}

	/** @return the display settings */
	public DisplaySettings display() {
		return this.display;
	}

	/** @return the SNTP settings */
	public TimeSettings time() {
		return this.time;
	}

	/** @return the device name for the {@code ${device}} placeholder */
	public String deviceId() {
		return this.deviceId;
	}

	/** @return a copy of the warnings found while loading (each with key, line and reason; no secrets) */
	public Problem[] warnings() {
		return this.warnings.clone();
	}

	@Override
	public String toString() {
		StringBuilder b = new StringBuilder("config{").append(this.source).append(", ").append(this.wifi);
		b.append(", ").append(this.broker).append(", device=").append(this.deviceId);
		for (ButtonSettings s : this.buttons) {
			b.append(", ").append(s);
		}
		for (SubscriptionSettings s : this.subscriptions) {
			b.append(", ").append(s);
		}
		return b.append(", ").append(this.display).append(", ").append(this.time).append('}').toString();
	}
}
