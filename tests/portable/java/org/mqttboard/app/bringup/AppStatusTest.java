/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.bringup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.mqttboard.mqtt.session.SessionStatus;

/**
 * {@link AppStatus#violation}: the error line's explanation of every protocol violation the engine closes with.
 */
public class AppStatusTest {

	@Test
	public void everyViolation_hasAnExplanationWithItsClause_andOtherCausesHaveNone() {
		int violations = 0;
		for (int s = -199; s <= 0; s++) {
			String d = AppStatus.violation(s);
			if (SessionStatus.isViolation(s)) {
				violations++;
				assertNotNull(SessionStatus.name(s), d);
				assertTrue(d, s == SessionStatus.ANNOUNCED_TOO_LARGE || d.indexOf("[MQTT-") >= 0
						|| d.indexOf("MQTT 3.1.1 section") >= 0);
			} else {
				assertNull(SessionStatus.name(s), d);
			}
		}
		assertEquals(16, violations);
	}
}
