/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import org.junit.Assert;
import org.junit.Test;
import org.mqttboard.app.config.Credentials;

/**
 * IoTDA credential derivation with an injected clock; the HMAC vector is the worked example of
 * support.huaweicloud.com/devg-ocsmartcampus/ocsmartcampus_04_0030.html.
 */
public class IotdaCredentialsTest {

	private static final long T_2025041401 = 1744594200000L; // 2025-04-14T01:30:00Z
	private static final String VECTOR = "c75150e6cb841417396819e4d2ee4358a416344a03a083e3a8567074ddec820a";

	@Test
	public void hmac_officialVector_keyIsTheHour() {
		Assert.assertEquals(VECTOR, IotdaCredentials.hmacHex("2025041401", "12345678"));
		Assert.assertFalse(VECTOR.equals(IotdaCredentials.hmacHex("12345678", "2025041401")));
		Assert.assertTrue(IotdaCredentials.hmacHex("12345678", "2025041401").startsWith("75e72627"));
	}

	@Test
	public void device_refresh_buildsClientIdUserAndPassword() {
		Credentials c = IotdaCredentials.device("prod_node1", "12345678", 1).refresh(T_2025041401);
		Assert.assertEquals("prod_node1_0_1_2025041401", c.clientId());
		Assert.assertEquals("prod_node1", c.username());
		Assert.assertEquals(VECTOR, new String(toChars(c.passwordBytes())));
	}

	@Test
	public void device_refresh_usesUtcNotLocalTime() {
		// 2018-07-24T17:56:20Z is 2018-07-25T01:56 in UTC+8; the id must carry the UTC hour.
		Credentials c = IotdaCredentials.device("d", "s", 0).refresh(1532454980000L);
		Assert.assertEquals("d_0_0_2018072417", c.clientId());
	}

	@Test
	public void device_refresh_isRecomputedOnEveryReconnect() {
		IotdaCredentials src = IotdaCredentials.device("d", "secret", 1);
		Credentials before = src.refresh(1767225599999L);
		Credentials after = src.refresh(1767225599999L + 6 * 60000L);
		Assert.assertEquals("d_0_1_2025123123", before.clientId());
		Assert.assertEquals("d_0_1_2026010100", after.clientId());
		Assert.assertFalse(new String(toChars(before.passwordBytes())).equals(new String(toChars(after
				.passwordBytes()))));
	}

	@Test
	public void device_needsWallClock_onlyWithSignType1() {
		Assert.assertTrue(IotdaCredentials.device("d", "s", 1).needsWallClock());
		Assert.assertFalse(IotdaCredentials.device("d", "s", 0).needsWallClock());
	}

	@Test
	public void app_username_hasA13DigitMillisecondTimestamp() {
		Credentials c = IotdaCredentials.app("AK1", "inst-1", "code", "cid").refresh(1744594200123L);
		Assert.assertEquals("accessKey=AK1|timestamp=1744594200123|instanceId=inst-1", c.username());
		Assert.assertEquals("cid", c.clientId());
		Assert.assertEquals(4, c.passwordBytes().length);
	}

	@Test
	public void app_username_withoutInstanceId_leavesTheSegmentOut() {
		Assert.assertEquals("accessKey=AK|timestamp=1744594200123",
				IotdaCredentials.username("AK", "", 1744594200123L));
		Assert.assertEquals("accessKey=AK|timestamp=0000000005000", IotdaCredentials.username("AK", "", 5000L));
	}

	@Test
	public void app_refresh_sixMinutesLater_carriesANewTimestamp() {
		IotdaCredentials src = IotdaCredentials.app("AK", "", "code", "cid");
		String a = src.refresh(T_2025041401).username();
		String b = src.refresh(T_2025041401 + 360000L).username();
		Assert.assertEquals("accessKey=AK|timestamp=" + (T_2025041401 + 360000L), b);
		Assert.assertFalse(a.equals(b));
		Assert.assertTrue(src.needsWallClock());
	}

	@Test
	public void toString_masksTheSecrets() {
		Assert.assertEquals(-1, IotdaCredentials.device("d", "topsecret99", 1).toString().indexOf("topsecret99"));
		Assert.assertEquals(-1, IotdaCredentials.app("AK", "", "accesscode77", "c").toString().indexOf(
				"accesscode77"));
		Credentials c = IotdaCredentials.device("d", "topsecret99", 1).refresh(T_2025041401);
		Assert.assertEquals(-1, c.toString().indexOf(new String(toChars(c.passwordBytes()))));
	}

	private static char[] toChars(byte[] ascii) {
		char[] c = new char[ascii.length];
		for (int i = 0; i < ascii.length; i++) {
			c[i] = (char) ascii[i];
		}
		return c;
	}
}
