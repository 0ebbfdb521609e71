/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

/**
 * UTC calendar arithmetic without {@code java.util.Calendar} (its presence and time-zone handling on the device
 * are not guaranteed): the proleptic Gregorian civil date from a day count, by the standard era decomposition
 * (400-year eras of 146097 days, years starting on 1 March so the leap day is last).
 */
public final class UtcTime {

	private static final long MILLIS_PER_DAY = 86400000L;
	private static final long MILLIS_PER_HOUR = 3600000L;

	private UtcTime() {
	}

	/**
	 * @param wallMillis UTC milliseconds since 1970-01-01 (may be negative)
	 * @return the UTC hour as {@code YYYYMMDDHH}, e.g. {@code 2018072417}
	 */
	public static String hourStamp(long wallMillis) {
		long days = floorDiv(wallMillis, MILLIS_PER_DAY);
		long hour = floorDiv(wallMillis - days * MILLIS_PER_DAY, MILLIS_PER_HOUR);
		long[] ymd = civilFromDays(days);
		StringBuilder b = new StringBuilder(10);
		pad(b, ymd[0], 4);
		pad(b, ymd[1], 2);
		pad(b, ymd[2], 2);
		pad(b, hour, 2);
		return b.toString();
	}

	/**
	 * @param days days since 1970-01-01
	 * @return {year, month 1..12, day 1..31}
	 */
	static long[] civilFromDays(long days) {
		long z = days + 719468; // days from 0000-03-01 to 1970-01-01
		long era = floorDiv(z, 146097);
		long doe = z - era * 146097; // day of era, 0..146096
		long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; // year of era, 0..399
		long doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // day of year from 1 March, 0..365
		long mp = (5 * doy + 2) / 153; // month from March, 0..11
		long day = doy - (153 * mp + 2) / 5 + 1;
		long month = mp < 10 ? mp + 3 : mp - 9;
		long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
		return new long[] { year, month, day };
	}

	private static long floorDiv(long a, long b) {
		long q = a / b;
		return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
	}

	private static void pad(StringBuilder b, long v, int width) {
		String s = Long.toString(v);
		for (int i = s.length(); i < width; i++) {
			b.append('0');
		}
		b.append(s);
	}
}
