/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Keeps the {@code ej.*} allow-list and the signature stubs ({@code platform/microej-api-stubs}) honest with each
 * other: every stub type and public member carries, in its Javadoc, a citation of a public source
 * ({@code owner/repo@commit:path[:line]}) or {@code NO EVIDENCE} with the reason it is still used; every {@code ej.*}
 * allow-list entry is declared by the stubs; every public stub member is allow-listed (a member nobody may call is dead
 * stub code). Enum constants and the compiler-generated {@code values()}/{@code valueOf} are covered by their type's
 * citation and need no allow-list entry. A stub type whose Javadoc says {@value #MOCK_SIDE} (an API of the Simulator's
 * HIL engine, used only by mocks) must cite too, and must NOT be allow-listed: device code may never call it. Stateless.
 */
public final class StubEvidence {

	/** Internal-name prefix of the MicroEJ APIs the stubs describe. */
	public static final String EJ = "ej/";

	/** Library text of a gate violation for an {@code ej.*} member the allow-list does not name. */
	public static final String UNDECLARED = "an ej.* member no stub declares with a citation: add it to"
			+ " platform/microej-api-stubs with the public source that shows it, then list it in"
			+ " tests/gate/allowlist/<library>.txt";

	/** Marker, in a stub type's Javadoc, of an API that only runs in the Simulator's HIL engine (mocks). */
	public static final String MOCK_SIDE = "HIL mock API";

	/** {@code owner/repo@commit:path}, the citation form of the project. */
	static final Pattern CITATION = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+@[0-9a-f]{7,40}:\\S+");

	/** A Javadoc and the declaration after it, up to its body, its end or the next comment. */
	private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/\\s*((?:(?!/\\*)[^{;])*)", Pattern.DOTALL);
	private static final Pattern TYPE = Pattern.compile("\\b(class|interface|enum)\\s+(\\w+)");
	private static final Pattern METHOD = Pattern.compile("(\\w+)\\s*\\(([^)]*)\\)");

	private StubEvidence() {
	}

	/**
	 * @param sources the stub source root ({@code src/main/java})
	 * @param classes the compiled stubs
	 * @param allow   the allow-list
	 * @return one readable problem per line; empty when stubs and allow-list agree and every stub member is cited
	 * @throws IOException when a file cannot be read
	 */
	public static List<String> problems(Path sources, Path classes, AllowList allow) throws IOException {
		List<String> out = new ArrayList<>();
		Map<String, ClassNode> stubs = load(classes);
		if (stubs.isEmpty()) {
			out.add("no compiled stubs under " + classes + ": build platform/microej-api-stubs first");
			return out;
		}
		Map<String, String> docs = javadocs(sources);
		Map<String, String> listed = new HashMap<>();
		for (Library lib : allow.libraries().values()) {
			for (String entry : allow.entries(lib)) {
				if (entry.startsWith(EJ)) {
					listed.put(entry, lib.file());
				}
			}
		}
		for (Map.Entry<String, String> e : listed.entrySet()) {
			if (!declared(stubs, e.getKey())) {
				out.add(e.getValue() + ": " + e.getKey() + " is not declared by the stubs (platform/microej-api-stubs)");
			}
		}
		for (ClassNode c : stubs.values()) {
			check(c, docs, listed, out);
		}
		return out;
	}

	private static void check(ClassNode c, Map<String, String> docs, Map<String, String> listed, List<String> out) {
		String simple = c.name.substring(c.name.lastIndexOf('/') + 1);
		String typeDoc = docs.get(c.name + "#type");
		cited(typeDoc, "type " + c.name, out);
		boolean mockSide = typeDoc != null && typeDoc.contains(MOCK_SIDE);
		boolean isEnum = (c.access & Opcodes.ACC_ENUM) != 0;
		for (MethodNode m : c.methods) {
			if ((m.access & Opcodes.ACC_PUBLIC) == 0 || (m.access & Opcodes.ACC_SYNTHETIC) != 0
					|| (isEnum && (m.name.equals("values") || m.name.equals("valueOf")))) {
				continue;
			}
			String name = m.name.equals("<init>") ? simple : m.name;
			int arity = org.objectweb.asm.Type.getArgumentTypes(m.desc).length;
			String member = c.name + '.' + m.name + m.desc;
			cited(docs.get(c.name + '#' + name + '/' + arity), member, out);
			allowListed(member, !mockSide, listed, out);
		}
		for (FieldNode f : c.fields) {
			if ((f.access & Opcodes.ACC_PUBLIC) == 0 || (f.access & Opcodes.ACC_SYNTHETIC) != 0) {
				continue;
			}
			String member = c.name + '.' + f.name + ':' + f.desc;
			cited(docs.get(c.name + '#' + f.name + "/-1"), member, out);
			if ((f.access & Opcodes.ACC_ENUM) == 0) {
				allowListed(member, !mockSide, listed, out);
			}
		}
	}

	private static void cited(String doc, String what, List<String> out) {
		if (doc == null) {
			out.add("stub " + what + " has no Javadoc: cite its public source (owner/repo@commit:path:line) or say NO"
					+ " EVIDENCE and why it is used");
		} else if (!CITATION.matcher(doc).find() && !doc.contains("NO EVIDENCE")) {
			out.add("stub " + what + " cites no public source (owner/repo@commit:path:line) and is not marked NO EVIDENCE");
		}
	}

	private static void allowListed(String member, boolean wanted, Map<String, String> listed, List<String> out) {
		if (wanted && !listed.containsKey(member)) {
			out.add("stub member " + member + " is not in the allow-list: list it in tests/gate/allowlist or remove it"
					+ " from the stubs");
		} else if (!wanted && listed.containsKey(member)) {
			out.add(listed.get(member) + ": " + member + " is a " + MOCK_SIDE + " (Simulator only): device code must"
					+ " not be allowed to call it");
		}
	}

	/** @return true when the stubs declare the entry: a type, or a member with exactly this name and descriptor */
	private static boolean declared(Map<String, ClassNode> stubs, String entry) {
		int dot = entry.indexOf('.');
		ClassNode c = stubs.get(dot < 0 ? entry : entry.substring(0, dot));
		if (c == null || dot < 0) {
			return c != null;
		}
		String member = entry.substring(dot + 1);
		for (MethodNode m : c.methods) {
			if (member.equals(m.name + m.desc)) {
				return true;
			}
		}
		for (FieldNode f : c.fields) {
			if (member.equals(f.name + ':' + f.desc)) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, ClassNode> load(Path classes) throws IOException {
		Map<String, ClassNode> out = new LinkedHashMap<>();
		if (!Files.isDirectory(classes)) {
			return out;
		}
		try (Stream<Path> s = Files.walk(classes)) {
			for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".class")).sorted()::iterator) {
				try (InputStream in = Files.newInputStream(p)) {
					ClassNode node = new ClassNode();
					new ClassReader(in).accept(node, ClassReader.SKIP_CODE);
					if (node.name.startsWith(EJ)) {
						out.put(node.name, node);
					}
				}
			}
		}
		return out;
	}

