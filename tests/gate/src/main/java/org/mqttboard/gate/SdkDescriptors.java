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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the descriptors of the two MicroEJ SDKs and the IDE in step, by parsing them (neither SDK runs here): SDK 5
 * {@code module.ivy} + {@code module.ant} + {@code .classpath}, SDK 6 {@code settings.gradle.kts} +
 * {@code build.gradle.kts}. Same module name, modules and versions (application and test), main class, Java source
 * folders, resource folder, and test folder; and the test folder exists and holds the portable tests. Stateless.
 */
public final class SdkDescriptors {

	/** The folder of the portable tests, for both SDKs (and the host build). */
	public static final String TEST_FOLDER = "tests/portable/java";

	private static final String DEFAULT_JAVA = "src/main/java";
	private static final String DEFAULT_RESOURCES = "src/main/resources";
	private static final Pattern GRADLE_DEPENDENCY = Pattern.compile("implementation\\(\"([^:\"]+):([^:\"]+):([^:\"]+)\"\\)");
	private static final Pattern GRADLE_SRC_DIR = Pattern.compile("java\\.srcDir\\(\"([^\"]+)\"\\)");
	private static final Pattern GRADLE_TEST_DIRS = Pattern.compile("setSrcDirs\\(listOf\\(\"([^\"]+)\"\\)\\)");
	private static final Pattern GRADLE_MAIN = Pattern.compile("applicationEntryPoint\\s*=\\s*\"([^\"]+)\"");
	private static final Pattern GRADLE_PROJECT_DIR = Pattern.compile(
			"project\\(\":([^\"]+)\"\\)\\.projectDir\\s*=\\s*file\\(\"([^\"]+)\"\\)");
	private static final Pattern GRADLE_NAME = Pattern.compile("rootProject\\.name\\s*=\\s*\"([^\"]+)\"");
	private static final Pattern ANT_AUGMENT = Pattern.compile(
			"<augment id=\"([^\"]+)\">\\s*<path location=\"\\$\\{basedir\\}/([^\"]+)\"\\s*/>", Pattern.DOTALL);
	private static final Pattern CLASSPATH_SRC = Pattern.compile("kind=\"src\" path=\"([^\"]+)\"");
	private static final Pattern IVY_MODULE = Pattern.compile("<info [^>]*module=\"([^\"]+)\"");

	private SdkDescriptors() {
	}

