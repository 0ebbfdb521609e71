/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Test;

/** The examples setup mode offers are exactly the documented ones: same files, same bytes, one per profile. */
public class BundledExamplesTest {

	private static final Path ROOT = Path.of(System.getProperty("mqttboard.root", "."));

	@Test
	public void bundledExamples_areByteForByteTheFilesOfDocsExamples() throws IOException {
		Path docs = ROOT.resolve("docs/examples");
		Path bundled = ROOT.resolve("src/main/resources/org/mqttboard/app/setup/examples");
		assertEquals(names(docs), names(bundled));
		for (String name : names(docs)) {
			assertArrayEquals(name + " differs: copy docs/examples/" + name + " to " + bundled,
					Files.readAllBytes(docs.resolve(name)), Files.readAllBytes(bundled.resolve(name)));
		}
		List<String> offered = Arrays.stream(SetupRoutes.EXAMPLES).map(p -> p + ".properties").sorted()
				.collect(Collectors.toList());
		assertEquals(names(docs), offered);
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties")).sorted()
					.collect(Collectors.toList());
		}
	}
}
