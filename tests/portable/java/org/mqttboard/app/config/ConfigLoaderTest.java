/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import static org.mqttboard.app.config.ConfigTexts.error;
import static org.mqttboard.app.config.ConfigTexts.hasError;
import static org.mqttboard.app.config.ConfigTexts.load;
import static org.mqttboard.app.config.ConfigTexts.problems;
import static org.mqttboard.app.config.ConfigTexts.replace;
import static org.mqttboard.app.config.ConfigTexts.warning;

import org.junit.Assert;
import org.junit.Test;
import org.mqttboard.app.display.DisplayRule;
import org.mqttboard.mqtt.codec.ConnectOptions;
import org.mqttboard.mqtt.session.SessionConfig;
import org.mqttboard.platform.Display;

/** Validation rules of the common keys (generic profile): every rule has a bad-input case. */
public class ConfigLoaderTest {

	private static final String CA = "broker.ca.resources=/org/mqttboard/ca/isrg-root-x1.pem\n";
	private static final String GENERIC = ConfigTexts.WIFI + "broker.host=broker.example.org\n" + CA;

	@Test
	public void load_minimalGenericFile_appliesDocumentedDefaults() {
		FirmwareConfig c = load(GENERIC);
		SessionConfig s = c.session;
		Assert.assertEquals("generic", c.profile);
		Assert.assertEquals(8883, c.endpoint.port());
		Assert.assertTrue(c.endpoint.tls());
		Assert.assertTrue(c.endpoint.verifyHostName());
		Assert.assertEquals(60, s.connect.keepAliveSeconds);
		Assert.assertEquals(ConnectOptions.LEVEL_3_1_1, s.connect.protocolLevel);
		Assert.assertFalse(s.fallbackTo31);
		Assert.assertTrue(s.connect.cleanSession);
		Assert.assertTrue(s.subscribePipelined);
		Assert.assertEquals(1000, c.backoffBaseMillis);
		Assert.assertEquals(60000, c.backoffCapMillis);
		// 16 presses with the largest payload (no topic configured): bookkeeping 32 + payload 256 bytes each.
		Assert.assertEquals(16 * (32 + 256), s.queueBytes);
		Assert.assertEquals(SessionConfig.DROP_OLDEST, s.queueOverflow);
		Assert.assertNull(s.connect.willTopic);
		Assert.assertEquals("WPA2", c.wifiSecurities[0]);
		Assert.assertEquals(4, c.presses.length);
		Assert.assertNull(c.presses[0]);
		Assert.assertEquals(0, c.rules.length);
		Assert.assertEquals(FirmwareConfig.DISPLAY_AUTO, c.displayKind);
		Assert.assertEquals("pool.ntp.org", c.sntpServers[0]);
		Assert.assertEquals(0, c.warnings.length);
		Assert.assertEquals("broker.example.org", c.endpoint.host());
		Assert.assertFalse(c.credentials.needsWallClock());
	}

	@Test
	public void load_fullFile_buildsEveryPart() {
		FirmwareConfig c = load(GENERIC + "wifi.security=wpa2_wpa3_mixed\nbroker.port=8884\nbroker.client.id=b1\n"
				+ "broker.username=u\nbroker.password=pw\nbroker.keepalive.seconds=30\nbroker.mqtt.version=auto\n"
				+ "broker.will.topic=st/b1\nbroker.will.payload=offline\nbroker.will.qos=1\nbroker.will.retain=true\n"
				+ "button.a.short.topic=t/a\nbutton.a.short.payload={\"n\":${count}}\nbutton.a.short.qos=1\n"
				+ "button.b.long.topic=t/b\nbutton.b.long.retain=TRUE\nsub.1.topic=in/#\nsub.2.topic=in/+/x\n"
				+ "sub.2.display=json:data.list.0\nsub.2.qos=2\ndisplay.kind=lcd\ntime.sntp.servers=a.org, b.org\n"
				+ "broker.queue.overflow=drop_newest\nbroker.subscribe.pipelined=false\n");
		Assert.assertFalse(c.session.subscribePipelined);
		Assert.assertEquals("WPA2_WPA3_MIXED", c.wifiSecurities[0]);
		Assert.assertEquals(ConnectOptions.LEVEL_3_1_1, c.session.connect.protocolLevel);
		Assert.assertTrue(c.session.fallbackTo31);
		Assert.assertEquals("offline", ConfigTexts.text(c.session.connect.willPayload));
		Assert.assertTrue(c.session.connect.willRetain);
		Assert.assertEquals(1, c.presses[0].qos());
		Assert.assertTrue(c.presses[3].retain());
		Assert.assertNull(c.presses[2]);
		Assert.assertEquals(2, c.rules.length);
		Assert.assertEquals(DisplayRule.JSON, c.rules[1].kind());
		Assert.assertEquals("data.list.0", c.rules[1].path().toString());
		Assert.assertEquals("in/+/x", ConfigTexts.filter(c, 1));
		Assert.assertEquals(2, c.session.filterQos[1]);
		Assert.assertEquals(Display.KIND_LCD, c.displayKind);
		Assert.assertEquals(2, c.sntpServers.length);
		Assert.assertEquals("b1", c.deviceId);
		Assert.assertEquals(SessionConfig.DROP_NEWEST, c.session.queueOverflow);
		Assert.assertEquals("u", c.credentials.refresh(0).username());
	}

