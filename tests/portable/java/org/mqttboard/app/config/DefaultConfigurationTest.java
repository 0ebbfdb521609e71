/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.Assert;
import org.junit.Test;
import org.mqttboard.app.profile.Profiles;
import org.mqttboard.platform.ConfigSource;

/** The shipped default configuration resource: HiveMQ tutorial defaults with placeholders to edit. */
public class DefaultConfigurationTest {

	/** Class-path name of the default configuration. */
	static final String RESOURCE = "/org/mqttboard/app/default.properties";

	private static String text() throws IOException {
		InputStream in = DefaultConfigurationTest.class.getResourceAsStream(RESOURCE);
		Assert.assertNotNull(in);
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buf = new byte[512];
			int n;
			while ((n = in.read(buf)) > 0) {
				out.write(buf, 0, n);
			}
			return new String(out.toByteArray(), "UTF-8");
		} finally {
			in.close();
		}
	}

	@Test
	public void shippedDefault_isRefused_onlyForItsPlaceholders() {
		ConfigSource src = new ConfigSource() {
			@Override
			public InputStream open() {
				return DefaultConfigurationTest.class.getResourceAsStream(RESOURCE);
			}

			@Override
			public String name() {
				return RESOURCE;
			}
		};
		try {
			Profiles.load(src);
			Assert.fail("the placeholders must be refused");
		} catch (ConfigException e) {
			String[] keys = { Keys.WIFI_SSID, Keys.WIFI_PASSPHRASE, Keys.BROKER_HOST, Keys.BROKER_USERNAME,
					Keys.BROKER_PASSWORD };
			Problem[] ps = e.problems();
			Assert.assertEquals(ConfigTexts.describe(ps), keys.length, ps.length);
			for (String k : keys) {
				Problem p = ConfigTexts.error(ps, k, "edit this value");
				Assert.assertTrue(p.line() > 0);
			}
		}
	}

	@Test
	public void shippedDefault_withPlaceholdersFilledIn_isTheHivemqTutorial() throws IOException {
		String t = text();
		t = ConfigTexts.replace(t, "<your Wi-Fi name>", "HomeNet");
		t = ConfigTexts.replace(t, "<your Wi-Fi passphrase>", "secret-pass");
		t = ConfigTexts.replace(t, "<your cluster host, e.g. 0123abcd.s1.eu.hivemq.cloud>",
				"0123abcd.s1.eu.hivemq.cloud");
		t = ConfigTexts.replace(t, "<your HiveMQ Cloud credential user name>", "user");
		t = ConfigTexts.replace(t, "<your HiveMQ Cloud credential password>", "pass");
		FirmwareConfig c = ConfigTexts.load(t);
		Assert.assertEquals("hivemq-cloud", c.profile);
		Assert.assertEquals("0123abcd.s1.eu.hivemq.cloud", c.endpoint.host());
		Assert.assertEquals("testtopic/1", c.presses[0].topic());
		Assert.assertEquals("hello", c.presses[0].template().toString());
		Assert.assertEquals("testtopic/2", ConfigTexts.filter(c, 0));
		Assert.assertEquals(0, c.warnings.length);
	}
}
