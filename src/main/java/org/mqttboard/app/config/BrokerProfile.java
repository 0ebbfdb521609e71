/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * A built-in broker profile: the rules and defaults of one cloud. Selected by {@code broker.profile}.
 * <p>
 * The loader calls, in order: {@link #applyDefaults} on the raw file (only absent keys get a value), reads and
 * checks the common keys against the capabilities below, then {@link #check} for the cloud's own rules on the typed
 * result, then {@link #credentials}. Implementations are stateless singletons (see {@code org.mqttboard.app.profile.Profiles}).
 */
public abstract class BrokerProfile {

	private final String name;

	/** @param name the profile name as written in {@code broker.profile} */
	protected BrokerProfile(String name) {
		this.name = name;
	}

	/** @return the profile name */
	public final String name() {
		return this.name;
	}

	/** @return the profile-specific keys it accepts besides the common ones; a new array */
	public String[] extraKeys() {
		return new String[0];
	}

	/**
	 * Fills the cloud's defaults with {@link RawConfig#putDefault}. May derive values from keys the user wrote.
	 *
	 * @param raw the parsed file
	 */
	public abstract void applyDefaults(RawConfig raw);

	/**
	 * Records a problem for every violation of the cloud's rules.
	 *
	 * @param config the typed configuration, possibly with fallback values where other errors were recorded
	 * @param raw the file's values, for lines and problems
	 */
	public abstract void check(FirmwareConfig config, RawConfig raw);

	/**
	 * @param raw the validated file: client id, user name and password as written or defaulted
	 * @return the credential source for every (re)connect
	 */
	public CredentialSource credentials(RawConfig raw) {
		return new Credentials(raw.text(Keys.BROKER_CLIENT_ID, false), emptyToNull(raw.text(Keys.BROKER_USERNAME,
				false)), emptyToNull(raw.text(Keys.BROKER_PASSWORD, false)));
	}

	/** @return the highest QoS the cloud accepts for publish, subscribe and will (0..2) */
	public int maxQos() {
		return 2;
	}

	/** @return true when the cloud accepts a will message */
	public boolean allowsWill() {
		return true;
	}

	/** @return true when the cloud accepts retained publishes */
	public boolean allowsRetain() {
		return true;
	}

	/** @return true when the client may publish at all */
	public boolean canPublish() {
		return true;
	}

	/** @return the cloud's publish rate cap, messages per second, or 0 when it has none */
	public int maxRatePerSecond() {
		return 0;
	}

	/** @return true when a plain-TCP vs TLS port mismatch (TLS on 1883, plain on 8883) is an error, not a warning */
	public boolean strictPorts() {
		return true;
	}

	/**
	 * @param s a string
	 * @return null when empty, else {@code s}
	 */
	protected static String emptyToNull(String s) {
		return s == null || s.length() == 0 ? null : s;
	}

	@Override
	public String toString() {
		return this.name;
	}
}
