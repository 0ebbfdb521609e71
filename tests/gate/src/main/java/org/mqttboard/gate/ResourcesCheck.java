/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * MicroEJ embeds only the resources listed in {@code *.resources.list} files (classpath.rst): every resource file of
 * the device-bound resource folders and every absolute resource path the bytecode names ({@code "/certs/ca.pem"})
 * must be listed, and every listed path must exist. List lines are {@code /}-separated paths relative to the
 * classpath root (a leading {@code /} is tolerated); {@code #} starts a comment. Other {@code *.list} files
 * (types, properties, constants) are build inputs, not resources. Stateless.
 */
public final class ResourcesCheck {

	/** A string constant that is an absolute classpath resource path with a file extension. */
	private static final Pattern RESOURCE_PATH = Pattern.compile("/[A-Za-z0-9_\\-./]*[A-Za-z0-9_\\-]\\.[A-Za-z0-9]+");

	private ResourcesCheck() {
	}

	/**
	 * @param roots   device-bound resource folders; missing ones are skipped
	 * @param classes device-bound classes
	 * @return one readable problem per line; empty when consistent
	 * @throws IOException on a read error
	 */
	public static List<String> problems(List<Path> roots, ClassSet classes) throws IOException {
		TreeMap<String, Path> listed = new TreeMap<>();
		Set<String> files = new TreeSet<>();
		List<String> out = new ArrayList<>();
		for (Path root : roots) {
			if (!Files.isDirectory(root)) {
				continue;
			}
			List<Path> all;
			try (Stream<Path> s = Files.walk(root)) {
				all = s.filter(Files::isRegularFile).sorted().toList();
			}
			for (Path p : all) {
				String rel = root.relativize(p).toString().replace('\\', '/');
				if (rel.endsWith(".resources.list")) {
					for (String raw : Files.readAllLines(p, StandardCharsets.UTF_8)) {
						String line = raw.trim();
						if (!line.isEmpty() && !line.startsWith("#")) {
							listed.put(line.startsWith("/") ? line.substring(1) : line, p);
						}
					}
				} else if (!rel.endsWith(".list")) {
					files.add(rel);
				}
			}
		}
		for (String f : files) {
			if (!listed.containsKey(f)) {
				out.add("resource " + f + " is not listed in any *.resources.list (MicroEJ would not embed it)");
			}
		}
		for (ClassFacts c : classes.all()) {
			for (String s : c.strings()) {
				if (RESOURCE_PATH.matcher(s).matches() && !listed.containsKey(s.substring(1))) {
					out.add(c.dottedName() + " (" + c.sourceFile() + ") reads resource \"" + s
							+ "\" which is not listed in any *.resources.list");
				}
			}
		}
		for (var e : listed.entrySet()) {
			if (!files.contains(e.getKey())) {
				out.add(e.getValue().getFileName() + " lists " + e.getKey() + " which does not exist in "
						+ "the resource folders");
			}
		}
		return out;
	}
}
