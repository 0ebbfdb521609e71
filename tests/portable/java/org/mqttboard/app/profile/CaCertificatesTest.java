/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.Assert;
import org.junit.Test;
import org.mqttboard.app.config.BrokerProfile;
import org.mqttboard.app.config.Keys;
import org.mqttboard.app.config.RawConfig;

/**
 * The bundled CA files are single PEM certificates listed for embedding, and every profile default points at one
 * of them. That they are self-signed roots is checked on the host by
 * {@code BundledRootCertificatesTest}, since X.509 details are outside the device API subset.
 */
public class CaCertificatesTest {

	private static final String LIST = "/org/mqttboard/ca/ca.resources.list";
	private static final String[] ALL = { CloudProfile.ISRG_ROOT_X1, CloudProfile.USERTRUST_RSA,
			CloudProfile.DIGICERT_GLOBAL_ROOT_CA, CloudProfile.GLOBALSIGN_ROOT_R3, CloudProfile.AMAZON_ROOT_CA_1 };

	private static byte[] read(String resource) throws IOException {
		InputStream in = CaCertificatesTest.class.getResourceAsStream(resource);
		Assert.assertNotNull("missing resource " + resource, in);
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buf = new byte[1024];
			int n;
			while ((n = in.read(buf)) > 0) {
				out.write(buf, 0, n);
			}
			return out.toByteArray();
		} finally {
			in.close();
		}
	}

	@Test
	public void everyBundledCa_isOnePemCertificate() throws IOException {
		for (String r : ALL) {
			String pem = new String(read(r), "UTF-8");
			Assert.assertTrue(r, pem.startsWith("-----BEGIN CERTIFICATE-----\n"));
			int end = pem.length() - "-----END CERTIFICATE-----\n".length();
			Assert.assertEquals(r + " holds more than one certificate", end, pem.indexOf("-----END CERTIFICATE-----"));
		}
	}

	@Test
	public void everyBundledCa_isListedForEmbedding() throws IOException {
		String list = new String(read(LIST), "UTF-8");
		for (String r : ALL) {
			Assert.assertTrue(r + " not in " + LIST, list.indexOf(r.substring(1) + "\n") >= 0);
		}
	}

	@Test
	public void profileDefaults_pointAtBundledCas() throws IOException {
		for (BrokerProfile p : Profiles.all()) {
			RawConfig raw = new RawConfig("t");
			raw.put(Keys.BROKER_USERNAME, "u", 1);
			raw.put(Keys.IOTDA_ACCESS_KEY, "ak", 2);
			p.applyDefaults(raw);
			String cas = raw.get(Keys.BROKER_CA_RESOURCES);
			if (cas == null) {
				continue;
			}
			int start = 0;
			for (int i = 0; i <= cas.length(); i++) {
				if (i == cas.length() || cas.charAt(i) == ',') {
					Assert.assertTrue(p.name(), read(cas.substring(start, i).trim()).length > 500);
					start = i + 1;
				}
			}
		}
	}
}
