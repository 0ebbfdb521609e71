/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import static org.mqttboard.app.config.ConfigTexts.error;
import static org.mqttboard.app.config.ConfigTexts.load;
import static org.mqttboard.app.config.ConfigTexts.problems;

import org.junit.Assert;
import org.junit.Test;

/** The configuration side of Home Assistant discovery: off by default, availability required, the buffer bound. */
public class HaDiscoveryConfigTest {

	private static final String BASE = ConfigTexts.WIFI + "broker.host=broker.example.org\n"
			+ "broker.ca.resources=/org/mqttboard/ca/isrg-root-x1.pem\ndevice.id=desk\n"
			+ "button.a.short.topic=desk/a\nbutton.a.short.payload=on\nsub.1.topic=desk/display\n";
	private static final String STATUS = "broker.will.topic=desk/status\nbroker.will.payload=offline\n"
			+ "broker.announce.topic=desk/status\nbroker.announce.payload=online\n";

	@Test
	public void off_byDefault() {
		Assert.assertNull(load(BASE).ha);
		Assert.assertNull(load(BASE + "ha.discovery=false\n").ha);
	}

	@Test
	public void on_buildsATriggerPerPress_andTheDisplaySensor() {
		HaDiscovery ha = load(BASE + STATUS + "ha.discovery=true\n").ha;
		Assert.assertNotNull(ha);
		Assert.assertEquals(2, ha.size());
	}

	@Test
	public void on_withoutOneStatusTopicForWillAndAnnounce_isRefused_namingTheKeys() {
		Problem p = error(problems(BASE + "ha.discovery=true\n"), Keys.HA_DISCOVERY);
		Assert.assertTrue(p.reason(), p.reason().indexOf("broker.will.topic") >= 0
				&& p.reason().indexOf("broker.announce.topic") >= 0);
	}

	@Test
	public void messagesLargerThanTheTransmitBuffer_areRefused_withTheSizeNeeded() {
		Problem p = error(problems(BASE + STATUS + "ha.discovery=true\nbroker.buffer.bytes=256\n"), Keys.HA_DISCOVERY,
				"transmit buffer");
		Assert.assertTrue(p.reason(), p.reason().indexOf("broker.buffer.bytes") >= 0);
	}

	@Test
	public void profilesWithoutRetain_refuseDiscovery() {
		Assert.assertNotNull(error(problems(ConfigTexts.WIFI + "broker.profile=iotda-device\n"
				+ "broker.host=a.st1.iotda-device.cn-north-4.myhuaweicloud.com\nbroker.username=dev_1\n"
				+ "broker.password=12345678\nha.discovery=true\n"), Keys.HA_DISCOVERY, "retained"));
	}
}
