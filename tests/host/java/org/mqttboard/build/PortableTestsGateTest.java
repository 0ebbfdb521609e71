/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mqttboard.gate.ApiGate;
import org.mqttboard.gate.ClassSet;
import org.mqttboard.gate.GateMain;
import org.mqttboard.gate.GateReport;
import org.mqttboard.gate.ModuleIvy;
import org.mqttboard.gate.Violation;

/**
 * The portable tests ({@code tests/portable/java}) also run on the MicroEJ Test Suite Engine: the gate checks them
 * with the device libraries plus the JUnit subset ({@code junit-1.7.txt}: @Test @Before @After @BeforeClass
 * @AfterClass @Ignore and org.junit.Assert). JDK members without evidence are printed, not failed (see isHard).
 */
public class PortableTestsGateTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static Set<String> declaredPlusJUnit() throws IOException {
		Set<String> declared = new LinkedHashSet<>(ModuleIvy.read(Repo.root().resolve("module.ivy")).applicationLibraries());
		declared.add(ApiGate.JUNIT);
		return declared;
	}

	private static ApiGate gate() throws IOException {
		Path stubs = Repo.root().resolve("platform/microej-api-stubs/target/classes");
		return new ApiGate(Repo.allowList(), Repo.hints(), declaredPlusJUnit(),
				Files.isDirectory(stubs) ? List.of(stubs) : List.of());
	}

	@Test
	public void portableTests_useOnlyTheMicroejJUnitSubsetAndAllowedApis() throws IOException {
		Path tests = Repo.root().resolve("target/firmware/test-classes");
		Assume.assumeTrue("no portable tests compiled yet: " + tests, Files.isDirectory(tests));
		List<Path> roots = new ArrayList<>(GateMain.deviceBoundRoots(Repo.root()));
		roots.add(tests);
		GateReport report = gate().check(ClassSet.scan(roots));
		System.out.println("portable tests: " + report.format());
		List<String> hard = new ArrayList<>();
		for (Violation v : report.violations()) {
			if (isHard(v)) {
				hard.add(v.toString());
			}
		}
		assertEquals(String.join("\n", hard), List.of(), hard);
	}

	/**
	 * In portable tests, a JDK member with merely no evidence yet is reported (printed above) but does not fail the
	 * build: the test still runs on the JDK, and device-bound code is held to the strict rule by ApiGateTest. Known
	 * problems fail: JUnit outside the MicroEJ subset, known-unavailable APIs, class version, invokedynamic,
	 * host-only references.
	 */
	private static boolean isHard(Violation v) {
		return !(v.reason().equals("is not in the allow-list") && v.library().startsWith(ApiGate.NO_EVIDENCE));
	}

	@Test
	public void gate_passesPortableTestUsingTheSubset_andRejectsRuleAndAssume() throws IOException, URISyntaxException {
		Path junit = Path.of(Test.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		ClassSet good = Fixtures.compile(tmp.newFolder().toPath(), "7", List.of(junit), "fixture/PortableGoodTest.java");
		GateReport ok = gate().check(good);
		assertTrue(ok.format(), ok.passed());
		ClassSet bad = Fixtures.compile(tmp.newFolder().toPath(), "7", List.of(junit), "fixture/PortableBadTest.java");
		GateReport rejected = gate().check(bad);
		String text = rejected.format();
		System.out.println(text);
		assertFalse(text, rejected.passed());
		assertTrue(text, text.contains("type org.junit.Rule [annotation]"));
		assertTrue(text, text.contains("method org.junit.Assume.assumeTrue(boolean)"));
		assertTrue(text, text.contains("org.junit.rules.TemporaryFolder"));
		for (Violation v : rejected.violations()) {
			assertTrue("JUnit outside the subset must fail the build: " + v, isHard(v));
		}
	}
}
