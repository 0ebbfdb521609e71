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
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The allow-list: what each MicroEJ library provides, read from the {@code *.txt} files of one directory.
 * <p>
 * File format (one entry per line, {@code #} starts a comment):
 * <pre>
 * &#64;library ej.api:edc 1.3.5          header: ivy org:name and the pinned revision (required, first entry)
 * java/lang/Object                      a class, usable as a type (no members)
 * java/lang/Object.&lt;init&gt;()V           a method (implies its class is usable as a type)
 * java/lang/System.out:Ljava/io/PrintStream;   a field
 * java/util/**                          every class and member of a package and its subpackages (never for ej.*)
 * </pre>
 * The {@code ej.*} APIs are allowed member by member only: a package wildcard under {@code ej/} is refused, so a
 * member the signature stubs do not declare with a citation cannot pass (see {@link StubEvidence}).
 * Anything else in a line (after the entry and whitespace) is ignored, so entries may carry short notes.
 * Files whose name starts with {@code _} are not allow-lists (e.g. {@code _libraries.txt}, the hint map). Immutable.
 */
public final class AllowList {

	private final Map<String, Library> libraries;
	private final Map<String, List<Library>> types = new HashMap<>();
	private final Map<String, List<Library>> members = new HashMap<>();
	private final Map<String, List<Library>> prefixes = new LinkedHashMap<>();
	private final Map<Library, List<String>> entries = new LinkedHashMap<>();

	private AllowList(Map<String, Library> libraries) {
		this.libraries = libraries;
	}

	/**
	 * Reads every allow-list file of a directory.
	 *
	 * @param dir the allow-list directory ({@code tests/gate/allowlist})
	 * @return the allow-list
	 * @throws IOException on a read error or a malformed file (message names file, line and reason)
	 */
	public static AllowList load(Path dir) throws IOException {
		AllowList list = new AllowList(new LinkedHashMap<>());
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
					.filter(p -> !p.getFileName().toString().startsWith("_")).sorted().toList();
		}
		if (files.isEmpty()) {
			throw new IOException("no allow-list files in " + dir);
		}
		for (Path f : files) {
			list.parse(f);
		}
		return list;
	}

	private void parse(Path file) throws IOException {
		String fileName = file.getFileName().toString();
		Library lib = null;
		int n = 0;
		for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			n++;
			String line = strip(raw);
			if (line.isEmpty()) {
				continue;
			}
			String[] words = line.split("\\s+");
			if (words[0].equals("@library")) {
				if (lib != null || words.length < 3) {
					throw new IOException(fileName + ":" + n + ": one '@library org:name rev' header is required");
				}
				int colon = words[1].indexOf(':');
				if (colon <= 0) {
					throw new IOException(fileName + ":" + n + ": library must be org:name, got " + words[1]);
				}
				lib = new Library(words[1].substring(0, colon), words[1].substring(colon + 1), words[2], fileName);
				if (libraries.put(lib.id(), lib) != null) {
					throw new IOException(fileName + ":" + n + ": library " + lib.id() + " described by two files");
				}
				entries.put(lib, new ArrayList<>());
				continue;
			}
			if (lib == null) {
				throw new IOException(fileName + ":" + n + ": entry before the '@library' header");
			}
			add(lib, words[0], fileName + ":" + n);
		}
		if (lib == null) {
			throw new IOException(fileName + ": no '@library' header");
		}
	}

	private void add(Library lib, String entry, String where) throws IOException {
		entries.get(lib).add(entry);
		if (entry.endsWith("/**") && entry.startsWith(StubEvidence.EJ)) {
			throw new IOException(where + ": package wildcard " + entry + " is not allowed for ej.* APIs: list each member"
					+ " the stubs declare with a citation");
		}
		if (entry.endsWith("/**")) {
			prefixes.computeIfAbsent(entry.substring(0, entry.length() - 2), k -> new ArrayList<>()).add(lib);
			return;
		}
		int dot = entry.indexOf('.');
		if (dot < 0) {
			if (entry.indexOf(';') >= 0 || entry.indexOf('(') >= 0) {
				throw new IOException(where + ": malformed entry " + entry);
			}
			types.computeIfAbsent(entry, k -> new ArrayList<>()).add(lib);
			return;
		}
		String owner = entry.substring(0, dot);
		String member = entry.substring(dot + 1);
		boolean method = member.indexOf('(') > 0 && member.indexOf(')') > member.indexOf('(');
		boolean field = member.indexOf(':') > 0;
		if (method == field) {
			throw new IOException(where + ": malformed member entry " + entry + " (want Owner.name(desc)ret or Owner.name:desc)");
		}
		members.computeIfAbsent(entry, k -> new ArrayList<>()).add(lib);
		types.computeIfAbsent(owner, k -> new ArrayList<>()).add(lib);
	}

	private static String strip(String raw) {
		int hash = raw.indexOf('#');
		return (hash < 0 ? raw : raw.substring(0, hash)).trim();
	}

	/** @return every library, by {@code org:name} */
	public Map<String, Library> libraries() {
		return Collections.unmodifiableMap(libraries);
	}

	/** @return the entries of one library, in file order */
	public List<String> entries(Library lib) {
		return Collections.unmodifiableList(entries.get(lib));
	}

	/** @return the libraries that provide a type (class entry, member entry of it, or package prefix); never null */
	public List<Library> providersOfType(String internalName) {
		List<Library> out = new ArrayList<>(types.getOrDefault(internalName, List.of()));
		out.addAll(prefixProviders(internalName));
		return out;
	}

	/**
	 * @param memberKey {@code owner.name(desc)} or {@code owner.name:desc}
	 * @return the libraries that provide exactly this member (no inheritance), or a prefix covering its owner
	 */
	public List<Library> providersOfMember(String owner, String memberKey) {
		List<Library> out = new ArrayList<>(members.getOrDefault(memberKey, List.of()));
		out.addAll(prefixProviders(owner));
		return out;
	}

	private List<Library> prefixProviders(String internalName) {
		List<Library> out = new ArrayList<>();
		for (Map.Entry<String, List<Library>> e : prefixes.entrySet()) {
			if (internalName.startsWith(e.getKey())) {
				out.addAll(e.getValue());
			}
		}
		return out;
	}
}
