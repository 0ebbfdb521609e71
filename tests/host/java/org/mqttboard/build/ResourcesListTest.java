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
import org.mqttboard.gate.ResourcesCheck;

/** Every resource the firmware reads at run time is listed in a {@code *.resources.list}, and every listed path exists. */
public class ResourcesListTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void deviceResources_areAllListed_andEveryListedPathExists() throws IOException {
		List<String> problems = ResourcesCheck.problems(Repo.deviceResourceRoots(), Repo.deviceClasses());
		assertEquals(String.join("\n", problems), List.of(), problems);
	}

	@Test
	public void resourcesCheck_rejectsUnlistedFile_unlistedPathInBytecode_andListedPathThatIsMissing() throws IOException {
		Path root = tmp.newFolder("resources").toPath();
		Files.createDirectories(root.resolve("certs"));
		Files.writeString(root.resolve("certs/ca.pem"), "x", StandardCharsets.UTF_8);
		Files.writeString(root.resolve("certs/extra.pem"), "x", StandardCharsets.UTF_8);
		Files.writeString(root.resolve("app.types.list"), "fixture.Clean\n", StandardCharsets.UTF_8);
		Files.writeString(root.resolve("app.resources.list"), "# certificates\n/certs/ca.pem\ncerts/gone.pem\n",
				StandardCharsets.UTF_8);
		Path src = tmp.newFolder("src", "fixture").toPath();
		Files.writeString(src.resolve("ReadsResource.java"), String.join("\n", "package fixture;",
				"public class ReadsResource {",
				"  static final String LISTED = \"/certs/ca.pem\";",
				"  public java.io.InputStream open() { return getClass().getResourceAsStream(\"/board/config.properties\"); }",
				"}"), StandardCharsets.UTF_8);
		// Compiled like device-bound code: the Eclipse compiler at compliance 1.7 (javac from JDK 20 on has no 7).
		org.eclipse.jdt.core.compiler.batch.BatchCompiler.compile(new String[] { "-source", "1.7", "-target", "1.7",
				"-nowarn", "-d", tmp.newFolder("out").toString(), src.resolve("ReadsResource.java").toString() },
				new java.io.PrintWriter(System.out), new java.io.PrintWriter(System.err), null);
		ClassSet classes = ClassSet.scan(List.of(tmp.getRoot().toPath().resolve("out")));
		String problems = String.join("\n", ResourcesCheck.problems(List.of(root), classes));
		System.out.println(problems);
		assertTrue(problems, problems.contains("resource certs/extra.pem is not listed"));
		assertTrue(problems, problems.contains("fixture.ReadsResource (ReadsResource.java) reads resource "
				+ "\"/board/config.properties\" which is not listed"));
		assertTrue(problems, problems.contains("app.resources.list lists certs/gone.pem which does not exist"));
		assertTrue(problems, !problems.contains("ca.pem") && !problems.contains("app.types.list"));
		assertEquals(problems, 3, problems.split("\n").length);
	}
}
