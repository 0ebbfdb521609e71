/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Date;

import org.junit.Assert;
import org.junit.Test;

/**
 * Host-only: every bundled CA resource is a self-signed root CA certificate, still valid, never an intermediate
 * (a Let's Encrypt R3/R10/R11 or GlobalSign OV SSL CA 2018 as the sole anchor breaks when the intermediate rotates).
 */
public class BundledRootCertificatesTest {

	private static final String[] ALL = { CloudProfile.ISRG_ROOT_X1, CloudProfile.USERTRUST_RSA,
			CloudProfile.DIGICERT_GLOBAL_ROOT_CA, CloudProfile.GLOBALSIGN_ROOT_R3, CloudProfile.AMAZON_ROOT_CA_1 };

	private static X509Certificate load(String resource) throws IOException, GeneralSecurityException {
		try (InputStream in = BundledRootCertificatesTest.class.getResourceAsStream(resource)) {
			Assert.assertNotNull(resource, in);
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
	}

	@Test
	public void everyBundledCa_isASelfSignedRootCa() throws IOException, GeneralSecurityException {
		for (String r : ALL) {
			X509Certificate c = load(r);
			Assert.assertEquals(r + " is not self-signed (an intermediate?)", c.getSubjectX500Principal(),
					c.getIssuerX500Principal());
			c.verify(c.getPublicKey());
			Assert.assertTrue(r + " is not a CA", c.getBasicConstraints() >= 0);
			c.checkValidity(new Date());
		}
	}

	@Test
	public void bundledCas_areTheDocumentedRoots() throws IOException, GeneralSecurityException {
		Assert.assertTrue(load(CloudProfile.ISRG_ROOT_X1).getSubjectX500Principal().getName()
				.contains("ISRG Root X1"));
		Assert.assertTrue(load(CloudProfile.USERTRUST_RSA).getSubjectX500Principal().getName()
				.contains("USERTrust RSA Certification Authority"));
		Assert.assertTrue(load(CloudProfile.DIGICERT_GLOBAL_ROOT_CA).getSubjectX500Principal().getName()
				.contains("DigiCert Global Root CA"));
		Assert.assertTrue(load(CloudProfile.GLOBALSIGN_ROOT_R3).getSubjectX500Principal().getName()
				.contains("GlobalSign Root CA - R3"));
		Assert.assertTrue(load(CloudProfile.AMAZON_ROOT_CA_1).getSubjectX500Principal().getName()
				.contains("Amazon Root CA 1"));
	}

	@Test
	public void amazonRootCa1_hasTheFingerprintDocumented() throws Exception {
		byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(load(CloudProfile.AMAZON_ROOT_CA_1).getEncoded());
		String hex = java.util.HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		Assert.assertEquals("8E:CD:E6:88:4F:3D:87:B1:12:5B:A3:1A:C3:FC:B1:3D:70:16:DE:7F:57:CC:90:4F:E1:CB:97:C6:AE:98:19:6E",
				hex);
		String docs = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("mqttboard.root", "."),
				"docs", "configuration.md"));
		Assert.assertTrue("docs/configuration.md names the fingerprint", docs.contains(hex));
	}
}
