/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mqttboard.app.config.BrokerProfile;
import org.mqttboard.app.config.ConfigException;
import org.mqttboard.app.config.ConfigLoader;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.Keys;
import org.mqttboard.app.config.Problem;
import org.mqttboard.app.profile.Profiles;
import org.mqttboard.app.store.AtomicFile;
import org.mqttboard.app.store.StoredConfigSource;
import org.mqttboard.platform.ConfigSource;

/**
 * Which configuration the simulated board gets and which broker the peer uses, from the command line:
 * <ul>
 * <li>no {@code --config}: the built-in {@code simulator.properties} (HiveMQ tutorial) filled in with the
 * embedded broker's and the SNTP responder's ports;</li>
 * <li>{@code --config FILE}: the file's bytes, unchanged, so the firmware reports its own errors;</li>
 * <li>plus {@code --broker embedded}: host/port/TLS replaced by the embedded broker (credentials kept: they go to
 * the loopback only), SNTP by the local responder;</li>
 * <li>plus {@code --broker HOST:PORT}: host/port/TLS replaced, user name and password removed, SNTP local.</li>
 * </ul>
 * <p>
 * Threading: immutable after construction.
 */
public final class SimSetup {

	private static final String TEMPLATE = "simulator.properties";
	private static final String DEFAULT_DISPLAY_TOPIC = "testtopic/2";

	private final Options options;
	private final String configName;
	private final byte[] configBytes;

	private SimSetup(Options options, String configName, byte[] configBytes) {
		this.options = options;
		this.configName = configName;
		this.configBytes = configBytes;
	}

	/**
	 * @param options the command line
	 * @return the setup
	 * @throws IOException with a one-line reason when the configuration file cannot be read
	 */
	public static SimSetup from(Options options) throws IOException {
		if (options.configFile() == null) {
			try (InputStream in = SimSetup.class.getResourceAsStream(TEMPLATE)) {
				if (in == null) {
					throw new IOException("the simulator's built-in configuration is missing from its class path");
				}
				return new SimSetup(options, "simulator default configuration (" + TEMPLATE + ')', in.readAllBytes());
			}
		}
		return new SimSetup(options, options.configFile(), read(Path.of(options.configFile())));
	}

	/**
	 * @param path a configuration file on the PC
	 * @return its bytes
	 * @throws IOException with a one-line reason naming the file
	 */
	static byte[] read(Path path) throws IOException {
		try {
			return Files.readAllBytes(path);
		} catch (NoSuchFileException e) {
			throw new IOException("configuration file " + path + " does not exist");
		} catch (IOException e) {
			throw new IOException("configuration file " + path + " cannot be read: " + e.getMessage());
		}
	}

	/** @return the command line */
	public Options options() {
		return this.options;
	}

	/** @return host of the broker the peer uses with {@code --broker HOST:PORT}, else null */
	public String peerHost() {
		return this.options.brokerHost();
	}

	/** @return port of the broker the peer uses with {@code --broker HOST:PORT}, else 0 */
	public int peerPort() {
		return this.options.brokerPort();
	}

	/**
	 * The simulator's own configuration as the board will read it when nothing is stored.
	 *
	 * @param brokerHost the broker to point the board at, or null to keep the configuration's own
	 * @param brokerPort its port
	 * @param sntpHost the loopback SNTP responder's address
	 * @param sntpPort its port
	 * @return the configuration source
	 */
	public SimConfigSource configSource(String brokerHost, int brokerPort, String sntpHost, int sntpPort) {
		if (this.options.configFile() == null) {
			return new SimConfigSource(this.configName, template(brokerHost, brokerPort, sntpHost, sntpPort));
		}
		return new SimConfigSource(this.configName, pointed(this.configBytes,
				overrides(brokerHost, brokerPort, sntpHost, sntpPort)));
	}

	/**
	 * What the board runs: the configuration stored by setup mode when there is one, else {@link #configSource};
	 * either way pointed at the simulator's broker and SNTP responder like {@link #configSource}. Read at every boot,
	 * so a restart after "Save and restart" runs the saved file.
	 *
	 * @param stored the stored configuration
	 * @param brokerHost the broker to point the board at, or null to keep the configuration's own
	 * @param brokerPort its port
	 * @param sntpHost the loopback SNTP responder's address
	 * @param sntpPort its port
	 * @return the configuration source
	 */
	public ConfigSource boardSource(AtomicFile stored, String brokerHost, int brokerPort, String sntpHost,
			int sntpPort) {
		SimConfigSource own = configSource(brokerHost, brokerPort, sntpHost, sntpPort);
		Map<String, String> overrides = overrides(brokerHost, brokerPort, sntpHost, sntpPort);
		return new ConfigSource() {
			@Override
			public InputStream open() throws IOException {
				if (!stored.exists()) {
					return own.open();
				}
				try (InputStream in = stored.open()) {
					return new ByteArrayInputStream(pointed(in.readAllBytes(), overrides));
				}
			}

			@Override
			public String name() {
				return stored.exists() ? stored.describe() : own.name();
			}
		};
	}

