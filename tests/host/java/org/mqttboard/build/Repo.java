/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.build;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.mqttboard.gate.AllowList;
import org.mqttboard.gate.ApiGate;
import org.mqttboard.gate.ClassSet;
import org.mqttboard.gate.GateMain;
import org.mqttboard.gate.LibraryHints;

/** Paths and loaders shared by the build checks; the repository root comes from {@code -Dmqttboard.root}. */
final class Repo {

	private static ClassSet deviceClasses;

	private Repo() {
	}

	static Path root() {
		String p = System.getProperty("mqttboard.root");
		assertNotNull("system property mqttboard.root (set by tests/host/pom.xml)", p);
		Path root = Path.of(p).toAbsolutePath().normalize();
		assertTrue("not the repository root: " + root, Files.isRegularFile(root.resolve("module.ivy")));
		return root;
	}

	static Path allowDir() {
		return root().resolve("tests/gate/allowlist");
	}

	static AllowList allowList() throws IOException {
		return AllowList.load(allowDir());
	}

	static LibraryHints hints() throws IOException {
		return LibraryHints.load(allowDir().resolve("_libraries.txt"));
	}

	/** A gate over fixtures with the given libraries declared (no stubs needed: fixtures use no ej.*). */
	static ApiGate gate(String... declared) throws IOException {
		return new ApiGate(allowList(), hints(), Set.of(declared), List.of());
	}

	/** The device-bound classes (firmware core + MicroEJ device layer), scanned once per test JVM. */
	static synchronized ClassSet deviceClasses() throws IOException {
		if (deviceClasses == null) {
			deviceClasses = ClassSet.scan(GateMain.deviceBoundRoots(root()));
		}
		return deviceClasses;
	}

	/** The device-bound resource folders: the SDK default src/main/resources only (module.ant adds no resource path). */
	static List<Path> deviceResourceRoots() {
		return List.of(root().resolve("src/main/resources"));
	}
}
