/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.mqtt.codec;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class StatusTest {

	@Test
	public void name_isDistinctForEveryCode_andClassified() {
		String[] names = new String[100];
		int count = 0;
		int malformed = 0;
		int invalid = 0;
		for (int code = -99; code <= 0; code++) {
			String name = Status.name(code);
			if (!"UNKNOWN".equals(name)) {
				for (int k = 0; k < count; k++) {
					assertFalse(name, name.equals(names[k]));
				}
				names[count++] = name;
				if (Status.isMalformed(code)) {
					malformed++;
					assertTrue(name, name.startsWith("MALFORMED") || name.equals("PROTOCOL_ERROR"));
				}
				if (Status.isInvalidArgument(code)) {
					invalid++;
					assertFalse(name, name.startsWith("MALFORMED"));
				}
			} else {
				assertFalse(Status.isMalformed(code));
				assertFalse(Status.isInvalidArgument(code));
			}
		}
		assertEquals(31, count);
		assertEquals(14, malformed);
		assertEquals(13, invalid);
		assertEquals("COUNT", Status.name(5));
		assertEquals("NEED_MORE", Status.name(Status.NEED_MORE));
	}
}
