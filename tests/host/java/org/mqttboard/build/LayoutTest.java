/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mqttboard.gate.ClassSet;
import org.mqttboard.gate.CycleCheck;
import org.mqttboard.gate.LayerCheck;

/**
 * The repository's top-level layout (plus the SDK 5 IDE files and the SDK 6 build files), the package layering of the
 * device-bound bytecode, and its import cycles (none between top-level classes, none between packages).
 */
public class LayoutTest {

	private static final String[] REQUIRED = { "module.ivy", "module.ant", ".project", ".classpath", "settings.gradle.kts",
			"build.gradle.kts", "src/main/java", "platform/microej", "platform/simulator", "board-config/amb82-mini",
			"board-config/esp32-wrover-kit", "board-config/esp32-s3-devkitc", "tests", "README.md", "pom.xml", ".ci/run",
			"run-tests", "simulate", "mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties", "LICENSE",
			"CHANGELOG.md", ".editorconfig" };

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void repository_hasEveryTopLevelEntry() {
		Path root = Repo.root();
		List<String> missing = new ArrayList<>();
		for (String entry : REQUIRED) {
			if (!Files.exists(root.resolve(entry))) {
				missing.add(entry);
			}
		}
		assertEquals("missing top-level entries", List.of(), missing);
		for (String script : new String[] { ".ci/run", "run-tests", "simulate", "mvnw" }) {
			assertTrue(script + " must be executable", Files.isExecutable(root.resolve(script)));
		}
	}

	@Test
	public void deviceBoundPackages_followTheLayering() throws IOException {
		List<String> problems = LayerCheck.problems(Repo.deviceClasses());
		assertEquals(String.join("\n", problems), List.of(), problems);
	}

	@Test
	public void deviceBoundClassesAndPackages_haveNoImportCycle() throws IOException {
		List<String> cycles = CycleCheck.problems(Repo.deviceClasses());
		assertEquals(String.join("\n", cycles), List.of(), cycles);
	}

	@Test
	public void cycleCheck_printsAClassCycleThroughANestedClass_andAPackageCycle() throws IOException {
		ClassSet classes = Fixtures.compile(tmp.newFolder().toPath(), "7", List.of(), "fixture/cycle/one/First.java",
				"fixture/cycle/one/Second.java", "fixture/cycle/one/Lone.java", "fixture/cycle/two/Other.java");
		assertEquals(List.of("class cycle: fixture.cycle.one.First -> fixture.cycle.one.Second -> fixture.cycle.one.First",
				"package cycle: fixture.cycle.one -> fixture.cycle.two -> fixture.cycle.one"),
				CycleCheck.problems(classes));
	}

	@Test
	public void layerCheck_rejectsCodecReachingUpAndDeviceCodeReachingHostOnly() throws IOException {
		Path host = tmp.newFolder("host").toPath();
		Fixtures.compile(host, "7", List.of(), "org/mqttboard/sim/HostThing.java");
		ClassSet device = Fixtures.compile(tmp.newFolder("device").toPath(), "7", List.of(host),
				"org/mqttboard/app/UsesSim.java", "org/mqttboard/mqtt/codec/ReachesUp.java");
		String problems = String.join("\n", LayerCheck.problems(device));
		assertTrue(problems, problems.contains("org.mqttboard.mqtt.codec.ReachesUp (ReachesUp.java) [codec] must not "
				+ "reference org.mqttboard.app.UsesSim [app]"));
		assertTrue(problems, problems.contains("org.mqttboard.app.UsesSim (UsesSim.java) [app] references host-only "
				+ "org.mqttboard.sim.HostThing"));
	}

	@Test
	public void layerCheck_rejectsDeviceBoundClassOutsideAnyLayer() throws IOException {
		ClassSet classes = Fixtures.compile(tmp.newFolder().toPath(), "7", List.of(), "fixture/Clean.java");
		String problems = String.join("\n", LayerCheck.problems(classes));
		assertTrue(problems, problems.contains("fixture.Clean is in a device-bound package with no layer"));
	}
}
