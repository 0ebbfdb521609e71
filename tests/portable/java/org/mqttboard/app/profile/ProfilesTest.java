/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.profile;

import static org.mqttboard.app.config.ConfigTexts.error;
import static org.mqttboard.app.config.ConfigTexts.load;
import static org.mqttboard.app.config.ConfigTexts.problems;
import static org.mqttboard.app.config.ConfigTexts.replace;
import static org.mqttboard.app.config.ConfigTexts.warning;

import org.junit.Assert;
import org.junit.Test;
import org.mqttboard.app.config.BrokerProfile;
import org.mqttboard.app.config.ConfigTexts;
import org.mqttboard.app.config.Credentials;
import org.mqttboard.app.config.FirmwareConfig;
import org.mqttboard.app.config.Keys;
import org.mqttboard.app.display.DisplayRule;

/** Defaults and rules of every built-in profile (sources: the sections of {@code CloudProfile}). */
public class ProfilesTest {

	private static final String W = ConfigTexts.WIFI;
	private static final String HIVEMQ = W + "broker.profile=hivemq-cloud\nbroker.host=abc.s1.eu.hivemq.cloud\n"
			+ "broker.client.id=b1\nbroker.username=user\nbroker.password=pass\n";
	private static final String AMEBA = W + "broker.profile=ameba-cloud\nbroker.client.id=dev1\n"
			+ "broker.username=amebauser\nbroker.password=pw\nbroker.allow.insecure=true\n";
	private static final String SENSORO = W + "broker.profile=sensoro\nbroker.username=foobar\n"
			+ "broker.password=appsecret\nbroker.allow.insecure=true\n";
	private static final String THINGER = W + "broker.profile=thinger\nbroker.username=alice\n"
			+ "broker.client.id=dev1\nbroker.password=cred\n";
	private static final String DEVICE = W + "broker.profile=iotda-device\n"
			+ "broker.host=a1b2c3d4e5.st1.iotda-device.cn-north-4.myhuaweicloud.com\nbroker.username=prod_node1\n"
			+ "broker.password=12345678\n";
	private static final String APP = W + "broker.profile=iotda-app\n"
			+ "broker.host=a1b2c3d4e5.st1.iotda-app.cn-north-4.myhuaweicloud.com\nbroker.iotda.access.key=AK1\n"
			+ "broker.password=accesscode\nsub.1.topic=push/topic_1\n";

	@Test
	public void all_containsTheEightProfilesByName() {
		String[] names = { "generic", "hivemq-cloud", "ameba-cloud", "sensoro", "thinger", "iotda-device",
				"iotda-app", "aws-iot" };
		BrokerProfile[] all = Profiles.all();
		Assert.assertEquals(names.length, all.length);
		for (int i = 0; i < names.length; i++) {
			Assert.assertEquals(names[i], all[i].name());
		}
	}

	@Test
	public void hivemq_defaults_followTheTutorial() {
		FirmwareConfig c = load(HIVEMQ);
		Assert.assertEquals(8883, c.endpoint.port());
		Assert.assertTrue(c.endpoint.tls());
		Assert.assertEquals(CloudProfile.ISRG_ROOT_X1, c.endpoint.caResources()[0]);
		Assert.assertEquals("testtopic/1", c.presses[0].topic());
		Assert.assertEquals("hello", c.presses[0].template().toString());
		Assert.assertEquals("testtopic/2", ConfigTexts.filter(c, 0));
		Assert.assertEquals(0, c.warnings.length);
	}

	@Test
	public void hivemq_refusesPlainTcpAndWrongPorts() {
		error(problems(HIVEMQ + "broker.tls=false\nbroker.allow.insecure=true\nbroker.port=1883\n"), Keys.BROKER_TLS,
				"TLS");
		error(problems(HIVEMQ + "broker.port=1883\n"), Keys.BROKER_PORT, "1883");
		error(problems(HIVEMQ + "broker.port=8884\n"), Keys.BROKER_PORT, "8883");
		error(problems(HIVEMQ + "broker.tls=false\nbroker.allow.insecure=true\n"), Keys.BROKER_PORT, "8883");
	}

	@Test
	public void hivemq_requiresCredentials_andWarnsOnForeignHost() {
		error(problems(replace(HIVEMQ, "broker.username=user\n", "")), Keys.BROKER_USERNAME, "missing");
		error(problems(replace(HIVEMQ, "broker.password=pass\n", "")), Keys.BROKER_PASSWORD, "missing");
		error(problems(replace(HIVEMQ, "abc.s1.eu.hivemq.cloud", "")), Keys.BROKER_HOST, "missing");
		warning(load(replace(HIVEMQ, "abc.s1.eu.hivemq.cloud", "broker.example.org")).warnings, Keys.BROKER_HOST);
	}

