/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import org.mqttboard.app.config.ConfigException;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.Keys;
import org.mqttboard.app.config.Problem;
import org.mqttboard.app.config.PropertiesParser;
import org.mqttboard.app.profile.Profiles;
import org.mqttboard.platform.ConfigSource;

/**
 * The only class of setup mode that knows the firmware's configuration reader: the "Check" and "Save" of the setup
 * page run exactly the validation the firmware runs at boot, and report its problems unchanged (line, key, reason).
 * Everything else in setup mode sees configurations as text.
 * <p>
 * Stateless.
 */
public final class ConfigCheck {

	/** Receives the findings of one {@link #check}. */
	public interface Findings {

		/**
		 * @param error true for an error (the firmware refuses the file), false for a warning
		 * @param line 1-based line number, 0 when the problem has no line (missing key, profile rule)
		 * @param key the key concerned, empty when the problem belongs to a line only
		 * @param reason what is wrong; never contains a secret value
		 */
		void problem(boolean error, int line, String key, String reason);
	}

	/** Largest configuration file the reader accepts, in bytes: also the largest body the setup server takes. */
	public static final int MAX_BYTES = PropertiesParser.MAX_FILE_BYTES;

	private ConfigCheck() {
	}

	/**
	 * @param key a configuration key
	 * @return true when its value is a secret (masked on the setup page, never sent by the board)
	 */
	public static boolean isSecret(String key) {
		return Keys.isSecret(key);
	}

	/**
	 * Validates a configuration as the firmware does at boot.
	 *
	 * @param source the configuration
	 * @param findings receives every error and warning, in the reader's order; may be null
	 * @return the number of errors: 0 when the firmware would run this configuration
	 */
	public static int check(ConfigSource source, Findings findings) {
		Problem[] problems;
		int errors;
		try {
			FirmwareConfig config = Profiles.load(source);
			problems = config.warnings;
			errors = 0;
		} catch (ConfigException e) {
			problems = e.problems();
			errors = e.errorCount();
		}
		for (int i = 0; findings != null && i < problems.length; i++) {
			Problem p = problems[i];
			findings.problem(p.isError(), p.line(), p.key(), p.reason());
		}
		return errors;
	}
}
