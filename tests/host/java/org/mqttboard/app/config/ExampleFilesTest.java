/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Assert;
import org.junit.Test;

/**
 * Host-only: every shipped example in docs/examples is refused only for its {@code <...>} placeholders, and loads
 * with its profile once they are filled in. Keeps the documentation and the validator in step.
 */
public class ExampleFilesTest {

	private static final String[] PROFILES = { "generic", "hivemq-cloud", "ameba-cloud", "sensoro", "thinger",
			"iotda-device", "iotda-app", "aws-iot" };

	/** Any existing resource stands for the client certificate and key: the loader only checks that they exist. */
	private static final String SOME_RESOURCE = "/org/mqttboard/ca/amazon-root-ca-1.pem";

	private static final Map<String, String> FILL = Map.of(Keys.WIFI_SSID, "HomeNet", Keys.WIFI_PASSPHRASE,
			"correct horse", Keys.BROKER_USERNAME, "user_1", Keys.BROKER_PASSWORD, "secret-1", Keys.BROKER_CLIENT_ID,
			"device_1", Keys.IOTDA_ACCESS_KEY, "AK1", "sub.1.topic", "push/topic_1", Keys.DEVICE_ID, "thing_1",
			Keys.BROKER_CLIENT_CERT, SOME_RESOURCE, Keys.BROKER_CLIENT_KEY, SOME_RESOURCE);

	private static Path examples() {
		return Paths.get(System.getProperty("mqttboard.root", "."), "docs", "examples");
	}

	private static List<Path> files() throws IOException {
		try (Stream<Path> s = Files.list(examples())) {
			return s.filter(p -> p.toString().endsWith(".properties")).sorted().collect(Collectors.toList());
		}
	}

	@Test
	public void thereIsOneExamplePerProfile() throws IOException {
		List<String> names = files().stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
		for (String profile : PROFILES) {
			Assert.assertTrue(profile + " has no example in " + names, names.contains(profile + ".properties"));
		}
	}

	@Test
	public void examples_areRefusedOnlyForTheirPlaceholders() throws IOException {
		for (Path p : files()) {
			String text = Files.readString(p, StandardCharsets.UTF_8);
			Problem[] ps = ConfigTexts.problems(text);
			for (Problem problem : ps) {
				Assert.assertTrue(p.getFileName() + ": " + problem, !problem.isError()
						|| problem.reason().contains("placeholder"));
			}
		}
	}

	@Test
	public void examples_loadWithTheirProfile_onceFilledIn() throws IOException {
		for (Path p : files()) {
			String profile = p.getFileName().toString().replace(".properties", "");
			StringBuilder filled = new StringBuilder();
			for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
				int eq = line.indexOf('=');
				if (!line.startsWith("#") && eq > 0 && line.trim().endsWith(">")) {
					String key = line.substring(0, eq).trim();
					String value = key.equals(Keys.BROKER_HOST) ? host(profile) : FILL.get(key);
					Assert.assertNotNull(p.getFileName() + ": no test value for " + key, value);
					line = key + " = " + value;
				}
				filled.append(line).append('\n');
			}
			FirmwareConfig c = ConfigTexts.load(filled.toString());
			Assert.assertEquals(p.getFileName().toString(), profile, c.profile);
		}
	}

	private static String host(String profile) {
		return profile.equals("hivemq-cloud") ? "0123abcd.s1.eu.hivemq.cloud"
				: profile.equals("aws-iot") ? "a1b2c3-ats.iot.eu-west-1.amazonaws.com" : "broker.example.org";
	}
}
