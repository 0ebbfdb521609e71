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
				if (isMalformed(code)) {
					malformed++;
					assertTrue(name, name.startsWith("MALFORMED") || name.equals("PROTOCOL_ERROR"));
				}
				if (isInvalidArgument(code)) {
					invalid++;
					assertFalse(name, name.startsWith("MALFORMED"));
				}
			} else {
				assertFalse(isMalformed(code));
				assertFalse(isInvalidArgument(code));
			}
		}
		assertEquals(31, count);
		assertEquals(14, malformed);
		assertEquals(13, invalid);
		assertEquals("COUNT", Status.name(5));
		assertEquals("NEED_MORE", Status.name(Status.NEED_MORE));
	}

	/** The malformed-packet range: the connection must be closed. */
	private static boolean isMalformed(int code) {
		return code <= Status.MALFORMED && code >= Status.PROTOCOL_ERROR;
	}

	/** The encoder argument range. */
	private static boolean isInvalidArgument(int code) {
		return code <= Status.INVALID_ARGUMENT && code >= Status.INVALID_COUNT;
	}
}
