/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

/**
 * A broker profile: the rules and defaults of one cloud, selected by {@code broker.profile}. This class itself is
 * the {@code generic} profile (no defaults, only the common rules); the clouds subclass it.
 * <p>
 * The loader calls, in order: {@link #applyDefaults} on the raw file (only absent keys get a value), reads and
 * checks the common keys against the capabilities below, then {@link #check} for the cloud's own rules on the typed
 * result, then {@link #credentials}. Profiles are stateless singletons (see
 * {@code org.mqttboard.app.profile.Profiles}).
 */
public class BrokerProfile {

	/** Capability flag: the cloud refuses a will message. */
	public static final int NO_WILL = 1;
	/** Capability flag: the cloud refuses retained publishes. */
	public static final int NO_RETAIN = 2;
	/** Capability flag: the client may not publish at all (buttons are disabled). */
	public static final int NO_PUBLISH = 4;
	/** Capability flag: a plain-TCP vs TLS port mismatch (TLS on 1883, plain on 8883) is only a warning. */
	public static final int LENIENT_PORTS = 8;

	private final String name;
	private final int maxQos;
	private final int flags;
	private final int maxRate;
	private final String[] extraKeys;

	/**
	 * @param name the profile name as written in {@code broker.profile}
	 * @param maxQos the highest QoS the cloud accepts for publish, subscribe and will (0..2)
	 * @param flags {@link #NO_WILL}, {@link #NO_RETAIN}, {@link #NO_PUBLISH}, {@link #LENIENT_PORTS} or'ed
	 * @param maxRatePerSecond the cloud's publish rate cap, messages per second, 0 for none
	 * @param extraKeys the profile's own keys, accepted besides the common ones
	 */
	public BrokerProfile(String name, int maxQos, int flags, int maxRatePerSecond, String... extraKeys) {
		this.name = name;
		this.maxQos = maxQos;
		this.flags = flags;
		this.maxRate = maxRatePerSecond;
		this.extraKeys = extraKeys;
	}

	/** @return the name written in {@code broker.profile} */
	public final String name() {
		return this.name;
	}

	/** @return the profile's own keys; a new array */
	public final String[] extraKeys() {
		return this.extraKeys.clone();
	}

	/**
	 * Fills the cloud's defaults with {@link RawConfig#putDefault}. May derive values from keys the user wrote.
	 *
	 * @param raw the parsed file
	 */
	public void applyDefaults(RawConfig raw) {
		// generic: nothing assumed
	}

	/**
	 * Records a problem for every violation of the cloud's rules.
	 *
	 * @param config the typed configuration, possibly with fallback values where other errors were recorded
	 * @param raw the file's values, for lines and problems
	 */
	public void check(FirmwareConfig config, RawConfig raw) {
		// generic: only the common rules
	}

	/**
	 * @param raw the validated file: client id, user name and password as written or defaulted
	 * @return the credential source for every (re)connect
	 */
	public Credentials credentials(RawConfig raw) {
		return new Credentials(raw.text(Keys.BROKER_CLIENT_ID, false), emptyToNull(raw.text(Keys.BROKER_USERNAME,
				false)), emptyToNull(raw.text(Keys.BROKER_PASSWORD, false)));
	}

	/** @return the highest QoS the cloud accepts (0..2) */
	public final int maxQos() {
		return this.maxQos;
	}

	/**
	 * @param flag one capability flag
	 * @return true when the profile has it
	 */
	public final boolean has(int flag) {
		return (this.flags & flag) != 0;
	}

	/** @return the cloud's publish rate cap, messages per second, or 0 */
	public final int maxRatePerSecond() {
		return this.maxRate;
	}

	private static String emptyToNull(String s) {
		return s.length() == 0 ? null : s;
	}

	@Override
	public String toString() {
		return this.name;
	}
}
