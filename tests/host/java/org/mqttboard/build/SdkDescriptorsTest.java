/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mqttboard.gate.SdkDescriptors;

/**
 * SDK 5 ({@code module.ivy}, {@code module.ant}, {@code .classpath}) and SDK 6 ({@code settings.gradle.kts},
 * {@code build.gradle.kts}) describe the same firmware: same module name, modules and versions, main class, source,
 * resource and test folders; the test folder holds the portable tests, and it is the one the host build runs.
 * Neither SDK can run here, so the files are parsed ({@link SdkDescriptors}); the checker is shown to catch drift.
 */
public class SdkDescriptorsTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void sdk5AndSdk6Descriptors_describeTheSameFirmware() throws IOException {
		List<String> problems = SdkDescriptors.problems(Repo.root());
		assertEquals(String.join("\n", problems), List.of(), problems);
	}

	@Test
	public void portableTestFolder_isTheOneTheHostBuildRuns_andHoldsTests() throws IOException {
		String pom = Files.readString(Repo.root().resolve("firmware.pom.xml"), StandardCharsets.UTF_8);
		assertTrue(pom, pom.contains("<testSourceDirectory>" + SdkDescriptors.TEST_FOLDER + "</testSourceDirectory>"));
		try (var files = Files.walk(Repo.root().resolve(SdkDescriptors.TEST_FOLDER))) {
			assertTrue("portable tests", files.filter(p -> p.toString().endsWith("Test.java")).count() >= 10);
		}
	}

	@Test
	public void checker_reportsVersionModuleMainClassAndTestFolderDrift() throws IOException {
		Path root = tmp.getRoot().toPath();
		for (String f : new String[] { "module.ivy", "module.ant", ".classpath", "settings.gradle.kts" }) {
			Files.copy(Repo.root().resolve(f), root.resolve(f));
		}
		String gradle = Files.readString(Repo.root().resolve("build.gradle.kts"), StandardCharsets.UTF_8);
		String drifted = gradle.replace("ej.api:net:1.1.2", "ej.api:net:1.1.4")
				.replace("implementation(\"ej.api:fs:2.1.1\")", "")
				.replace("\"org.mqttboard.microej.Main\"", "\"org.mqttboard.Other\"")
				.replace("setSrcDirs(listOf(\"tests/portable/java\"))", "setSrcDirs(listOf(\"src/test/java\"))");
		assertTrue("mutations applied", !drifted.equals(gradle) && drifted.contains("src/test/java"));
		Files.writeString(root.resolve("build.gradle.kts"), drifted, StandardCharsets.UTF_8);
		Files.createDirectories(root.resolve(SdkDescriptors.TEST_FOLDER));

		String problems = String.join("\n", SdkDescriptors.problems(root));
		System.out.println(problems);
		assertTrue(problems, problems.contains("application modules differ"));
		assertTrue(problems, problems.contains("ej.api:net:1.1.4"));
		assertTrue(problems, problems.contains("ej.api:fs:2.1.1"));
		assertTrue(problems, problems.contains("main class differ"));
		assertTrue(problems, problems.contains("SDK 6 test folder differ"));
		assertTrue(problems, problems.contains("holds no *Test.java"));
	}
}
