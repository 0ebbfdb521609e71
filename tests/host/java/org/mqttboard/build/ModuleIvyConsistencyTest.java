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
import org.mqttboard.gate.ClassSet;
import org.mqttboard.gate.GateReport;
import org.mqttboard.gate.IvyCheck;
import org.mqttboard.gate.ModuleIvy;

/**
 * module.ivy against the device-bound bytecode: standalone build type, existing entry point, every used library
 * declared at its pinned revision, no unused declaration, JUnit on the test configuration.
 */
public class ModuleIvyConsistencyTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static List<String> problems(ModuleIvy ivy, ClassSet classes) throws IOException {
		GateReport report = Repo.gate(ivy.applicationLibraries().toArray(new String[0])).check(classes);
		return IvyCheck.problems(ivy, Repo.allowList(), report, classes);
	}

	@Test
	public void moduleIvy_matchesTheDeviceBoundBytecode() throws IOException {
		ModuleIvy ivy = ModuleIvy.read(Repo.root().resolve("module.ivy"));
		ClassSet classes = Repo.deviceClasses();
		GateReport report = org.mqttboard.gate.GateMain.run(Repo.root());
		List<String> problems = IvyCheck.problems(ivy, Repo.allowList(), report, classes);
		System.out.println("module.ivy libraries in use: " + report.used());
		assertEquals(String.join("\n", problems), List.of(), problems);
	}

	@Test
	public void moduleIvy_isAStandaloneFirmwareWithMicroejMainAsEntryPoint() throws IOException {
		ModuleIvy ivy = ModuleIvy.read(Repo.root().resolve("module.ivy"));
		assertEquals("build-firmware-singleapp", ivy.buildType());
		assertEquals("a released 2.x build type (test suite options need 2.x)", "2.+", ivy.buildTypeRevision());
		assertEquals("org.mqttboard.microej.Main", ivy.properties().get("application.main.class"));
	}

	@Test
	public void ivyCheck_rejectsABuildTypeRevisionThatWasNeverReleased() throws IOException {
		Path file = tmp.newFile("module.ivy").toPath();
		String ivy = Files.readString(Repo.root().resolve("module.ivy"), StandardCharsets.UTF_8);
		Files.writeString(file, ivy.replace("revision=\"2.+\"", "revision=\"4.2.+\""), StandardCharsets.UTF_8);
		ModuleIvy wrong = ModuleIvy.read(file);
		assertEquals("4.2.+", wrong.buildTypeRevision());
		String problems = String.join("\n", problems(wrong, Repo.deviceClasses()));
		assertTrue(problems, problems.contains("build type revision 4.2.+ matches no released build-firmware-singleapp"));
		assertTrue(problems, problems.contains("2.4.0"));
	}

	@Test
	public void ivyCheck_rejectsUnusedUndeclaredMisPinnedAndMissingMain() throws IOException {
		Path file = tmp.newFile("module.ivy").toPath();
		Files.writeString(file, String.join("\n",
				"<ivy-module version=\"2.0\" xmlns:ea=\"http://www.easyant.org\">",
				"  <info organisation=\"x\" module=\"y\" revision=\"1\">",
				"    <ea:build organisation=\"com.is2t.easyant.buildtypes\" module=\"build-application\" revision=\"9.+\">",
				"      <ea:property name=\"application.main.class\" value=\"fixture.Nope\"/>",
				"    </ea:build>",
				"  </info>",
				"  <dependencies>",
				"    <dependency org=\"ej.api\" name=\"edc\" rev=\"1.3.0\"/>",
				"    <dependency org=\"ej.api\" name=\"bon\" rev=\"1.4.0\"/>",
				"    <dependency org=\"ej.library.iot\" name=\"micropaho\" rev=\"1.0.0\"/>",
				"  </dependencies>",
				"</ivy-module>"), StandardCharsets.UTF_8);
		ClassSet classes = Fixtures.compile(tmp.newFolder().toPath(), "7", List.of(), "fixture/UsesSocket.java");
		String problems = String.join("\n", problems(ModuleIvy.read(file), classes));
		System.out.println(problems);
		assertTrue(problems, problems.contains("build type is 'build-application'"));
		assertTrue(problems, problems.contains("application.main.class fixture.Nope is not a device-bound class"));
		assertTrue(problems, problems.contains("used but not declared: fixture.UsesSocket"));
		assertTrue(problems, problems.contains("<dependency org=\"ej.api\" name=\"net\" rev=\"1.1.2\"/>"));
		assertTrue(problems, problems.contains("declared ej.api:edc rev 1.3.0 but edc-1.3.txt was written for rev 1.3.5"));
		assertTrue(problems, problems.contains("declared ej.api:bon is unused"));
		assertTrue(problems, problems.contains("declared ej.library.iot:micropaho has no allow-list file"));
		assertTrue(problems, problems.contains("ej.library.test:junit is not declared"));
	}
}