	/**
	 * @param root repository root
	 * @return one readable problem per line; empty when the descriptors agree
	 * @throws IOException when a descriptor is missing or unreadable
	 */
	public static List<String> problems(Path root) throws IOException {
		List<String> out = new ArrayList<>();
		String ivyText = read(root, "module.ivy");
		ModuleIvy ivy = ModuleIvy.read(root.resolve("module.ivy"));
		String gradle = read(root, "build.gradle.kts");
		String settings = read(root, "settings.gradle.kts");
		String ant = read(root, "module.ant");
		String classpath = read(root, ".classpath");

		same(out, "module name", one(IVY_MODULE, ivyText), one(GRADLE_NAME, settings), "settings.gradle.kts");
		Matcher mock = GRADLE_PROJECT_DIR.matcher(settings);
		while (mock.find()) {
			Path dir = root.resolve(mock.group(2));
			if (!settings.contains("include(\"" + mock.group(1) + "\")") || !Files.isRegularFile(dir.resolve("build.gradle.kts"))) {
				out.add("settings.gradle.kts: subproject " + mock.group(1) + " is not included or " + dir
						+ " has no build.gradle.kts");
			}
		}
		if (!gradle.contains("id(\"com.microej.gradle.application\")")) {
			out.add("build.gradle.kts: plugin com.microej.gradle.application (SDK 6 form of " + ivy.buildType() + ") missing");
		}
		same(out, "main class", ivy.properties().get("application.main.class"), one(GRADLE_MAIN, gradle), "build.gradle.kts");

		int testing = gradle.indexOf("testing {");
		String gradleMain = testing < 0 ? gradle : gradle.substring(0, testing);
		String gradleTest = testing < 0 ? "" : gradle.substring(testing);
		Set<String> ivyMain = new TreeSet<>();
		Set<String> ivyTest = new TreeSet<>();
		for (ModuleIvy.Dependency d : ivy.dependencies()) {
			if (d.conf() != null && d.conf().startsWith("platform")) {
				continue;
			}
			(d.isTestOrPlatform() ? ivyTest : ivyMain).add(d.org() + ':' + d.name() + ':' + d.rev());
		}
		same(out, "application modules", ivyMain, all(GRADLE_DEPENDENCY, gradleMain), "build.gradle.kts dependencies");
		same(out, "test modules", ivyTest, all(GRADLE_DEPENDENCY, gradleTest), "build.gradle.kts testing suite");

		Set<String> antJava = new TreeSet<>(Set.of(DEFAULT_JAVA));
		Set<String> antTest = new TreeSet<>();
		Matcher a = ANT_AUGMENT.matcher(ant);
		while (a.find()) {
			(a.group(1).equals("src.java.path") ? antJava : antTest).add(a.group(2));
		}
		Set<String> gradleJava = new TreeSet<>(Set.of(DEFAULT_JAVA));
		gradleJava.addAll(all(GRADLE_SRC_DIR, gradleMain));
		same(out, "Java source folders", antJava, gradleJava, "build.gradle.kts sourceSets");
		if (gradleMain.contains("resources.srcDir") || gradleMain.contains("resources {")) {
			out.add("build.gradle.kts adds a resource folder: SDK 5 has no documented way to do the same; keep every"
					+ " embedded resource in " + DEFAULT_RESOURCES);
		}
		Set<String> ideJava = new TreeSet<>(all(CLASSPATH_SRC, classpath));
		Set<String> ide = new TreeSet<>(antJava);
		ide.add(DEFAULT_RESOURCES);
		ide.addAll(antTest);
		ide.add("src-adpgenerated/junit/java");
		same(out, "IDE source folders", ide, ideJava, ".classpath");

		same(out, "SDK 5 test folder", Set.of(TEST_FOLDER), antTest, "module.ant (augment src.test.java.path)");
		same(out, "SDK 6 test folder", Set.of(TEST_FOLDER), all(GRADLE_TEST_DIRS, gradleTest), "build.gradle.kts testing suite");
		testsPresent(root.resolve(TEST_FOLDER), out);
		return out;
	}

	private static void testsPresent(Path folder, List<String> out) throws IOException {
		if (!Files.isDirectory(folder)) {
			out.add("test folder " + folder + " does not exist");
			return;
		}
		long tests;
		try (Stream<Path> s = Files.walk(folder)) {
			tests = s.filter(p -> p.getFileName().toString().endsWith("Test.java")).filter(SdkDescriptors::hasTest).count();
		}
		if (tests == 0) {
			out.add("test folder " + folder + " holds no *Test.java with an @Test method");
		}
	}

	private static boolean hasTest(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8).contains("@Test");
		} catch (IOException e) {
			return false;
		}
	}

	private static void same(List<String> out, String what, Object sdk5, Object other, String where) {
		if (!sdk5.equals(other)) {
			out.add(what + " differ: module.ivy/module.ant say " + sdk5 + ", " + where + " says " + other);
		}
	}

	private static String one(Pattern p, String text) {
		Matcher m = p.matcher(text);
		return m.find() ? m.group(1) : null;
	}

	private static Set<String> all(Pattern p, String text) {
		Set<String> out = new TreeSet<>();
		Matcher m = p.matcher(text);
		while (m.find()) {
			out.add(m.groupCount() == 3 ? m.group(1) + ':' + m.group(2) + ':' + m.group(3) : m.group(1));
		}
		return out;
	}

	private static String read(Path root, String name) throws IOException {
		Path f = root.resolve(name);
		if (!Files.isRegularFile(f)) {
			throw new IOException("missing " + f);
		}
		return Files.readString(f, StandardCharsets.UTF_8);
	}
}
