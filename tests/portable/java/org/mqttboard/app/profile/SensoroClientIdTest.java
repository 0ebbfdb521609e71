/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import org.junit.Assert;
import org.junit.Test;

/** The SENSORO client id rule (docs.sensoro.com/en/cloud/mqtt.html), written without regex. */
public class SensoroClientIdTest {

	private static String repeat(char c, int n) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < n; i++) {
			b.append(c);
		}
		return b.toString();
	}

	@Test
	public void matches_acceptsTheDocumentedValidForms() {
		String[] ok = { "foobar", "foobar/", "foobar/abc", "foobar/" + repeat('a', 36),
				"foobar/123e4567-e89b-12d3-a456-426614174000", "foobar/A_b-9" };
		for (String id : ok) {
			Assert.assertTrue(id, CloudProfile.sensoroClientIdMatches("foobar", id));
		}
	}

	@Test
	public void matches_rejectsTheDocumentedInvalidForms() {
		String[] bad = { "foobar/" + repeat('a', 37), "foobar/a.b", "foobar/a b", "foobar/\u00fc", "foobarx", "fooba",
				"foobar/abc/def", "xfoobar", "" };
		for (String id : bad) {
			Assert.assertFalse(id, CloudProfile.sensoroClientIdMatches("foobar", id));
		}
	}

	@Test
	public void matches_treatsAppIdMetacharactersLiterally() {
		Assert.assertFalse(CloudProfile.sensoroClientIdMatches("a.b", "axb"));
		Assert.assertTrue(CloudProfile.sensoroClientIdMatches("a.b", "a.b/1"));
		Assert.assertFalse(CloudProfile.sensoroClientIdMatches("", ""));
	}
}