	@Test
	public void load_subscribePipelinedNotABoolean_isAnErrorWithItsKey() {
		Assert.assertTrue(hasError(problems(GENERIC + "broker.subscribe.pipelined=maybe\n"),
				Keys.BROKER_SUBSCRIBE_PIPELINED));
	}

	@Test
	public void load_missingRequiredKeys_reportsEachWithKey() {
		Problem[] ps = problems(CA);
		Assert.assertEquals(0, error(ps, Keys.WIFI_SSID, "missing").line());
		error(ps, Keys.BROKER_HOST, "missing");
		error(ps, Keys.WIFI_PASSPHRASE, "missing");
	}

	@Test
	public void load_wrongTypes_reportLineAndValue() {
		Problem[] ps = problems(GENERIC + "broker.port=abc\nbroker.tls=yes\nbroker.keepalive.seconds=1.5\n");
		Assert.assertEquals(5, error(ps, Keys.BROKER_PORT, "whole number").line());
		Assert.assertEquals(6, error(ps, Keys.BROKER_TLS, "true or false").line());
		error(ps, Keys.BROKER_KEEPALIVE_SECONDS, "whole number");
	}

	@Test
	public void load_outOfRange_reportsRange() {
		Problem[] ps = problems(GENERIC + "broker.port=0\nbroker.keepalive.seconds=70000\nbroker.queue.size=-1\n"
				+ "wifi.join.timeout.ms=99999999999\n");
		error(ps, Keys.BROKER_PORT, "1..65535");
		error(ps, Keys.BROKER_KEEPALIVE_SECONDS, "0..65535");
		error(ps, Keys.BROKER_QUEUE_SIZE, "0..256");
		error(ps, Keys.WIFI_JOIN_TIMEOUT_MS, "whole number");
	}

	@Test
	public void load_unknownKey_isAnError_withSuggestion() {
		Problem p = error(problems(GENERIC + "broker.pasword=x\n"), "broker.pasword", "unknown key");
		Assert.assertEquals(5, p.line());
		Assert.assertTrue(p.reason().indexOf("broker.password") >= 0);
		error(problems(GENERIC + "button.c.short.topic=x\n"), "button.c.short.topic", "unknown key");
		error(problems(GENERIC + "sub.9.topic=x\n"), "sub.9.topic", "unknown key");
	}

	@Test
	public void load_loneWordWithoutValue_isAnError_andNeverEchoed() {
		// A password pasted on a line of its own parses as a key without a value.
		Problem[] ps = problems(GENERIC + "Hunter2-secret\n");
		Problem p = error(ps, ConfigLoader.HIDDEN_KEY, "not shown");
		Assert.assertEquals(5, p.line());
		for (int i = 0; i < ps.length; i++) {
			Assert.assertTrue(ps[i].toString(), ps[i].toString().indexOf("Hunter2") < 0);
		}
	}

	@Test
	public void load_anotherProfilesKey_namesThatProfile() {
		error(problems(GENERIC + "broker.iotda.access.key=AK\n"), Keys.IOTDA_ACCESS_KEY, "iotda-app");
	}

	@Test
	public void load_unknownProfile_listsTheNames() {
		error(problems(GENERIC + "broker.profile=aws\n"), Keys.BROKER_PROFILE, "hivemq-cloud");
	}

	@Test
	public void load_placeholderValue_asksToEditIt() {
		Problem p = error(problems(replace(GENERIC, "HomeNet", "<your Wi-Fi name>")), Keys.WIFI_SSID, "edit");
		Assert.assertEquals(1, p.line());
	}

	@Test
	public void load_passwordOverPlainTcp_isRefused() {
		error(problems(GENERIC + "broker.tls=false\nbroker.username=u\nbroker.password=pw\n"), Keys.BROKER_PASSWORD,
				"plain TCP");
	}

