/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * Supertypes of classes, so a member referenced through a subclass ({@code ByteArrayOutputStream.close()}) is
 * matched against the allow-list entry of the class that declares it ({@code OutputStream.close()}). Looks in the
 * scanned classes, then in extra class directories (the ej.* signature stubs), then in the running JDK. The JDK's
 * hierarchy is used only to walk upwards; what is allowed is decided by the allow-list alone. Not thread-safe.
 */
final class Hierarchy {

	private final ClassSet project;
	private final List<Path> extraRoots;
	private final Map<String, List<String>> cache = new HashMap<>();

	Hierarchy(ClassSet project, List<Path> extraRoots) {
		this.project = project;
		this.extraRoots = List.copyOf(extraRoots);
	}

	/**
	 * @return direct supertypes (superclass first, then interfaces; interfaces get java/lang/Object), empty when the
	 *         class is unknown or is java/lang/Object
	 */
	List<String> supertypes(String internalName) {
		return cache.computeIfAbsent(internalName, this::load);
	}

	private List<String> load(String name) {
		ClassFacts ours = project.get(name);
		if (ours != null) {
			List<String> out = new ArrayList<>();
			if (ours.superName() != null) {
				out.add(ours.superName());
			}
			out.addAll(ours.interfaces());
			return out;
		}
		try (InputStream in = open(name)) {
			if (in == null) {
				return List.of();
			}
			ClassReader r = new ClassReader(in);
			List<String> out = new ArrayList<>();
			if (r.getSuperName() != null) {
				out.add(r.getSuperName());
			}
			for (String i : r.getInterfaces()) {
				out.add(i);
			}
			if ((r.getAccess() & Opcodes.ACC_INTERFACE) != 0 && !out.contains("java/lang/Object")) {
				out.add("java/lang/Object");
			}
			return out;
		} catch (IOException e) {
			return List.of();
		}
	}

	private InputStream open(String name) throws IOException {
		for (Path root : extraRoots) {
			Path p = root.resolve(name + ".class");
			if (Files.isRegularFile(p)) {
				return Files.newInputStream(p);
			}
		}
		return ClassLoader.getSystemResourceAsStream(name + ".class");
	}
}