	/**
	 * What the setup page starts from: the stored configuration, else the simulator's own without the broker
	 * overrides (a {@code --config} file exactly as written).
	 *
	 * @param stored the stored configuration
	 * @param brokerHost the embedded broker's host (fills in the built-in configuration), or null
	 * @param brokerPort its port
	 * @param sntpHost the loopback SNTP responder's address
	 * @param sntpPort its port
	 * @return the configuration source
	 */
	public ConfigSource pageSource(AtomicFile stored, String brokerHost, int brokerPort, String sntpHost,
			int sntpPort) {
		SimConfigSource own = this.options.configFile() == null
				? new SimConfigSource(this.configName, template(brokerHost, brokerPort, sntpHost, sntpPort))
				: new SimConfigSource(this.configName, this.configBytes);
		return new StoredConfigSource(stored, own);
	}

	private byte[] template(String brokerHost, int brokerPort, String sntpHost, int sntpPort) {
		return new String(this.configBytes, StandardCharsets.UTF_8)
				.replace("${broker.host}", String.valueOf(brokerHost))
				.replace("${broker.port}", Integer.toString(brokerPort))
				.replace("${sntp.server}", sntpHost + ':' + sntpPort).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Applies the broker overrides. A cloud profile that only accepts TLS (HiveMQ Cloud, Thinger.io, IoTDA) cannot
	 * reach the simulator's plain-TCP loopback broker: such a file runs under the {@code generic} profile instead
	 * (its profile-only keys left out), so a configuration made for the cloud can still be tried on the PC.
	 *
	 * @param bytes a configuration file
	 * @param overrides from {@link #overrides}
	 * @return the file as the board reads it
	 */
	static byte[] pointed(byte[] bytes, Map<String, String> overrides) {
		byte[] out = ConfigOverrides.apply(bytes, overrides);
		if (overrides.isEmpty() || !refusesPlainTcp(out)) {
			return out;
		}
		Map<String, String> generic = new LinkedHashMap<>(overrides);
		generic.put(Keys.BROKER_PROFILE, ConfigLoader.DEFAULT_PROFILE);
		for (BrokerProfile profile : Profiles.all()) {
			for (String key : profile.extraKeys()) {
				generic.put(key, null);
			}
		}
		return ConfigOverrides.apply(bytes, generic);
	}

	/** @return true when the file is refused for its TLS setting or port (what the overrides set) */
	private static boolean refusesPlainTcp(byte[] file) {
		try {
			Profiles.load(new SimConfigSource("overridden", file));
			return false;
		} catch (ConfigException e) {
			for (Problem p : e.problems()) {
				if (p.isError() && (p.key().equals(Keys.BROKER_TLS) || p.key().equals(Keys.BROKER_PORT))) {
					return true;
				}
			}
			return false;
		}
	}

	/** @return the keys replaced to point a user's configuration at the simulator's broker and SNTP responder */
	private Map<String, String> overrides(String brokerHost, int brokerPort, String sntpHost, int sntpPort) {
		Map<String, String> overrides = new LinkedHashMap<>();
		if (brokerHost != null) {
			overrides.put(Keys.BROKER_HOST, brokerHost);
			overrides.put(Keys.BROKER_PORT, Integer.toString(brokerPort));
			overrides.put(Keys.BROKER_TLS, "false");
			if (this.options.startsEmbeddedBroker()) {
				// The credentials only travel over the loopback interface to the simulator's own broker.
				overrides.put(Keys.BROKER_ALLOW_INSECURE, "true");
			} else {
				overrides.put(Keys.BROKER_USERNAME, null);
				overrides.put(Keys.BROKER_PASSWORD, null);
			}
			overrides.put(Keys.TIME_SNTP_SERVERS, sntpHost + ':' + sntpPort);
		}
		return overrides;
	}

	/**
	 * @param source the configuration as the board reads it
	 * @return the topic the {@code p} key publishes to: the first subscription's filter with wildcards filled in
	 */
	public static String displayTopic(ConfigSource source) {
		FirmwareConfig config = tryLoad(source);
		if (config == null || config.session.subscriptionCount == 0) {
			return DEFAULT_DISPLAY_TOPIC;
		}
		String filter = new String(config.session.filters[0], StandardCharsets.UTF_8).replace("+", "sim");
		return filter.endsWith("#") ? filter.substring(0, filter.length() - 1) + "sim" : filter;
	}

	/**
	 * @param source the configuration as the board reads it
	 * @return {@code host:port} of the configuration's broker, or a placeholder when the file does not load
	 */
	public static String describeBroker(ConfigSource source) {
		FirmwareConfig config = tryLoad(source);
		return config == null ? "(as configured)" : describeBroker(config);
	}

	/**
	 * @param config a valid configuration
	 * @return {@code host:port}, plus {@code TLS} over TLS
	 */
	static String describeBroker(FirmwareConfig config) {
		return config.endpoint.host() + ':' + config.endpoint.port() + (config.endpoint.tls() ? " TLS" : "");
	}

	private static FirmwareConfig tryLoad(ConfigSource source) {
		try {
			return Profiles.load(source);
		} catch (ConfigException | RuntimeException e) {
			return null; // the firmware reports it, with key and line
		}
	}
}