	@Test
	public void load_passwordOverPlainTcp_withExplicitInsecure_warns() {
		FirmwareConfig c = load(replace(GENERIC, CA, "") + "broker.tls=false\nbroker.username=u\nbroker.password=pw\n"
				+ "broker.allow.insecure=true\n");
		warning(c.warnings, Keys.BROKER_ALLOW_INSECURE);
		Assert.assertEquals(1883, c.endpoint.port());
	}

	@Test
	public void load_tlsWithoutCa_isAnError_unlessVerificationIsOffWithWarning() {
		String noCa = replace(GENERIC, CA, "");
		error(problems(noCa), Keys.BROKER_CA_RESOURCES, "root certificate");
		FirmwareConfig c = load(noCa + "broker.tls.verify=false\n");
		warning(c.warnings, Keys.BROKER_TLS_VERIFY);
		Assert.assertFalse(c.endpoint.verifyHostName());
	}

	@Test
	public void load_caResourceWithoutLeadingSlash_isAnError() {
		error(problems(replace(GENERIC, CA, "broker.ca.resources=ca.pem\n")), Keys.BROKER_CA_RESOURCES, "'/'");
	}

	@Test
	public void load_hostWithSchemeOrPort_isAnError() {
		error(problems(replace(GENERIC, "broker.example.org", "mqtts://broker.example.org/x")), Keys.BROKER_HOST,
				"scheme");
	}

	@Test
	public void load_genericPortTlsMismatch_isOnlyAWarning() {
		warning(load(GENERIC + "broker.port=1883\n").warnings, Keys.BROKER_PORT);
	}

	@Test
	public void load_wifiSecurity_isByName() {
		error(problems(GENERIC + "wifi.security=3\n"), Keys.WIFI_SECURITY, "OPEN, WEP");
		error(problems(GENERIC + "wifi.security=OPEN\n"), Keys.WIFI_PASSPHRASE, "OPEN");
		load("wifi.ssid=Cafe\nwifi.security=open\nbroker.host=h.example\n" + CA);
		error(problems(replace(GENERIC, "correct horse battery", "short")), Keys.WIFI_PASSPHRASE, "8..63");
		error(problems(GENERIC + "wifi.security=WEP\n"), Keys.WIFI_PASSPHRASE, "WEP");
		Assert.assertEquals("WEP", load(replace(GENERIC, "correct horse battery", "abcde") + "wifi.security=WEP\n")
				.wifiSecurities[0]);
	}

	@Test
	public void load_ssidOver32Bytes_isAnError() {
		error(problems(replace(GENERIC, "HomeNet", "0123456789012345678901234567890123")), Keys.WIFI_SSID, "32");
	}

	@Test
	public void load_backoffCapBelowBase_isAnError() {
		error(problems(GENERIC + "broker.backoff.base.ms=5000\nbroker.backoff.cap.ms=1000\n"),
				Keys.BROKER_BACKOFF_CAP_MS, "base");
	}

	@Test
	public void load_mqtt31_refusesLongOrEmptyClientId() {
		error(problems(GENERIC + "broker.mqtt.version=3.1\nbroker.client.id=abcdefghijklmnopqrstuvwx\n"),
				Keys.BROKER_CLIENT_ID, "23");
		error(problems(GENERIC + "broker.mqtt.version=3.1\n"), Keys.BROKER_CLIENT_ID, "3.1");
		warning(load(GENERIC + "broker.mqtt.version=auto\nbroker.client.id=abcdefghijklmnopqrstuvwx\n").warnings,
				Keys.BROKER_CLIENT_ID);
		error(problems(GENERIC + "broker.mqtt.version=5\n"), Keys.BROKER_MQTT_VERSION, "3.1.1");
	}

	@Test
	public void load_emptyClientIdWithPersistentSession_isAnError() {
		error(problems(GENERIC + "broker.clean.session=false\n"), Keys.BROKER_CLIENT_ID, "clean");
	}

	@Test
	public void load_badTopics_areErrors() {
		error(problems(GENERIC + "button.a.short.topic=a/+/b\n"), "button.a.short.topic", "wildcards");
		error(problems(GENERIC + "broker.will.topic=x/#\n"), Keys.BROKER_WILL_TOPIC, "wildcards");
		error(problems(GENERIC + "sub.1.topic=a/#/b\n"), "sub.1.topic", "#");
		error(problems(GENERIC + "sub.1.topic=a/b+\n"), "sub.1.topic", "+");
	}

	@Test
	public void load_badTemplate_isAnError() {
		error(problems(GENERIC + "button.a.short.topic=t\nbutton.a.short.payload=${name}\n"),
				"button.a.short.payload", "unknown placeholder");
		error(problems(GENERIC + "button.a.short.topic=t\nbutton.a.short.payload=${count\n"),
				"button.a.short.payload", "unclosed");
	}

