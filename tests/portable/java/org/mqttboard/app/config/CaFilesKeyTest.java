/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import static org.mqttboard.app.config.ConfigTexts.error;
import static org.mqttboard.app.config.ConfigTexts.load;
import static org.mqttboard.app.config.ConfigTexts.problems;
import static org.mqttboard.app.config.ConfigTexts.warning;

import org.junit.Assert;
import org.junit.Test;

/** {@code broker.ca.files}: stored CA files beside {@code broker.ca.resources}. */
public class CaFilesKeyTest {

	private static final String BASE = ConfigTexts.WIFI + "broker.host=broker.example.org\n";

	@Test
	public void storedCaFiles_alone_satisfyTls_andGoToTheEndpoint() {
		FirmwareConfig c = load(BASE + "broker.ca.files = my-ca.pem, backup_ca.pem\n");
		Assert.assertEquals(2, c.endpoint.caFiles().length);
		Assert.assertEquals("my-ca.pem", c.endpoint.caFiles()[0]);
		Assert.assertEquals("backup_ca.pem", c.endpoint.caFiles()[1]);
		Assert.assertEquals(0, c.endpoint.caResources().length);
	}

	@Test
	public void aNameThatIsNoCaFileName_isAnError_andNoCaAtAllStillIs() {
		error(problems(BASE + "broker.ca.files = ../etc/ca.pem\n"), Keys.BROKER_CA_FILES, "not a CA file name");
		error(problems(BASE + "broker.ca.files = ca.crt\n"), Keys.BROKER_CA_FILES, "ending in .pem");
		error(problems(BASE), Keys.BROKER_CA_RESOURCES, "or a stored file in broker.ca.files");
		warning(load(BASE + "broker.tls = false\nbroker.ca.files = a.pem\n").warnings, Keys.BROKER_CA_FILES);
	}
}
