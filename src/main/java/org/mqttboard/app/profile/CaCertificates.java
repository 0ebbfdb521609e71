/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

/**
 * Class-path resources of the bundled public root certificates (PEM, copied from Debian's ca-certificates
 * package, Mozilla store). Listed in {@code org/mqttboard/ca/ca.resources.list} so MicroEJ embeds them.
 */
public final class CaCertificates {

	/** ISRG Root X1 (Let's Encrypt): HiveMQ Cloud, Thinger.io private instances. Valid to 2035-06-04. */
	public static final String ISRG_ROOT_X1 = "/org/mqttboard/ca/isrg-root-x1.pem";
	/** USERTrust RSA Certification Authority (Sectigo): Thinger.io community servers. Valid to 2038-01-18. */
	public static final String USERTRUST_RSA = "/org/mqttboard/ca/usertrust-rsa.pem";
	/** DigiCert Global Root CA: Huawei IoTDA. Valid to 2031-11-10. */
	public static final String DIGICERT_GLOBAL_ROOT_CA = "/org/mqttboard/ca/digicert-global-root-ca.pem";
	/** GlobalSign Root CA - R3: Huawei IoTDA. Valid to 2029-03-18. */
	public static final String GLOBALSIGN_ROOT_R3 = "/org/mqttboard/ca/globalsign-root-r3.pem";

	private CaCertificates() {
	}
}