	/**
	 * Javadoc text per declaration of every stub source: key {@code internal/Name#type} for the type,
	 * {@code internal/Name#member/arity} for methods and constructors (constructor member = simple class name), and
	 * {@code internal/Name#FIELD/-1} for fields and enum constants. One top-level type per file, as in the stubs.
	 */
	static Map<String, String> javadocs(Path sources) throws IOException {
		Map<String, String> out = new HashMap<>();
		try (Stream<Path> s = Files.walk(sources)) {
			for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
				String type = sources.relativize(p).toString().replace('\\', '/').replaceAll("\\.java$", "");
				Matcher m = JAVADOC.matcher(Files.readString(p, StandardCharsets.UTF_8));
				while (m.find()) {
					String key = key(m.group(2).trim());
					if (key != null) {
						out.merge(type + key, m.group(1), (a, b) -> a + '\n' + b);
					}
				}
			}
		}
		return out;
	}

	private static String key(String declaration) {
		Matcher t = TYPE.matcher(declaration);
		if (t.find() && !declaration.contains("(")) {
			return "#type";
		}
		Matcher m = METHOD.matcher(declaration);
		if (m.find() && !declaration.contains("=")) {
			String params = m.group(2).trim();
			int arity = params.isEmpty() ? 0 : params.split(",").length;
			return '#' + m.group(1) + '/' + arity;
		}
		// A field or an enum constant: the last identifier before an initialiser, a separator or the enum's end.
		String name = declaration.split("=")[0].replaceAll("[\\s,}]+$", "");
		Matcher last = Pattern.compile("(\\w+)$").matcher(name);
		if (last.find()) {
			return '#' + last.group(1) + "/-1";
		}
		return null;
	}
}
