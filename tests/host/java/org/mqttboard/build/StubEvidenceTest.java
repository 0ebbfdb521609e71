/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mqttboard.gate.AllowList;
import org.mqttboard.gate.GateMain;
import org.mqttboard.gate.StubEvidence;

/**
 * The {@code ej.*} signature stubs are evidence: every stub type and public member cites a public source (or says NO
 * EVIDENCE and why), the member-level {@code ej.*} allow-list names exactly the stubs' members, and a package
 * wildcard for {@code ej.*} is refused. The gate's rejection of an undeclared {@code ej.*} member is in
 * {@link ApiGateRejectsTest}.
 */
public class StubEvidenceTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void stubs_citeTheirSources_andMatchTheEjAllowListBothWays() throws IOException {
		List<String> problems = GateMain.stubProblems(Repo.root());
		assertEquals(String.join("\n", problems), List.of(), problems);
		long ejEntries = 0;
		AllowList allow = Repo.allowList();
		for (var lib : allow.libraries().values()) {
			ejEntries += allow.entries(lib).stream().filter(e -> e.startsWith(StubEvidence.EJ)).count();
		}
		assertTrue("ej.* members allowed: " + ejEntries, ejEntries >= 40);
	}

	@Test
	public void stubEvidence_reportsUncitedUnlistedUndeclaredAndAllowedMockSideMembers() throws IOException {
		Path sources = Fixtures.resource("stub-fixtures");
		Fixtures.compile(tmp.newFolder("classes").toPath(), "7", List.of(), "../stub-fixtures/ej/fake/Thing.java",
				"../stub-fixtures/ej/fake/ThingMock.java");
		Path allowDir = tmp.newFolder("allow").toPath();
		Files.writeString(allowDir.resolve("fake-1.txt"), String.join("\n", "# Sources: fixture",
				"@library ej.api:fake 1.0.0", "ej/fake/Thing.cited()V", "ej/fake/Thing.uncited()V",
				"ej/fake/Thing.missing()V", "ej/fake/ThingMock.offer()I"), StandardCharsets.UTF_8);
		List<String> problems = StubEvidence.problems(sources, tmp.getRoot().toPath().resolve("classes"),
				AllowList.load(allowDir));
		String text = String.join("\n", problems);
		System.out.println(text);
		assertTrue(text, text.contains("stub ej/fake/Thing.uncited()V cites no public source"));
		assertTrue(text, text.contains("stub member ej/fake/Thing.unlisted()V is not in the allow-list"));
		assertTrue(text, text.contains("ej/fake/Thing.missing()V is not declared by the stubs"));
		assertTrue(text, text.contains("ej/fake/ThingMock.offer()I is a HIL mock API (Simulator only)"));
		assertEquals(text, 4, problems.size());
	}

	@Test
	public void allowList_refusesAPackageWildcardForEjApis() throws IOException {
		Path allowDir = tmp.newFolder().toPath();
		Files.writeString(allowDir.resolve("event-2.txt"), "# Sources: fixture\n@library ej.api:event 2.0.0\nej/event/**\n",
				StandardCharsets.UTF_8);
		try {
			AllowList.load(allowDir);
			fail("ej/event/** must be refused");
		} catch (IOException expected) {
			assertTrue(expected.getMessage(), expected.getMessage().contains("event-2.txt:3: package wildcard ej/event/**"));
		}
	}
}
