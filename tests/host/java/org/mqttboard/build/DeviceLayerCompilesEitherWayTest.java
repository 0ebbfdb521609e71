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
import javax.tools.StandardLocation;

import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * No public source shows whether {@code WifiManager} and {@code NetworkInterfaceManager} declare checked exceptions
 * (the stubs mark them NO EVIDENCE). The device layer must compile either way: this compiles all of
 * {@code platform/microej/src/main/java} at Java 7 compliance against the stubs as written (with
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
		assertTrue(errors, errors.contains("IOException") && errors.contains("never thrown"));
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

	/**
	 * Compiles like the device build: the Eclipse compiler at compliance 1.7 (javac from JDK 20 on has no release 7),
	 * with exactly the given class path (not this JVM's, which holds the real stubs).
	 *
	 * @return the compiler's diagnostics, empty on success
	 */
	private static String compile(List<Path> files, List<Path> classpath, Path out) throws IOException {
		JavaCompiler ecj = new EclipseCompiler();
		List<String> options = List.of("-source", "1.7", "-target", "1.7", "-nowarn", "-encoding", "UTF-8", "-d",
				out.toString());
		List<File> cp = new ArrayList<>();
		for (Path p : classpath) {
			cp.add(p.toFile());
		}
		StringWriter diagnostics = new StringWriter();
		try (StandardJavaFileManager fm = ecj.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
			fm.setLocation(StandardLocation.CLASS_PATH, cp);
			boolean ok = ecj.getTask(diagnostics, fm, null, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
			assertFalse("the compiler reported success with errors: " + diagnostics,
					ok && diagnostics.toString().contains("ERROR in"));
			return ok ? "" : diagnostics.toString();
		}
	}

	private static List<Path> sources(Path root) throws IOException {
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
		}
	}
}
