/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import static org.mqttboard.app.config.ConfigTexts.error;
import static org.mqttboard.app.config.ConfigTexts.load;
import static org.mqttboard.app.config.ConfigTexts.problems;

import org.junit.Assert;
import org.junit.Test;

/**
 * Several Wi-Fi networks: {@code wifi.ssid} ... as the first, {@code wifi.1.*} .. {@code wifi.3.*}, and their errors.
 */
public class WifiKeysTest {

	private static final String BROKER = "broker.host=broker.example.org\n"
			+ "broker.ca.resources=/org/mqttboard/ca/isrg-root-x1.pem\n";

	@Test
	public void plainKeys_areTheFirstNetwork_andMoreNetworksFollowInOrder() {
		FirmwareConfig c = load(ConfigTexts.WIFI + "wifi.2.ssid=Office\nwifi.2.passphrase=office-pass-1\n"
				+ "wifi.3.ssid=Guest\nwifi.3.security=OPEN\n" + BROKER);
		Assert.assertEquals(3, c.wifiSsids.length);
		Assert.assertEquals("HomeNet", c.wifiSsids[0]);
		Assert.assertEquals("Office", c.wifiSsids[1]);
		Assert.assertEquals("office-pass-1", c.wifiPassphrases[1]);
		Assert.assertEquals("WPA2", c.wifiSecurities[1]);
		Assert.assertEquals("Guest", c.wifiSsids[2]);
		Assert.assertEquals("", c.wifiPassphrases[2]);
		Assert.assertEquals("OPEN", c.wifiSecurities[2]);
		Assert.assertTrue(c.toString(), c.toString().indexOf("office-pass-1") < 0);
	}

	@Test
	public void numberedFirstNetwork_isTheSameAsThePlainKeys_andAGapIsAllowed() {
		FirmwareConfig c = load("wifi.1.ssid=HomeNet\nwifi.1.passphrase=correct horse battery\n"
				+ "wifi.3.ssid=Lab\nwifi.3.passphrase=lab-pass-123\n" + BROKER);
		Assert.assertEquals(2, c.wifiSsids.length);
		Assert.assertEquals("HomeNet", c.wifiSsids[0]);
		Assert.assertEquals("Lab", c.wifiSsids[1]);
	}

	@Test
	public void passphraseWithoutItsSsid_bothSpellingsOfTheFirstNetwork_andABadSecondPassphrase_areErrors() {
		Problem[] ps = problems(ConfigTexts.WIFI + "wifi.2.passphrase=office-pass-1\n" + BROKER);
		Problem p = error(ps, "wifi.2.passphrase", "no wifi.2.ssid");
		Assert.assertEquals(3, p.line());
		Assert.assertTrue(p.toString(), p.toString().indexOf("office-pass-1") < 0);

		error(problems(ConfigTexts.WIFI + "wifi.1.ssid=Other\n" + BROKER), "wifi.1.ssid", "both describe the first");
		error(problems(ConfigTexts.WIFI + "wifi.2.ssid=Office\nwifi.2.passphrase=short\n" + BROKER),
				"wifi.2.passphrase", "8..63 printable ASCII");
		error(problems(ConfigTexts.WIFI + "wifi.4.ssid=Four\n" + BROKER), "wifi.4.ssid", "unknown key");
	}

	@Test
	public void everyNetworksPassphrase_isASecret() {
		Assert.assertTrue(Keys.isSecret("wifi.passphrase"));
		Assert.assertTrue(Keys.isSecret("wifi.1.passphrase"));
		Assert.assertTrue(Keys.isSecret("wifi.3.passphrase"));
		Assert.assertFalse(Keys.isSecret("wifi.4.passphrase"));
		Assert.assertFalse(Keys.isSecret("wifi.2.ssid"));
	}
}