	@Test
	public void ameba_defaults_followTheAmebaExample() {
		FirmwareConfig c = load(AMEBA);
		Assert.assertEquals("cloud.amebaiot.com", c.endpoint.host());
		Assert.assertEquals(1883, c.endpoint.port());
		Assert.assertFalse(c.endpoint.tls());
		Assert.assertEquals("outTopic", c.announce.topic());
		Assert.assertEquals("hello world", c.announce.template().toString());
		Assert.assertEquals("outTopic", c.presses[0].topic());
		Assert.assertEquals("inTopic", ConfigTexts.filter(c, 0));
		warning(c.warnings, Keys.BROKER_ALLOW_INSECURE);
	}

	@Test
	public void ameba_rules() {
		error(problems(replace(AMEBA, "broker.allow.insecure=true\n", "")), Keys.BROKER_PASSWORD, "plain TCP");
		error(problems(replace(AMEBA, "broker.client.id=dev1\n", "")), Keys.BROKER_CLIENT_ID, "registered");
		error(problems(replace(AMEBA, "broker.username=amebauser\n", "")), Keys.BROKER_USERNAME, "missing");
		warning(load(replace(AMEBA, "amebauser", "me@example.com")).warnings, Keys.BROKER_USERNAME);
	}

	@Test
	public void sensoro_defaults_deriveTopicAndClientIdFromAppId() {
		FirmwareConfig c = load(SENSORO);
		Assert.assertEquals("iot.sensoro.com", c.endpoint.host());
		Assert.assertEquals(1883, c.endpoint.port());
		Assert.assertEquals("foobar", c.credentials.refresh(0).clientId());
		Assert.assertEquals(10000, c.backoffBaseMillis);
		Assert.assertEquals("users/foobar/devices", ConfigTexts.filter(c, 0));
		Assert.assertEquals(1, c.session.filterQos[0]);
		Assert.assertEquals(DisplayRule.JSON, c.rules[0].kind());
		Assert.assertEquals("data.temperature", c.rules[0].path().toString());
		Assert.assertNull(c.presses[0]);
	}

	@Test
	public void sensoro_rules() {
		error(problems(SENSORO + "broker.client.id=foobar-1\n"), Keys.BROKER_CLIENT_ID, "AppID");
		load(SENSORO + "broker.client.id=foobar/123e4567-e89b-12d3-a456-426614174000\n");
		error(problems(SENSORO + "broker.tls=true\nbroker.port=8883\n"), Keys.BROKER_TLS, "no TLS");
		error(problems(SENSORO + "sub.1.qos=2\n"), "sub.1.qos", "up to 1");
		error(problems(SENSORO + "button.a.short.topic=x\n"), "button.a.short.topic", "consumer-only");
		load(SENSORO + "button.a.short.topic=x\nbroker.sensoro.allow.publish=true\n");
		error(problems(replace(SENSORO, "broker.password=appsecret\n", "")), Keys.BROKER_PASSWORD, "AppSecret");
	}

	@Test
	public void sensoro_mqtt31_withUuidClientId_exceeds23Characters() {
		error(problems(SENSORO + "broker.mqtt.version=3.1\nbroker.client.id=foobar/123e4567-e89b-12d3-a456\n"),
				Keys.BROKER_CLIENT_ID, "23");
	}

	@Test
	public void thinger_defaults_tlsWithBothRoots() {
		FirmwareConfig c = load(THINGER);
		Assert.assertEquals("backend.thinger.io", c.endpoint.host());
		Assert.assertEquals(8883, c.endpoint.port());
		Assert.assertEquals(2, c.endpoint.caResources().length);
	}

	@Test
	public void thinger_rules() {
		error(problems(THINGER + "button.a.short.topic=t\nbutton.a.short.payload=hello\n"), "button.a.short.payload",
				"JSON");
		error(problems(THINGER + "button.a.short.topic=t\nbutton.a.short.payload={\"a\":1\n"),
				"button.a.short.payload", "JSON");
		load(THINGER + "button.a.short.topic=t\nbutton.a.short.payload={\"b\":\"${button}\",\"n\":${count}}\n");
		warning(load(replace(THINGER, "alice", "alice@example.com")).warnings, Keys.BROKER_USERNAME);
		error(problems(replace(THINGER, "broker.client.id=dev1\n", "")), Keys.BROKER_CLIENT_ID, "device identifier");
		error(problems(THINGER + "broker.tls=false\nbroker.allow.insecure=true\n"), Keys.BROKER_PORT, "8883");
		load(THINGER + "broker.tls=false\nbroker.allow.insecure=true\nbroker.port=1883\n");
	}

