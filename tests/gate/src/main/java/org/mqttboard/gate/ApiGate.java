/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.objectweb.asm.Type;

/**
 * The MicroEJ API gate: checks every reference of the device-bound classes against the allow-list of the
 * libraries declared in module.ivy, and rejects what MicroEJ cannot run:
 * class files newer than Java 7 (major 51), invokedynamic and anything in java.lang.invoke, primitive class
 * literals ({@code int.class} compiles to {@code getstatic java/lang/Integer.TYPE}), and references to host-only
 * code (simulator, gate, tests, benchmarks, JUnit).
 * <p>
 * A member referenced through a subtype is allowed when the allow-list lists it on the referenced class or on one
 * of its supertypes; a member of one of our classes is ours when that class or one of our supertypes declares
 * it, otherwise it is looked up on the first library supertype. A member entry implies its descriptor's types.
 * Not thread-safe; one instance per run.
 */
public final class ApiGate {

	private static final Set<String> WRAPPERS = Set.of("java/lang/Boolean", "java/lang/Byte", "java/lang/Character",
			"java/lang/Short", "java/lang/Integer", "java/lang/Long", "java/lang/Float", "java/lang/Double",
			"java/lang/Void");

	/**
	 * The MicroEJ JUnit subset. Declared only for a run over the portable tests: then org.junit references are judged
	 * by its allow-list instead of being host-only.
	 */
	public static final String JUNIT = "ej.library.test:junit";

	/**
	 * Start of the library text of a violation for which no rule and no allow-list file says anything: the API may
	 * well exist on MicroEJ, there is just no evidence yet (as opposed to a known-unavailable API).
	 */
	public static final String NO_EVIDENCE = "no evidence that";

	private final AllowList allow;
	private final LibraryHints hints;
	private final Set<Library> active = new LinkedHashSet<>();
	private final List<Path> extraHierarchy;
	private final boolean junitDeclared;

	/**
	 * @param allow          the allow-list
	 * @param hints          the map of not-allowed APIs to what provides them
	 * @param declared       {@code org:name} of the libraries declared in module.ivy
	 * @param extraHierarchy class directories used only to walk supertypes of library classes (ej.* stubs)
	 */
	public ApiGate(AllowList allow, LibraryHints hints, Set<String> declared, List<Path> extraHierarchy) {
		this.allow = allow;
		this.hints = hints;
		for (Library l : allow.libraries().values()) {
			if (declared.contains(l.id())) {
				active.add(l);
			}
		}
		this.extraHierarchy = List.copyOf(extraHierarchy);
		this.junitDeclared = declared.contains(JUNIT);
	}

	/** @return the libraries whose entries are allowed in this run */
	public Set<Library> activeLibraries() {
		return active;
	}

	/**
	 * Runs the gate.
	 *
	 * @param classes the device-bound classes
	 * @return violations and library usage
	 */
	public GateReport check(ClassSet classes) {
		Run run = new Run(classes, new Hierarchy(classes, extraHierarchy));
		for (ClassFacts c : classes.all()) {
			run.checkClass(c);
		}
		return new GateReport(run.violations, run.used(), classes.all().size());
	}

	/** @return true for names of host-only code that device-bound code must never reference */
	public static boolean isHostOnly(String internalName) {
		if (internalName.startsWith("org/junit/") || internalName.startsWith("junit/")) {
			return true;
		}
		if (!internalName.startsWith("org/mqttboard/")) {
			return false;
		}
		return internalName.startsWith("org/mqttboard/sim/") || internalName.startsWith("org/mqttboard/gate/")
				|| internalName.startsWith("org/mqttboard/bench/") || internalName.contains("/test/")
				|| internalName.contains("/tests/") || internalName.contains("/bench/");
	}

	/** State of one run. */
	private final class Run {
		final ClassSet classes;
		final Hierarchy hierarchy;
		final List<Violation> violations = new ArrayList<>();
		/** Provider sets of satisfied references (an entry may sit in two libraries) → one example reference. */
		final Map<Set<Library>, String> satisfied = new LinkedHashMap<>();
		final Set<String> reported = new HashSet<>();

		Run(ClassSet classes, Hierarchy hierarchy) {
			this.classes = classes;
			this.hierarchy = hierarchy;
		}

