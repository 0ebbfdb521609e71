/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * Comments and documents cite public sources only (MQTT specification clauses, vendor documentation, repositories
 * as owner/repo@commit:path, URLs): no file of the repository (CHANGELOG.md excepted) points to notes outside it,
 * to issue numbers, or to how the work on it was organised.
 */
public class CitationsTest {

	/** Build output and version control: not part of the repository's text. */
	private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", ".sim", "tmp");
	/**
	 * What must not be cited. Written in pieces so that this file does not match itself: a folder of notes outside
	 * the repository, the names of those notes, issue numbers, and work-organisation words.
	 */
	private static final Pattern FORBIDDEN = Pattern.compile(String.join("|", "(?:\\.\\./)?" + "shared" + "/",
			"\\b" + "issues?" + "\\s*#?\\d+", "\\bthe " + "issue\\b", "\\b(?:platforms|microej|aesthetics|mqtt-anchors"
					+ "|device-evidence)" + "\\.md\\b", "design " + "card", "\\[" + "card\\]", "work" + "tree",
			"helper " + "session", "filed by a " + "session", "engin" + "eer", "\\b(?:session|runtime|feature|codec"
					+ "|config|transport|gate|device) branch", "\\bbranch (?:runtime|gate|codec|config|transport|session"
					+ "|device)\\b", "merge" + " fix", "merged" + " tree"), Pattern.CASE_INSENSITIVE);

	@Test
	public void noFile_citesNotesOutsideTheRepository_issuesOrHowTheWorkIsOrganised() throws IOException {
		List<String> hits = new ArrayList<>();
		Path root = Repo.root();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
				Path rel = root.relativize(p);
				if (skipped(rel)) {
					continue;
				}
				hits.addAll(hits(rel.toString(), Files.readAllBytes(p)));
			}
		}
		assertEquals(String.join("\n", hits), List.of(), hits);
	}

	@Test
	public void check_findsEachKindOfCitation_andLeavesPublicSourcesAlone() {
		String text = "see ../sha" + "red/reference/x\nper iss" + "ue 12\nthe design " + "card says\n"
				+ "[MQTT-3.1.2-22], eclipse/paho.mqtt.java#123 and https://docs.microej.com are fine\n";
		List<String> hits = hits("doc.md", text.getBytes(StandardCharsets.UTF_8));
		assertEquals(hits.toString(), 3, hits.size());
		assertTrue(hits.get(0), hits.get(0).startsWith("doc.md:1: "));
		assertTrue(hits.get(2), hits.get(2).startsWith("doc.md:3: "));
	}

	private static boolean skipped(Path rel) {
		for (Path part : rel) {
			if (SKIPPED_DIRECTORIES.contains(part.toString())) {
				return true;
			}
		}
		return rel.toString().equals("CHANGELOG.md");
	}

	/** @return one {@code path:line: text} per offending line; binary files (a NUL byte) are skipped */
	private static List<String> hits(String path, byte[] bytes) {
		List<String> out = new ArrayList<>();
		for (byte b : bytes) {
			if (b == 0) {
				return out;
			}
		}
		String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher m = FORBIDDEN.matcher(lines[i]);
			if (m.find()) {
				out.add(path + ":" + (i + 1) + ": " + lines[i].trim());
			}
		}
		return out;
	}
}