	@Test
	public void load_badDisplayRule_isAnError() {
		error(problems(GENERIC + "sub.1.topic=t\nsub.1.display=hex\n"), "sub.1.display", "json:");
		error(problems(GENERIC + "sub.1.topic=t\nsub.1.display=json:a..b\n"), "sub.1.display", "JSON path");
		error(problems(GENERIC + "display.kind=oled\n"), Keys.DISPLAY_KIND, "matrix");
		error(problems(GENERIC + "display.scroll.step.ms=5\n"), Keys.DISPLAY_SCROLL_STEP_MS, "20..2000");
	}

	@Test
	public void load_bufferTooSmallForTheConnect_isAnError() {
		StringBuilder pw = new StringBuilder();
		for (int i = 0; i < 300; i++) {
			pw.append('p');
		}
		String file = GENERIC + "broker.username=u\nbroker.password=" + pw + "\n";
		// 5 fixed header + 6 "MQTT" + 4 level/flags/keep-alive + 2 empty client id + 3 user + 302 password
		Problem p = error(problems(file + "broker.buffer.bytes=321\n"), Keys.BROKER_BUFFER_BYTES, "CONNECT");
		Assert.assertTrue(p.reason(), p.reason().indexOf("322") >= 0);
		load(file + "broker.buffer.bytes=322\n");
	}

	@Test
	public void load_passwordWithoutUsername_isAnError() {
		error(problems(GENERIC + "broker.password=pw\n"), Keys.BROKER_PASSWORD, "user name");
	}

	@Test
	public void load_qosAboveTwo_isAnError() {
		error(problems(GENERIC + "sub.1.topic=t\nsub.1.qos=3\n"), "sub.1.qos", "0..2");
	}

	@Test
	public void load_debounceNotShorterThanLongPress_isAnError() {
		error(problems(GENERIC + "button.long.press.ms=400\nbutton.debounce.ms=400\n"), Keys.BUTTON_DEBOUNCE_MS,
				"shorter");
	}

	@Test
	public void load_emptySntpList_isAnError() {
		error(problems(GENERIC + "time.sntp.servers= , \n"), Keys.TIME_SNTP_SERVERS, "at least one");
		error(problems(GENERIC + "time.sntp.servers=ntp server\n"), Keys.TIME_SNTP_SERVERS, "host name");
	}

	@Test
	public void load_fieldsWithoutTopic_areIgnoredWithWarning() {
		FirmwareConfig c = load(GENERIC + "button.a.short.payload=x\nsub.2.display=text\nbroker.will.qos=1\n");
		warning(c.warnings, "button.a.short.payload");
		warning(c.warnings, "sub.2.display");
		warning(c.warnings, Keys.BROKER_WILL_QOS);
	}

	@Test
	public void load_reportsAllProblemsAtOnce_sortedByLine() {
		Problem[] ps = problems("wifi.ssid=\nbroker.port=x\nbroker.tls=maybe\nfoo=1\n");
		Assert.assertTrue(ConfigTexts.describe(ps), ps.length >= 5);
		int last = 0;
		for (Problem p : ps) {
			if (p.line() > 0) {
				Assert.assertTrue(p.line() >= last);
				last = p.line();
			}
		}
		Assert.assertTrue(hasError(ps, "foo"));
	}

	@Test
	public void exception_shortSummary_fitsASmallDisplay() {
		try {
			new ConfigLoader(org.mqttboard.app.profile.Profiles.all()).load(ConfigTexts.parse(GENERIC
					+ "broker.port=0\n"));
			Assert.fail();
		} catch (ConfigException e) {
			Assert.assertEquals("CFG 1 ERR L5 broker.port", e.shortSummary());
			Assert.assertEquals(1, e.errorCount());
		}
	}

	@Test
	public void load_jsonDisplayRule_acceptsDotAndBracketIndexes_andRefusesMalformedBrackets() {
		FirmwareConfig c = load(GENERIC + "sub.1.topic=a\nsub.1.display=json:services[0].properties.level\n"
				+ "sub.2.topic=b\nsub.2.display=json:services.0.properties.level\n");
		Assert.assertEquals(DisplayRule.JSON, c.rules[0].kind());
		Assert.assertEquals("services[0].properties.level", c.rules[0].path().toString());
		Assert.assertEquals(DisplayRule.JSON, c.rules[1].kind());
		String[] bad = { "services[0.level", "services[].level", "services[x]", "services]", "services[0]level" };
		for (String path : bad) {
			error(problems(GENERIC + "sub.1.topic=a\nsub.1.display=json:" + path + "\n"), "sub.1.display",
					"JSON path");
		}
	}
}