		void checkClass(ClassFacts c) {
			if (c.major() > 51) {
				report(c, "class file", -1, "class file version " + c.major() + " (Java " + (c.major() - 44) + ")",
						"ClassReader", "is newer than Java 7 (major 51)",
						"MicroEJ runs Java 7 class files only: compile device-bound code at compliance 1.7 (the Eclipse compiler of firmware.pom.xml)");
			}
			if (isHostOnly(c.name())) {
				report(c, "class file", -1, "type " + c.dottedName(), "declaration",
						"is a device-bound class in a host-only package", "move it out of sim/gate/test/bench packages");
			}
			for (Reference r : c.forbidden()) {
				String hint = hints.hint(r.owner(), r.name(), r.desc());
				report(c, r.context(), r.line(), r.readable(), r.how(),
						"uses invokedynamic / java.lang.invoke, which MicroEJ does not support",
						hint != null ? hint : "not available on MicroEJ: use an anonymous or named class");
			}
			for (Reference r : c.references()) {
				checkReference(c, r);
			}
		}

		void checkReference(ClassFacts c, Reference r) {
			String owner = r.owner();
			if (owner.startsWith("[")) {
				Type element = Type.getType(owner).getElementType();
				if (element.getSort() == Type.OBJECT) {
					checkType(c, new Reference(Reference.Kind.TYPE, element.getInternalName(), null, null, r.context(),
							r.line(), r.how()));
				}
				if (r.kind() == Reference.Kind.METHOD && !r.name().equals("clone")) {
					checkMember(c, new Reference(r.kind(), "java/lang/Object", r.name(), r.desc(), r.context(), r.line(),
							r.how()));
				}
				return; // clone() of an array is the VM's (javac emits it for enum values())
			}
			if (r.kind() == Reference.Kind.TYPE) {
				checkType(c, r);
			} else {
				checkMember(c, r);
			}
		}

		void checkType(ClassFacts c, Reference r) {
			String t = r.owner();
			if (classes.contains(t)) {
				return;
			}
			if (hostOnlyOrInvoke(c, r)) {
				return;
			}
			List<Library> libs = filter(allow.providersOfType(t), active::contains);
			if (!libs.isEmpty()) {
				markUsed(libs, c, r);
				return;
			}
			reject(c, r, t);
		}

		void checkMember(ClassFacts c, Reference r) {
			if (hostOnlyOrInvoke(c, r)) {
				return;
			}
			if (r.kind() == Reference.Kind.FIELD && r.name().equals("TYPE") && WRAPPERS.contains(r.owner())) {
				report(c, r.context(), r.line(), r.readable(), r.how(),
						"is a primitive class literal (int.class and the like), a SOAR link error on MicroEJ",
						"none: primitive Class objects do not exist on MicroEJ (runtime.rst, Limitations)");
				return;
			}
			String member = r.kind() == Reference.Kind.METHOD ? r.name() + r.desc() : r.name() + ':' + r.desc();
			boolean[] ours = new boolean[1];
			List<Library> libs = find(r.owner(), member, new HashSet<>(), ours, active::contains);
			if (ours[0]) {
				return;
			}
			if (!libs.isEmpty()) {
				markUsed(libs, c, r);
				return;
			}
			reject(c, r, firstLibraryAncestor(r.owner()));
		}

		boolean hostOnlyOrInvoke(ClassFacts c, Reference r) {
			boolean portableJUnit = junitDeclared && r.owner().startsWith("org/junit/");
			if (isHostOnly(r.owner()) && !classes.contains(r.owner()) && !portableJUnit) {
				report(c, r.context(), r.line(), r.readable(), r.how(), "is host-only code",
						"none: device-bound code must never reference the simulator, gate, tests, benchmarks or JUnit");
				return true;
			}
			if (r.owner().startsWith("java/lang/invoke/")) {
				String hint = hints.hint(r.owner(), r.name(), r.desc());
				report(c, r.context(), r.line(), r.readable(), r.how(), "is java.lang.invoke (method handles, lambdas)",
						hint != null ? hint : "not available on MicroEJ");
				return true;
			}
			return false;
		}

