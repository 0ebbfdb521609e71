/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Command line of the gate over a repository checkout (the tests call {@link ApiGate} directly):
 * {@code java -cp ... org.mqttboard.gate.GateMain [repository root]}. Scans {@code target/firmware/classes} and
 * {@code platform/microej/target/classes} with the libraries declared in {@code module.ivy}, checks the {@code ej.*}
 * stubs against the allow-list ({@link StubEvidence}); prints the report; exits 0 when clean, 1 on violations, 2 on a
 * setup error.
 */
public final class GateMain {

	/** The compiled {@code ej.*} signature stubs, used to walk supertypes and checked by {@link StubEvidence}. */
	static final String STUB_CLASSES = "platform/microej-api-stubs/target/classes";

	private GateMain() {
	}

	/** @param args optional repository root (default: current directory) */
	public static void main(String[] args) {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		try {
			GateReport report = run(root);
			System.out.println(report.format());
			List<String> stubs = stubProblems(root);
			for (String p : stubs) {
				System.out.println("stubs: " + p);
			}
			System.exit(report.passed() && stubs.isEmpty() ? 0 : 1);
		} catch (IOException e) {
			System.err.println("API gate: " + e.getMessage());
			System.exit(2);
		}
	}

	/**
	 * Runs the gate on the device-bound classes of a built checkout.
	 *
	 * @param root repository root
	 * @return the report
	 * @throws IOException when the build output, allow-list or module.ivy is missing or malformed
	 */
	public static GateReport run(Path root) throws IOException {
		Path allowDir = root.resolve("tests/gate/allowlist");
		ModuleIvy ivy = ModuleIvy.read(root.resolve("module.ivy"));
		ApiGate gate = new ApiGate(AllowList.load(allowDir), LibraryHints.load(allowDir.resolve("_libraries.txt")),
				ivy.applicationLibraries(), existing(root.resolve(STUB_CLASSES)));
		return gate.check(ClassSet.scan(deviceBoundRoots(root)));
	}

	/**
	 * Checks the {@code ej.*} signature stubs against the allow-list: each cites its public source, each allow-listed
	 * {@code ej.*} member is declared, nothing declared is unlisted.
	 *
	 * @param root repository root (stubs compiled)
	 * @return one problem per line; empty when consistent
	 * @throws IOException when the allow-list or the stubs cannot be read
	 */
	public static List<String> stubProblems(Path root) throws IOException {
		return StubEvidence.problems(root.resolve("platform/microej-api-stubs/src/main/java"), root.resolve(STUB_CLASSES),
				AllowList.load(root.resolve("tests/gate/allowlist")));
	}

	/** @return the class directories of the device-bound modules (firmware core, MicroEJ device layer) */
	public static List<Path> deviceBoundRoots(Path root) {
		return List.of(root.resolve("target/firmware/classes"), root.resolve("platform/microej/target/classes"));
	}

	private static List<Path> existing(Path p) {
		return Files.isDirectory(p) ? List.of(p) : List.of();
	}
}
