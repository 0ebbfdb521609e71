/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.build;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;

import org.junit.Test;
import org.mqttboard.gate.ClassSet;
import org.mqttboard.gate.GateMain;
import org.mqttboard.gate.GateReport;

/**
 * The API gate over every device-bound class (firmware core and MicroEJ device layer) with the libraries declared
 * in module.ivy. Fails with the full violation list.
 */
public class ApiGateTest {

	@Test
	public void deviceBoundClasses_referenceOnlyAllowedMicroejApis() throws IOException {
		ClassSet classes = Repo.deviceClasses();
		for (java.nio.file.Path root : classes.roots()) {
			assertFalse("no classes under " + root + ": the gate would pass vacuously", classes.under(root).isEmpty());
		}
		GateReport report = GateMain.run(Repo.root());
		System.out.println(report.format());
		assertTrue(report.format(), report.passed());
	}
}
