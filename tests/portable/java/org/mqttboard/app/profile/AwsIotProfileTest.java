/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import static org.mqttboard.app.config.ConfigTexts.error;
import static org.mqttboard.app.config.ConfigTexts.hasError;
import static org.mqttboard.app.config.ConfigTexts.load;
import static org.mqttboard.app.config.ConfigTexts.problems;
import static org.mqttboard.app.config.ConfigTexts.replace;
import static org.mqttboard.app.config.ConfigTexts.warning;

import org.junit.Assert;
import org.junit.Test;
import org.mqttboard.app.config.ConfigTexts;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.Keys;
import org.mqttboard.app.config.Problem;

/**
 * The {@code aws-iot} profile (sources in its section of {@code CloudProfile}) and the mutual-TLS keys every profile
 * shares. The loader only checks that the certificate and key resources exist, so a bundled CA stands in for both.
 */
public class AwsIotProfileTest {

	private static final String STAND_IN = CloudProfile.AMAZON_ROOT_CA_1;
	private static final String AWS = ConfigTexts.WIFI + "broker.profile=aws-iot\n"
			+ "broker.host=a1b2c3-ats.iot.eu-west-1.amazonaws.com\ndevice.id=thing_1\nbroker.client.cert=" + STAND_IN
			+ "\nbroker.client.key=" + STAND_IN + "\nbutton.a.short.topic=things/thing_1/button\n";

	@Test
	public void defaults_port8883_tls_amazonRoot_clientIdIsTheThingName() {
		FirmwareConfig c = load(AWS);
		Assert.assertEquals(8883, c.endpoint.port());
		Assert.assertTrue(c.endpoint.tls());
		Assert.assertEquals(CloudProfile.AMAZON_ROOT_CA_1, c.endpoint.caResources()[0]);
		Assert.assertEquals(STAND_IN, c.endpoint.clientCertificate());
		Assert.assertEquals(STAND_IN, c.endpoint.clientKey());
		Assert.assertEquals("thing_1", c.credentials.clientId());
		Assert.assertEquals(0, c.warnings.length);
	}

	@Test
	public void certificateKeyAndThingName_areRequired() {
		String text = replace(replace(replace(AWS, "broker.client.cert=" + STAND_IN + "\n", ""), "broker.client.key="
				+ STAND_IN + "\n", ""), "device.id=thing_1\n", "");
		Problem[] ps = problems(text);
		Assert.assertNotNull(error(ps, Keys.BROKER_CLIENT_CERT, "aws-iot"));
		Assert.assertNotNull(error(ps, Keys.BROKER_CLIENT_KEY, "aws-iot"));
		Assert.assertNotNull(error(ps, Keys.DEVICE_ID, "thing name"));
	}

	@Test
	public void keepAlive_outside30To1200_isRefused_insideAccepted() {
		Assert.assertNotNull(error(problems(AWS + "broker.keepalive.seconds=29\n"), Keys.BROKER_KEEPALIVE_SECONDS,
				"30..1200"));
		Assert.assertNotNull(error(problems(AWS + "broker.keepalive.seconds=1201\n"), Keys.BROKER_KEEPALIVE_SECONDS,
				"30..1200"));
		Assert.assertEquals(1200, load(AWS + "broker.keepalive.seconds=1200\n").session.connect.keepAliveSeconds);
		Assert.assertEquals(30, load(AWS + "broker.keepalive.seconds=30\n").session.connect.keepAliveSeconds);
	}

	@Test
	public void reservedAwsTopics_areRefused_unlessChosen() {
		String shadow = replace(AWS, "things/thing_1/button", "$aws/things/thing_1/shadow/update");
		Assert.assertNotNull(error(problems(shadow), "button.a.short.topic", "$aws/"));
		Assert.assertNotNull(error(problems(AWS + "sub.1.topic=$aws/things/thing_1/shadow/update/delta\n"),
				"sub.1.topic", "$aws/"));
		load(shadow + "broker.aws.allow.reserved=true\n");
		Assert.assertTrue(hasError(problems(replace(AWS, "broker.profile=aws-iot", "broker.profile=generic")
				+ "broker.aws.allow.reserved=true\n"), "broker.aws.allow.reserved"));
	}

	@Test
	public void topicsWithMoreThanSevenSlashes_qos2_andPasswords_areRefused() {
		Assert.assertNotNull(error(problems(replace(AWS, "things/thing_1/button", "a/b/c/d/e/f/g/h/i")),
				"button.a.short.topic", "at most 7"));
		Assert.assertNotNull(error(problems(AWS + "button.a.short.qos=2\n"), "button.a.short.qos"));
		Assert.assertNotNull(error(problems(AWS + "broker.username=u\nbroker.password=p\n"), Keys.BROKER_PASSWORD,
				"certificate"));
	}

	@Test
	public void clientIdOtherThanTheThingName_warns_andANonAwsHostWarns() {
		Problem[] ps = load(replace(AWS, "a1b2c3-ats.iot.eu-west-1.amazonaws.com", "iot.example.org")
				+ "broker.client.id=other\n").warnings;
		Assert.assertNotNull(warning(ps, Keys.BROKER_CLIENT_ID));
		Assert.assertNotNull(warning(ps, Keys.BROKER_HOST));
	}

	@Test
	public void mutualTls_certificateAndKeyGoTogether_needTls_andMustExist() {
		String generic = ConfigTexts.WIFI + "broker.host=broker.example.org\nbroker.ca.resources=" + STAND_IN + "\n";
		Problem onlyCert = error(problems(generic + "broker.client.cert=" + STAND_IN + "\n"), Keys.BROKER_CLIENT_KEY);
		Assert.assertTrue(onlyCert.reason(), onlyCert.reason().contains(Keys.BROKER_CLIENT_CERT)
				&& onlyCert.reason().contains(Keys.BROKER_CLIENT_KEY));
		Problem onlyKey = error(problems(generic + "broker.client.key=" + STAND_IN + "\n"), Keys.BROKER_CLIENT_CERT);
		Assert.assertTrue(onlyKey.reason(), onlyKey.reason().contains(Keys.BROKER_CLIENT_KEY));
		Assert.assertNotNull(error(problems(generic + "broker.client.cert=" + STAND_IN + "\nbroker.client.key="
				+ STAND_IN + "\nbroker.tls=false\nbroker.port=1883\n"), Keys.BROKER_CLIENT_CERT, "TLS"));
		Assert.assertNotNull(error(problems(generic + "broker.client.cert=/no/such.pem\nbroker.client.key="
				+ STAND_IN + "\n"), Keys.BROKER_CLIENT_CERT, "no such resource"));
		FirmwareConfig none = load(generic);
		Assert.assertNull(none.endpoint.clientCertificate());
		Assert.assertNull(none.endpoint.clientKey());
	}
}
