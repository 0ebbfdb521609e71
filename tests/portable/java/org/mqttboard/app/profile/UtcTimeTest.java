/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import org.junit.Assert;
import org.junit.Test;

/** UTC hour stamps without Calendar, as IoTDA device passwords need them. */
public class UtcTimeTest {

	@Test
	public void hourStamp_documentedExample() {
		Assert.assertEquals("2018072417", IotdaCredentials.hourStamp(1532454980000L)); // 2018-07-24T17:56:20Z
	}

	@Test
	public void hourStamp_zeroPadsMonthDayAndHour() {
		Assert.assertEquals("2026010503", IotdaCredentials.hourStamp(1767582000000L)); // 2026-01-05T03:00Z
	}

	@Test
	public void hourStamp_rollsOverAtTheLastMillisecondOfTheYear() {
		Assert.assertEquals("2025123123", IotdaCredentials.hourStamp(1767225599999L));
		Assert.assertEquals("2026010100", IotdaCredentials.hourStamp(1767225600000L));
	}

	@Test
	public void hourStamp_handlesLeapDaysAndEpochEdges() {
		Assert.assertEquals("2024022912", IotdaCredentials.hourStamp(1709208000000L));
		Assert.assertEquals("1970010100", IotdaCredentials.hourStamp(0L));
		Assert.assertEquals("1969123123", IotdaCredentials.hourStamp(-3600000L));
		Assert.assertEquals("2000022900", IotdaCredentials.hourStamp(951782400000L));
		Assert.assertEquals("2100030100", IotdaCredentials.hourStamp(4107542400000L)); // 2100 is not a leap year
	}

	@Test
	public void civilFromDays_agreesWithADayByDayWalk_over1970To2200() {
		int y = 1970;
		int m = 1;
		int d = 1;
		int[] len = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
		for (long day = 0; day < 84000; day++) {
			long[] c = IotdaCredentials.civilFromDays(day);
			Assert.assertEquals("day " + day, y * 10000 + m * 100 + d, c[0] * 10000 + c[1] * 100 + c[2]);
			boolean leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
			int ml = m == 2 && leap ? 29 : len[m - 1];
			if (++d > ml) {
				d = 1;
				if (++m > 12) {
					m = 1;
					y++;
				}
			}
		}
	}
}