		/** Finds who provides {@code member} starting at {@code owner}; sets ours[0] when one of our classes declares it. */
		List<Library> find(String owner, String member, Set<String> seen, boolean[] ours, Predicate<Library> accept) {
			if (!seen.add(owner)) {
				return List.of();
			}
			ClassFacts f = classes.get(owner);
			if (f != null) {
				if (f.declared().contains(member)) {
					ours[0] = true;
					return List.of();
				}
			} else {
				List<Library> libs = filter(allow.providersOfMember(owner, owner + '.' + member), accept);
				if (!libs.isEmpty()) {
					return libs;
				}
			}
			if (member.startsWith("<init>(") || member.startsWith("<clinit>(")) {
				return List.of(); // constructors are not inherited: Object.<init> does not allow HashSet.<init>
			}
			for (String s : hierarchy.supertypes(owner)) {
				List<Library> r = find(s, member, seen, ours, accept);
				if (ours[0] || !r.isEmpty()) {
					return r;
				}
			}
			return List.of();
		}

		String firstLibraryAncestor(String owner) {
			String t = owner;
			for (int i = 0; i < 64 && classes.contains(t); i++) {
				List<String> s = hierarchy.supertypes(t);
				if (s.isEmpty()) {
					break;
				}
				t = s.get(0);
			}
			return t;
		}

		void reject(ClassFacts c, Reference r, String libraryOwner) {
			List<Library> elsewhere;
			if (r.kind() == Reference.Kind.TYPE) {
				elsewhere = filter(allow.providersOfType(r.owner()), l -> !active.contains(l));
			} else {
				String member = r.kind() == Reference.Kind.METHOD ? r.name() + r.desc() : r.name() + ':' + r.desc();
				elsewhere = find(r.owner(), member, new HashSet<>(), new boolean[1], l -> !active.contains(l));
			}
			String library;
			if (!elsewhere.isEmpty()) {
				Library l = elsewhere.get(0);
				library = l + " (not declared: add " + l.ivyLine() + " to module.ivy)";
			} else {
				String h = hints.hint(libraryOwner, r.name(), r.desc());
				library = h != null ? h : defaultHint(libraryOwner);
			}
			report(c, r.context(), r.line(), r.readable(), r.how(), "is not in the allow-list", library);
		}

		void markUsed(List<Library> libs, ClassFacts c, Reference r) {
			satisfied.putIfAbsent(new LinkedHashSet<>(libs), c.dottedName() + ": " + r.readable());
		}

		/**
		 * The libraries the code needs: first every library that is the only provider of some reference, then, for
		 * each reference none of those provides, its first provider. So a type listed by two libraries
		 * (GeneralSecurityException in ssl and security) does not make both look used.
		 */
		Map<Library, String> used() {
			Map<Library, String> used = new LinkedHashMap<>();
			for (Map.Entry<Set<Library>, String> e : satisfied.entrySet()) {
				if (e.getKey().size() == 1) {
					used.putIfAbsent(e.getKey().iterator().next(), e.getValue());
				}
			}
			for (Map.Entry<Set<Library>, String> e : satisfied.entrySet()) {
				if (Collections.disjoint(e.getKey(), used.keySet())) {
					used.put(e.getKey().iterator().next(), e.getValue());
				}
			}
			return used;
		}

		void report(ClassFacts c, String context, int line, String what, String how, String reason, String library) {
			if (reported.add(c.name() + '|' + what + '|' + reason)) {
				violations.add(new Violation(c.dottedName(), c.sourceFile(), line, context, what, how, reason, library));
			}
		}
	}

	private static String defaultHint(String owner) {
		if (owner.startsWith("java/") || owner.startsWith("javax/")) {
			return NO_EVIDENCE + " EDC 1.3 / BON 1.4 / NET 1.1 / SSL 2.2 / SECURITY provide it; if the MicroEJ javadoc"
					+ " lists it, add it with its source to tests/gate/allowlist";
		}
		if (owner.startsWith(StubEvidence.EJ)) {
			return StubEvidence.UNDECLARED;
		}
		if (owner.startsWith("org/mqttboard/")) {
			return "not a device-bound class (test fixture or host-only code)";
		}
		return "not a MicroEJ Foundation library: needs an add-on library declared in module.ivy and an allow-list file";
	}

	private static List<Library> filter(List<Library> in, Predicate<Library> keep) {
		List<Library> out = new ArrayList<>();
		for (Library l : in) {
			if (keep.test(l) && !out.contains(l)) {
				out.add(l);
			}
		}
		return out;
	}
}
