/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * No public source shows whether {@code WifiManager} and {@code NetworkInterfaceManager} declare checked exceptions
 * (device-evidence: NO EVIDENCE). The device layer must compile either way: this compiles all of
 * {@code platform/microej/src/main/java} with {@code --release 7} against the stubs as written (with
 * {@code throws IOException}) and against a copy with every {@code throws} clause of the ECOM stubs removed. A fixture
 * with the old call-site form ({@code catch (IOException)} around {@code leave()} alone) proves the second variant
 * really removes them: it compiles against the first and fails against the second.
 */
public class DeviceLayerCompilesEitherWayTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void deviceLayer_compiles_whetherOrNotEcomMethodsDeclareIOException() throws IOException {
		for (boolean withThrows : new boolean[] { true, false }) {
			Path stubs = stubs(withThrows);
			String errors = compile(sources(Repo.root().resolve("platform/microej/src/main/java")),
					List.of(stubs, Repo.root().resolve("target/firmware/classes")));
			assertEquals("device layer against stubs " + (withThrows ? "with" : "without") + " throws IOException:\n"
					+ errors, "", errors);
		}
	}

	@Test
	public void oldCallSiteForm_failsWithoutTheThrowsClause_soTheVariantIsReal() throws IOException {
		List<Path> fixture = List.of(Fixtures.resource("gate-fixtures/fixture/CatchesIoOnLeave.java"));
		assertEquals("", compile(fixture, List.of(stubs(true))));
		String errors = compile(fixture, List.of(stubs(false)));
		assertTrue(errors, errors.contains("IOException is never thrown"));
	}

	/** Compiles the stub sources, optionally without the ECOM throws clauses; returns the class directory. */
	private Path stubs(boolean withThrows) throws IOException {
		Path src = tmp.newFolder().toPath();
		Path root = Repo.root().resolve("platform/microej-api-stubs/src/main/java");
		int removed = 0;
		for (Path f : sources(root)) {
			String text = Files.readString(f, StandardCharsets.UTF_8);
			if (!withThrows && f.toString().contains("ecom")) {
				String stripped = text.replace(") throws IOException {", ") {");
				removed += text.split("throws IOException \\{", -1).length - stripped.split("throws IOException \\{", -1).length;
				text = stripped;
			}
			Path copy = src.resolve(root.relativize(f).toString());
			Files.createDirectories(copy.getParent());
			Files.writeString(copy, text, StandardCharsets.UTF_8);
		}
		assertTrue("no throws clause removed", withThrows || removed >= 8);
		Path out = tmp.newFolder().toPath();
		String errors = compile(sources(src), List.of(), out);
		assertEquals(errors, "", errors);
		return out;
	}

	private String compile(List<Path> files, List<Path> classpath) throws IOException {
		return compile(files, classpath, tmp.newFolder().toPath());
	}

	/** @return javac's diagnostics, empty on success */
	private static String compile(List<Path> files, List<Path> classpath, Path out) throws IOException {
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		List<String> options = new ArrayList<>(List.of("--release", "7", "-nowarn", "-Xlint:-options", "-d",
				out.toString()));
		if (!classpath.isEmpty()) {
			StringBuilder cp = new StringBuilder();
			for (Path p : classpath) {
				cp.append(cp.length() == 0 ? "" : File.pathSeparator).append(p);
			}
			options.addAll(List.of("-cp", cp.toString()));
		}
		StringWriter diagnostics = new StringWriter();
		try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
			boolean ok = javac.getTask(diagnostics, fm, null, options, null,
					fm.getJavaFileObjectsFromPaths(files)).call();
			assertFalse("javac reported success with diagnostics: " + diagnostics, ok && diagnostics.toString().contains("error:"));
			return ok ? "" : diagnostics.toString();
		}
	}

	private static List<Path> sources(Path root) throws IOException {
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
		}
	}
}
