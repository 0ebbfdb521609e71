/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.build;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.mqttboard.gate.ClassSet;

/** Compiles fixture sources (test resources under {@code gate-fixtures/}) in-process into a temporary directory. */
final class Fixtures {

	private Fixtures() {
	}

	/**
	 * @param out       output directory (a fresh temporary folder)
	 * @param release   "7" for device-bound code (compiled like it, by the Eclipse compiler at compliance 1.7: javac
	 *                  from JDK 20 on has no release 7), or a {@code --release} value of javac ("8" to get a lambda)
	 * @param classpath extra class path entries (may be empty)
	 * @param sources   resource paths below {@code gate-fixtures/}, e.g. {@code fixture/UsesFormat.java}
	 * @return the compiled classes of {@code out}
	 */
	static ClassSet compile(Path out, String release, List<Path> classpath, String... sources) throws IOException {
		boolean device = release.equals("7");
		JavaCompiler javac = device ? new EclipseCompiler() : ToolProvider.getSystemJavaCompiler();
		assertNotNull("a JDK (not a JRE) is needed to compile fixtures", javac);
		List<File> files = new ArrayList<>();
		for (String s : sources) {
			files.add(resource("gate-fixtures/" + s).toFile());
		}
		List<String> options = new ArrayList<>(device ? List.of("-source", "1.7", "-target", "1.7")
				: List.of("--release", release, "-Xlint:-options"));
		options.addAll(List.of("-g", "-nowarn", "-d", out.toString()));
		List<File> cp = new ArrayList<>();
		for (Path p : classpath) {
			cp.add(p.toFile());
		}
		StringWriter diagnostics = new StringWriter();
		try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
			// Exactly the given class path: the in-process Eclipse compiler would otherwise also see this JVM's own
			// class path (which holds the real API stubs) and resolve a fixture's stub against those.
			fm.setLocation(StandardLocation.CLASS_PATH, cp);
			Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromFiles(files);
			boolean ok = javac.getTask(diagnostics, fm, null, options, null, units).call();
			assertTrue("fixture compilation failed: " + diagnostics, ok);
		}
		return ClassSet.scan(List.of(out));
	}

	static Path resource(String name) {
		URL url = Fixtures.class.getClassLoader().getResource(name);
		assertNotNull("test resource " + name, url);
		try {
			return Path.of(url.toURI());
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