	@Test
	public void iotdaDevice_defaults_andDerivedCredentials() {
		FirmwareConfig c = load(DEVICE);
		Assert.assertEquals(120, c.session.connect.keepAliveSeconds);
		Assert.assertEquals(50, c.rateLimitPerSecond);
		Assert.assertEquals(CloudProfile.DIGICERT_GLOBAL_ROOT_CA, c.endpoint.caResources()[0]);
		Assert.assertEquals(CloudProfile.GLOBALSIGN_ROOT_R3, c.endpoint.caResources()[1]);
		Assert.assertEquals("$oc/devices/prod_node1/sys/messages/up", c.presses[0].topic());
		Assert.assertEquals("$oc/devices/prod_node1/sys/messages/down", ConfigTexts.filter(c, 0));
		Assert.assertEquals("prod_node1", c.deviceId);
		Assert.assertTrue(c.credentials.needsWallClock());
		Credentials cr = c.credentials.refresh(1744594200000L);
		Assert.assertEquals("prod_node1_0_1_2025041401", cr.clientId());
		Assert.assertEquals("prod_node1", cr.username());
		Assert.assertEquals(64, cr.passwordBytes().length);
		Assert.assertFalse(load(DEVICE + "broker.iotda.sign.type=0\n").credentials.needsWallClock());
	}

	@Test
	public void iotdaDevice_rules() {
		error(problems(replace(DEVICE, "prod_node1", "prod node1")), Keys.BROKER_USERNAME, "device id");
		StringBuilder longId = new StringBuilder();
		for (int i = 0; i < 129; i++) {
			longId.append('d');
		}
		error(problems(replace(DEVICE, "prod_node1", longId.toString())), Keys.BROKER_USERNAME, "128");
		error(problems(DEVICE + "broker.iotda.sign.type=2\n"), Keys.IOTDA_SIGN_TYPE, "0, 1");
		error(problems(DEVICE + "broker.keepalive.seconds=15\n"), Keys.BROKER_KEEPALIVE_SECONDS, "30..1200");
		error(problems(DEVICE + "broker.keepalive.seconds=1201\n"), Keys.BROKER_KEEPALIVE_SECONDS, "30..1200");
		load(DEVICE + "broker.keepalive.seconds=30\n");
		error(problems(DEVICE + "button.a.short.qos=2\n"), "button.a.short.qos", "up to 1");
		error(problems(DEVICE + "button.a.short.retain=true\n"), "button.a.short.retain", "retained");
		error(problems(DEVICE + "broker.will.topic=x\n"), Keys.BROKER_WILL_TOPIC, "will");
		error(problems(DEVICE + "broker.client.id=x\n"), Keys.BROKER_CLIENT_ID, "derives");
		error(problems(DEVICE + "broker.rate.limit.per.second=60\n"), Keys.BROKER_RATE_LIMIT_PER_SECOND, "50");
		error(problems(DEVICE + "broker.rate.limit.per.second=0\n"), Keys.BROKER_RATE_LIMIT_PER_SECOND, "50");
		error(problems(DEVICE + "sub.2.topic=$oc/devices/other/sys/messages/down\n"), "sub.2.topic", "own");
		error(problems(DEVICE + "broker.mqtt.version=3.1\n"), Keys.BROKER_CLIENT_ID, "23");
		error(problems(replace(DEVICE, "broker.password=12345678\n", "")), Keys.BROKER_PASSWORD, "secret");
	}

	@Test
	public void iotdaApp_defaults_andDerivedUsername() {
		FirmwareConfig c = load(APP + "broker.iotda.instance.id=inst1\n");
		Assert.assertEquals(8883, c.endpoint.port());
		Assert.assertEquals(120, c.session.connect.keepAliveSeconds);
		Assert.assertNull(c.presses[0]);
		Assert.assertNull(c.announce);
		Credentials cr = c.credentials.refresh(1744594200123L);
		Assert.assertEquals("accessKey=AK1|timestamp=1744594200123|instanceId=inst1", cr.username());
		Assert.assertEquals("AK1", cr.clientId());
	}

	@Test
	public void iotdaApp_rules() {
		error(problems(APP + "button.a.short.topic=x\n"), "button.a.short.topic", "subscribe-only");
		error(problems(APP + "sub.1.qos=1\n"), "sub.1.qos", "up to 0");
		error(problems(APP + "broker.mqtt.version=3.1\n"), Keys.BROKER_MQTT_VERSION, "3.1.1");
		error(problems(APP + "broker.username=x\n"), Keys.BROKER_USERNAME, "derives");
		error(problems(APP + "broker.tls=false\nbroker.port=1883\nbroker.allow.insecure=true\n"), Keys.BROKER_TLS,
				"TLS");
		error(problems(APP + "broker.keepalive.seconds=20\n"), Keys.BROKER_KEEPALIVE_SECONDS, "30..1200");
		error(problems(APP + "sub.2.topic=push/a.b\n"), "sub.2.topic", "128");
		error(problems(replace(APP, "sub.1.topic=push/topic_1\n", "")), "sub.1.topic", "push topic");
		error(problems(replace(APP, "broker.iotda.access.key=AK1\n", "")), Keys.IOTDA_ACCESS_KEY, "access key");
		error(problems(APP + "broker.will.topic=x\n"), Keys.BROKER_WILL_TOPIC, "will");
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 257; i++) {
			code.append('c');
		}
		error(problems(replace(APP, "accesscode", code.toString())), Keys.BROKER_PASSWORD, "256");
	}
}
