/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import java.io.UnsupportedEncodingException;

import org.junit.Assert;
import org.mqttboard.app.profile.Profiles;

/**
 * Test helpers: build configuration text, load it, find problems. Portable (Java 7, JUnit 4 subset).
 */
public final class ConfigTexts {

	/** A valid Wi-Fi section. */
	public static final String WIFI = "wifi.ssid=HomeNet\nwifi.passphrase=correct horse battery\n";

	private ConfigTexts() {
	}

	/** @return UTF-8 bytes of {@code s} */
	public static byte[] utf8(String s) {
		try {
			return s.getBytes("UTF-8");
		} catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e.toString());
		}
	}

	/**
	 * Replaces every occurrence (String.replace(CharSequence, CharSequence) has no EDC evidence).
	 *
	 * @return {@code s} with each {@code from} replaced by {@code to}
	 */
	public static String replace(String s, String from, String to) {
		StringBuilder b = new StringBuilder();
		int start = 0;
		int at = s.indexOf(from);
		while (at >= 0) {
			b.append(s.substring(start, at)).append(to);
			start = at + from.length();
			at = s.indexOf(from, start);
		}
		return b.append(s.substring(start)).toString();
	}

	/** @return the parsed text */
	public static RawConfig parse(String text) throws ConfigException {
		byte[] b = utf8(text);
		return PropertiesParser.parse(b, b.length, "test.properties");
	}

	/** @return the loaded configuration; fails the test with the problems when it does not load */
	public static FirmwareConfig load(String text) {
		try {
			return new ConfigLoader(Profiles.all()).load(parse(text));
		} catch (ConfigException e) {
			throw new AssertionError("expected a valid configuration, got: " + e.getMessage());
		}
	}

	/** @return the problems of a configuration that must not load */
	public static Problem[] problems(String text) {
		try {
			FirmwareConfig c = new ConfigLoader(Profiles.all()).load(parse(text));
			throw new AssertionError("expected a ConfigException, got " + c);
		} catch (ConfigException e) {
			return e.problems();
		}
	}

	/** @return the first error on {@code key}; fails when there is none */
	public static Problem error(Problem[] ps, String key) {
		for (Problem p : ps) {
			if (p.isError() && p.key().equals(key)) {
				return p;
			}
		}
		Assert.fail("no error on " + key + " in " + describe(ps));
		return null;
	}

	/** @return the first error on {@code key} whose reason contains {@code part}; fails when there is none */
	public static Problem error(Problem[] ps, String key, String part) {
		for (Problem p : ps) {
			if (p.isError() && p.key().equals(key) && p.reason().indexOf(part) >= 0) {
				return p;
			}
		}
		Assert.fail("no error on " + key + " containing '" + part + "' in " + describe(ps));
		return null;
	}

	/** @return the first warning on {@code key}; fails when there is none */
	public static Problem warning(Problem[] ps, String key) {
		for (Problem p : ps) {
			if (!p.isError() && p.key().equals(key)) {
				return p;
			}
		}
		Assert.fail("no warning on " + key + " in " + describe(ps));
		return null;
	}

	/** @return true when some error is on {@code key} */
	public static boolean hasError(Problem[] ps, String key) {
		for (Problem p : ps) {
			if (p.isError() && p.key().equals(key)) {
				return true;
			}
		}
		return false;
	}

	/** @return all problems, one per line */
	public static String describe(Problem[] ps) {
		StringBuilder b = new StringBuilder();
		for (Problem p : ps) {
			b.append('\n').append(p);
		}
		return b.toString();
	}

	/** @return the topic filter of subscription {@code index}, as written */
	public static String filter(FirmwareConfig c, int index) {
		return text(c.session.filters[index]);
	}

	/** @return the password the configuration connects with, or null */
	public static String password(FirmwareConfig c) {
		byte[] p = c.credentials.refresh(0).passwordBytes();
		return p == null ? null : text(p);
	}

	/** @return UTF-8 bytes as text */
	public static String text(byte[] utf8) {
		try {
			return new String(utf8, "UTF-8");
		} catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e.toString());
		}
	}
}
