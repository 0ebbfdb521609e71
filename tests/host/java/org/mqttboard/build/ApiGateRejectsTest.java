/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mqttboard.gate.ApiGate;
import org.mqttboard.gate.ClassSet;
import org.mqttboard.gate.GateReport;
import org.mqttboard.gate.StubEvidence;
import org.mqttboard.gate.Violation;

/**
 * Proves the API gate rejects what MicroEJ cannot run, with a message naming class, member, source file and the
 * library that would be needed; and that it passes code using only the Java 7 constructs MicroEJ supports.
 * Fixtures are compiled in-process from {@code tests/host/resources/gate-fixtures}.
 */
public class ApiGateRejectsTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private GateReport gate(String release, String source, String... declared) throws IOException {
		ClassSet classes = Fixtures.compile(tmp.newFolder().toPath(), release, List.of(), source);
		GateReport report = Repo.gate(declared.length == 0 ? new String[] { "ej.api:edc" } : declared).check(classes);
		System.out.println(source + " -> " + report.format());
		return report;
	}

	/** @return the one violation whose message contains {@code member}; fails listing all when absent */
	private static Violation find(GateReport report, String member) {
		for (Violation v : report.violations()) {
			if (v.what().contains(member)) {
				return v;
			}
		}
		fail("no violation about " + member + " in\n" + report.format());
		return null;
	}

	@Test
	public void gate_rejectsStringFormat_namingClassMemberSourceAndLibrary() throws IOException {
		GateReport report = gate("7", "fixture/UsesFormat.java");
		Violation v = find(report, "java.lang.String.format(java.lang.String, java.lang.Object[])");
		assertEquals("fixture.UsesFormat", v.className());
		assertEquals("UsesFormat.java", v.sourceFile());
		assertEquals(12, v.line());
		assertTrue(v.toString(), v.toString().contains("UsesFormat.java:12"));
		assertTrue(v.library(), v.library().contains("com.microej.library.runtime:string-format"));
		assertTrue(v.library(), v.library().contains("kernel class extender"));
	}

	@Test
	public void gate_rejectsStringSplit_namingTheRegexExtender() throws IOException {
		GateReport report = gate("7", "fixture/UsesSplit.java");
		Violation v = find(report, "java.lang.String.split(java.lang.String)");
		assertEquals("fixture.UsesSplit", v.className());
		assertEquals("UsesSplit.java", v.sourceFile());
		assertEquals(12, v.line());
		assertTrue(v.library(), v.library().contains("com.microej.library.runtime:string-regex"));
	}

	@Test
	public void gate_rejectsLambda_compiledForJava8_asClassVersionInvokedynamicAndLambdaMetafactory() throws IOException {
		GateReport report = gate("8", "fixture/UsesLambda.java");
		Violation version = find(report, "class file version 52");
		assertEquals("fixture.UsesLambda", version.className());
		assertTrue(version.library(), version.library().contains("compliance 1.7"));
		Violation indy = find(report, "LambdaMetafactory.metafactory");
		assertEquals("UsesLambda.java", indy.sourceFile());
		assertEquals(12, indy.line());
		assertTrue(indy.how(), indy.how().startsWith("invokedynamic"));
		assertTrue(indy.library(), indy.library().contains("SDK 6 + Architecture >= 8"));
	}

	@Test
	public void gate_rejectsJavaUtilConcurrent_asNotAvailableOnMicroej() throws IOException {
		GateReport report = gate("7", "fixture/UsesConcurrent.java");
		Violation ctor = find(report, "java.util.concurrent.ConcurrentHashMap.<init>()");
		assertEquals("fixture.UsesConcurrent", ctor.className());
		assertEquals("UsesConcurrent.java", ctor.sourceFile());
		assertTrue(ctor.library(), ctor.library().contains("not available on MicroEJ"));
		Violation field = find(report, "type java.util.concurrent.ConcurrentHashMap");
		assertTrue(field.context(), field.context().equals("field map") || field.context().startsWith("method"));
	}

	@Test
	public void gate_rejectsPrimitiveClassLiteral_asSoarLinkError() throws IOException {
		GateReport report = gate("7", "fixture/UsesIntClass.java");
		Violation v = find(report, "java.lang.Integer.TYPE");
		assertTrue(v.reason(), v.reason().contains("primitive class literal"));
	}

	@Test
	public void gate_rejectsAssert_becauseDesiredAssertionStatusHasNoEvidence() throws IOException {
		GateReport report = gate("7", "fixture/UsesAssert.java");
		Violation v = find(report, "java.lang.Class.desiredAssertionStatus()");
		assertTrue(v.library(), v.library().contains("'assert'"));
	}

	@Test
	public void gate_rejectsDefaultCharsetGetBytes_evenThoughEdcHasIt() throws IOException {
		GateReport report = gate("7", "fixture/UsesDefaultCharset.java");
		Violation v = find(report, "java.lang.String.getBytes()");
		assertTrue(v.library(), v.library().contains("ISO-8859-1"));
	}

	@Test
	public void gate_rejectsJavaNet_whenNetIsNotDeclared_printingTheIvyLine() throws IOException {
		GateReport report = gate("7", "fixture/UsesSocket.java");
		Violation v = find(report, "java.net.Socket.connect(java.net.SocketAddress, int)");
		assertTrue(v.library(), v.library().contains("ej.api:net 1.1.2"));
		assertTrue(v.library(), v.library().contains("<dependency org=\"ej.api\" name=\"net\" rev=\"1.1.2\"/>"));
	}

	@Test
	public void gate_passesJavaNet_whenNetIsDeclared_andRecordsItAsUsed() throws IOException {
		GateReport report = gate("7", "fixture/UsesSocket.java", "ej.api:edc", "ej.api:net");
		assertTrue(report.format(), report.passed());
		assertTrue(report.used().toString(), report.used().keySet().stream().anyMatch(l -> l.id().equals("ej.api:net")));
	}

	@Test
	public void gate_countsATypeListedByTwoLibraries_onlyForTheOneOtherwiseNeeded() throws IOException {
		GateReport report = gate("7", "fixture/UsesTlsContext.java", "ej.api:edc", "ej.api:ssl", "ej.api:security");
		assertTrue(report.format(), report.passed());
		String used = report.used().keySet().toString();
		assertTrue(used, used.contains("ej.api:ssl"));
		assertFalse("security is declared but not needed: " + used, used.contains("ej.api:security"));
	}

	@Test
	public void gate_passesCleanJava7Fixture_includingJavacSyntheticReferences() throws IOException {
		GateReport report = gate("7", "fixture/Clean.java");
		assertTrue(report.format(), report.passed());
		// The Eclipse compiler (as for device-bound code) keeps the enum switch map inside the outer class.
		assertTrue("enum and outer class scanned", report.scanned() >= 2);
	}

	@Test
	public void gate_seesReferencesOutsideInstructions_superInterfaceSignatureLdcCatchAnnotation() throws IOException {
		String text = gate("7", "fixture/HiddenRefs.java").format();
		assertTrue(text, text.contains("type java.util.TimerTask [superclass]"));
		assertTrue(text, text.contains("type java.util.RandomAccess [implements]"));
		assertTrue(text, text.contains("type java.util.Locale [parameter type]"));
		assertTrue(text, text.contains("type java.text.Format [generic signature]"));
		assertTrue(text, text.contains("type java.util.regex.Pattern [ldc class literal]"));
		assertTrue(text, text.contains("type java.util.ConcurrentModificationException [catch]"));
		assertTrue(text, text.contains("type java.beans.Transient [annotation]"));
	}

	@Test
	public void gate_rejectsMadeUpEjMembers_evenWhenAStubDeclaresThem_andKeepsTheCitedOne() throws IOException {
		// Stubs written without evidence (a made-up EventQueue member, the generic get(Class) of defect 3) compile,
		// but the member-level allow-list only names members the real stubs cite.
		Path stubs = tmp.newFolder("stubs").toPath();
		Fixtures.compile(stubs, "7", List.of(), "ej/event/EventQueue.java", "ej/microui/event/EventGenerator.java",
				"ej/microui/event/generator/Buttons.java");
		ClassSet classes = Fixtures.compile(tmp.newFolder("device").toPath(), "7", List.of(stubs),
				"fixture/UsesMadeUpEj.java");
		ApiGate gate = new ApiGate(Repo.allowList(), Repo.hints(), Set.of("ej.api:edc", "ej.api:event", "ej.api:microui"),
				List.of(stubs));
		GateReport report = gate.check(classes);
		System.out.println(report.format());
		Violation madeUp = find(report, "ej.event.EventQueue.offerMadeUp(int)");
		assertEquals("UsesMadeUpEj.java", madeUp.sourceFile());
		assertEquals(11, madeUp.line());
		assertEquals("is not in the allow-list", madeUp.reason());
		assertEquals(StubEvidence.UNDECLARED, madeUp.library());
		find(report, "ej.microui.event.EventGenerator.get(java.lang.Class)");
		for (Violation v : report.violations()) {
			assertFalse("EventQueue.getInstance() is cited and allowed: " + v, v.what().contains("getInstance"));
		}
		assertEquals(report.format(), 2, report.violations().size());
	}

	@Test
	public void gate_rejectsHostOnlyImport_fromDeviceBoundPackage() throws IOException {
		Path host = tmp.newFolder("host").toPath();
		Fixtures.compile(host, "7", List.of(), "org/mqttboard/sim/HostThing.java");
		ClassSet device = Fixtures.compile(tmp.newFolder("device").toPath(), "7", List.of(host),
				"org/mqttboard/app/UsesSim.java");
		GateReport report = Repo.gate("ej.api:edc").check(device);
		System.out.println(report.format());
		Violation v = find(report, "org.mqttboard.sim.HostThing.value()");
		assertEquals("org.mqttboard.app.UsesSim", v.className());
		assertEquals("UsesSim.java", v.sourceFile());
		assertTrue(v.reason(), v.reason().contains("host-only"));
		assertFalse(report.passed());
	}
}
