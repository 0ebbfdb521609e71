/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The scanned classes: every {@code .class} file under the given roots (device-bound output directories), by
 * internal name. These are "our" classes for the gate; every other name is a library reference. Immutable.
 */
public final class ClassSet {

	private final Map<String, ClassFacts> classes;
	private final List<Path> roots;

	private ClassSet(Map<String, ClassFacts> classes, List<Path> roots) {
		this.classes = Collections.unmodifiableMap(classes);
		this.roots = List.copyOf(roots);
	}

	/**
	 * Scans every class file under the roots ({@code module-info.class} excluded).
	 *
	 * @param roots class output directories; a missing directory is an error (a check must not pass vacuously)
	 * @return the set
	 * @throws IOException when a root is missing or a file cannot be read
	 */
	public static ClassSet scan(List<Path> roots) throws IOException {
		Map<String, ClassFacts> map = new TreeMap<>();
		for (Path root : roots) {
			if (!Files.isDirectory(root)) {
				throw new IOException("class directory missing (build it first): " + root);
			}
			try (Stream<Path> files = Files.walk(root)) {
				for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class")).sorted()::iterator) {
					if (p.getFileName().toString().equals("module-info.class")) {
						continue;
					}
					ClassFacts f = ClassScanner.scan(p);
					ClassFacts previous = map.put(f.name(), f);
					if (previous != null) {
						throw new IOException("class " + f.dottedName() + " found twice: " + previous.file() + " and " + p);
					}
				}
			} catch (UncheckedIOException e) {
				throw e.getCause();
			}
		}
		return new ClassSet(map, roots);
	}

	/** @return the class with that internal name, or {@code null} when it is not one of ours */
	public ClassFacts get(String internalName) {
		return classes.get(internalName);
	}

	/** @return true when the internal name is a scanned class */
	public boolean contains(String internalName) {
		return classes.containsKey(internalName);
	}

	/** @return all scanned classes, sorted by name */
	public Collection<ClassFacts> all() {
		return classes.values();
	}

	/** @return the scanned roots */
	public List<Path> roots() {
		return roots;
	}

	/** @return the classes whose file lies under the given root */
	public List<ClassFacts> under(Path root) {
		List<ClassFacts> out = new ArrayList<>();
		for (ClassFacts f : classes.values()) {
			if (f.file().startsWith(root)) {
				out.add(f);
			}
		}
		return out;
	}
}
