/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import org.junit.Assert;
import org.junit.Test;
import org.mqttboard.app.profile.Profiles;

/** Secrets never appear in any message, problem or toString. */
public class MaskingTest {

	private static final String PASS = "Wq7-passphrase-XYZ";
	private static final String SECRET = "Kp3-broker-secret-QRS";

	private static void assertNoSecret(String text) {
		Assert.assertEquals(text, -1, text.indexOf(PASS));
		Assert.assertEquals(text, -1, text.indexOf(SECRET));
		Assert.assertEquals(text, -1, text.indexOf("Kp3-broker"));
	}

	private static void assertFailsWithoutLeaking(String text) {
		try {
			FirmwareConfig c = new ConfigLoader(Profiles.all()).load(ConfigTexts.parse(text));
			Assert.fail("expected a ConfigException, got " + c);
		} catch (ConfigException e) {
			assertNoSecret(e.getMessage());
			assertNoSecret(e.shortSummary());
			for (Problem p : e.problems()) {
				assertNoSecret(p.toString());
				assertNoSecret(p.shortText());
			}
		}
	}

	@Test
	public void invalidSecrets_areDescribedWithoutTheirValue() {
		String wifi = "wifi.ssid=n\nwifi.passphrase=" + PASS + "\n";
		String broker = "broker.host=h.example\nbroker.ca.resources=/c.pem\n";
		// Wrong length for WEP, OPEN with a passphrase, a secret over plain TCP, a secret in an unknown key,
		// a duplicate secret key, a secret as a placeholder, a secret with a bad escape.
		assertFailsWithoutLeaking(wifi + "wifi.security=WEP\n" + broker);
		assertFailsWithoutLeaking(wifi + "wifi.security=OPEN\n" + broker);
		assertFailsWithoutLeaking(wifi + broker + "broker.tls=false\nbroker.password=" + SECRET + "\n");
		assertFailsWithoutLeaking(wifi + broker + "broker.pasword=" + SECRET + "\n");
		assertFailsWithoutLeaking(wifi + broker + "broker.password=" + SECRET + "\nbroker.password=" + SECRET + "\n");
		assertFailsWithoutLeaking(wifi + broker + "broker.password=<" + SECRET + ">\n");
		assertFailsWithoutLeaking(wifi + broker + "broker.password=" + SECRET + "\\q\n");
		assertFailsWithoutLeaking(wifi + broker + "broker.keepalive.seconds=" + SECRET + "x\nbroker.password="
				+ SECRET + "\nbroker.profile=iotda-app\n");
		assertFailsWithoutLeaking(wifi + "broker.profile=thinger\nbroker.username=u\nbroker.password=" + SECRET
				+ "\nbroker.client.id=d\nbutton.a.short.topic=t\nbutton.a.short.payload=plain\n");
	}

	@Test
	public void validConfiguration_toStringMasksEverySecret() {
		FirmwareConfig c = ConfigTexts.load("wifi.ssid=n\nwifi.passphrase=" + PASS + "\nbroker.host=h.example\n"
				+ "broker.ca.resources=/c.pem\nbroker.username=u\nbroker.password=" + SECRET + "\n");
		assertNoSecret(c.toString());
		assertNoSecret(c.credentials.toString());
		assertNoSecret(c.credentials.refresh(0).toString());
		Assert.assertTrue(c.toString().indexOf(Credentials.MASK) >= 0);
		// The secrets are still there for the code that needs them.
		Assert.assertEquals(PASS, c.wifiPassphrases[0]);
		Assert.assertEquals(SECRET, ConfigTexts.password(c));
	}

	@Test
	public void iotdaDevice_toStringMasksSecretAndDerivedPassword() {
		FirmwareConfig c = ConfigTexts.load("wifi.ssid=n\nwifi.passphrase=" + PASS + "\nbroker.profile=iotda-device\n"
				+ "broker.host=x.st1.iotda-device.r.myhuaweicloud.com\nbroker.username=dev_1\nbroker.password="
				+ SECRET + "\n");
		assertNoSecret(c.toString());
		assertNoSecret(c.credentials.toString());
		Credentials cr = c.credentials.refresh(1744594200000L);
		Assert.assertEquals(-1, cr.toString().indexOf(org.mqttboard.app.profile.IotdaCredentials.hmacHex("2025041401", SECRET)));
	}

	@Test
	public void mask_isConstant_andSaysWhenNothingIsSet() {
		Assert.assertEquals(Credentials.MASK, Credentials.mask("a"));
		Assert.assertEquals(Credentials.MASK, Credentials.mask("a much longer secret"));
		Assert.assertEquals("(none)", Credentials.mask(""));
		Assert.assertEquals("(none)", Credentials.mask(null));
	}
}
