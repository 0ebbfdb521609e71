/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.mqttboard.gate.AllowList;
import org.mqttboard.gate.Library;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The allow-list data itself: every file names its source, and every java.* / javax.* entry exists in the JDK
 * (declared on the class or a supertype), which catches descriptor typos that would silently allow nothing.
 */
public class AllowListTest {

	@Test
	public void everyAllowListFile_namesItsSources() throws IOException {
		AllowList allow = Repo.allowList();
		List<String> missing = new ArrayList<>();
		for (Library lib : allow.libraries().values()) {
			String text = Files.readString(Repo.allowDir().resolve(lib.file()), StandardCharsets.UTF_8);
			if (!text.contains("Source")) {
				missing.add(lib.file());
			}
		}
		assertEquals("allow-list files without a 'Source' header", List.of(), missing);
		assertTrue(allow.libraries().containsKey("ej.api:edc"));
	}

	@Test
	public void everyJdkEntry_existsInTheJdk() throws IOException {
		AllowList allow = Repo.allowList();
		List<String> unknown = new ArrayList<>();
		int checked = 0;
		for (Library lib : allow.libraries().values()) {
			for (String entry : allow.entries(lib)) {
				if (!(entry.startsWith("java/") || entry.startsWith("javax/"))) {
					continue;
				}
				checked++;
				int dot = entry.indexOf('.');
				String owner = dot < 0 ? entry : entry.substring(0, dot);
				if (!(dot < 0 ? load(owner) != null : declares(owner, entry.substring(dot + 1), new HashSet<>()))) {
					unknown.add(lib.file() + ": " + entry);
				}
			}
		}
		assertEquals("entries the JDK does not have", List.of(), unknown);
		assertTrue("entries checked: " + checked, checked > 200);
	}

	private static boolean declares(String owner, String member, Set<String> seen) throws IOException {
		ClassNode node = load(owner);
		if (node == null || !seen.add(owner)) {
			return false;
		}
		for (MethodNode m : node.methods) {
			if (member.equals(m.name + m.desc)) {
				return true;
			}
		}
		for (FieldNode f : node.fields) {
			if (member.equals(f.name + ':' + f.desc)) {
				return true;
			}
		}
		List<String> supers = new ArrayList<>(node.interfaces);
		if (node.superName != null) {
			supers.add(0, node.superName);
		}
		for (String s : supers) {
			if (declares(s, member, seen)) {
				return true;
			}
		}
		return false;
	}

	private static ClassNode load(String internalName) throws IOException {
		try (InputStream in = ClassLoader.getSystemResourceAsStream(internalName + ".class")) {
			if (in == null) {
				return null;
			}
			ClassNode node = new ClassNode();
			new ClassReader(in).accept(node, ClassReader.SKIP_CODE);
			return node;
		}
	}
}
