/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Code size of each client: our engine's classes (codec, session, transport) in the firmware jar against the Paho jar and the
 * HiveMQ client jar with all its run-time dependencies, read from this JVM's class path. Host-only.
 */
final class CodeSize {

	private CodeSize() {
	}

	static void addTo(Report report) throws IOException {
		long ours = 0;
		long oursRaw = 0;
		long paho = 0;
		long hivemq = 0;
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			Path p = Path.of(entry);
			String name = p.getFileName() == null ? "" : p.getFileName().toString();
			if (name.startsWith("org.eclipse.paho.client.mqttv3")) {
				paho += Files.size(p);
			} else if (name.startsWith("firmware") && name.endsWith(".jar")) {
				ours += engineBytes(p, true);
				oursRaw += engineBytes(p, false);
			} else if (name.endsWith(".jar") && isHiveMqRuntime(name)) {
				hivemq += Files.size(p);
			}
		}
		String metric = "8. Code size: compressed jar bytes (ours: engine packages only; others: jars incl. run-time "
				+ "dependencies)";
		report.add(metric, "B", Report.OURS, ours);
		report.add("8. Code size: our engine's uncompressed class files (debug info included)", "B", Report.OURS,
				oursRaw);
		report.add(metric, "B", Report.PAHO, paho);
		report.add(metric, "B", Report.HIVEMQ, hivemq);
		double[] stripped = strippedClassBytes();
		report.add("8. Code size: engine class files without debug info (javac --release 7 -g:none, "
				+ "org.mqttboard.mqtt.*)", "B", Report.OURS, stripped[0]);
		report.add("8. Code size: all device-bound class files without debug info (src/ and platform/microej, "
				+ "same javac)", "B", Report.OURS, stripped[1]);
	}

	/**
	 * Compiles the device-bound sources as flashed code is compiled (Java 7, no debug information), the MicroEJ API
	 * stubs only resolved, not emitted.
	 *
	 * @return {bytes of the engine's class files (org/mqttboard/mqtt), bytes of all device-bound class files};
	 *         NaN when the sources or a JDK that still compiles for Java 7 (up to JDK 19) are missing
	 */
	private static double[] strippedClassBytes() throws IOException {
		Path root = Path.of("").toAbsolutePath();
		while (root != null && !Files.exists(root.resolve("module.ivy"))) {
			root = root.getParent();
		}
		javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
		if (root == null || javac == null || Runtime.version().feature() >= 20) {
			return new double[] { Double.NaN, Double.NaN };
		}
		List<String> args = new ArrayList<>(List.of("--release", "7", "-g:none", "-nowarn", "-Xlint:-options",
				"-implicit:none", "-proc:none", "-sourcepath",
				root.resolve("platform/microej-api-stubs/src/main/java").toString()));
		Path out = Files.createTempDirectory("bench-classes");
		args.add("-d");
		args.add(out.toString());
		for (String dir : new String[] { "src/main/java", "platform/microej/src/main/java" }) {
			try (Stream<Path> files = Files.walk(root.resolve(dir))) {
				files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
			}
		}
		try {
			if (javac.run(null, null, System.err, args.toArray(new String[0])) != 0) {
				return new double[] { Double.NaN, Double.NaN };
			}
			long engine = 0;
			long all = 0;
			try (Stream<Path> classes = Files.walk(out)) {
				for (Path c : (Iterable<Path>) classes.filter(f -> f.toString().endsWith(".class"))::iterator) {
					long size = Files.size(c);
					all += size;
					engine += out.relativize(c).startsWith(Path.of("org", "mqttboard", "mqtt")) ? size : 0;
				}
			}
			return new double[] { engine, all };
		} finally {
			try (Stream<Path> walk = Files.walk(out)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** The HiveMQ client and what it pulls in at run time (Netty, RxJava, JCTools, Dagger, javax.inject). */
	private static boolean isHiveMqRuntime(String jar) {
		return jar.startsWith("hivemq-mqtt-client") || jar.startsWith("netty-") || jar.startsWith("rxjava")
				|| jar.startsWith("jctools") || jar.startsWith("dagger") || jar.startsWith("javax.inject")
				|| jar.startsWith("reactive-streams") || jar.startsWith("jetbrains") || jar.startsWith("annotations");
	}

	/**
	 * Bytes of the engine's class files (mqtt/codec, mqtt/session, mqtt/transport) in the firmware jar.
	 *
	 * @param compressed true: as stored in the jar (comparable with the other clients' jar sizes); false: raw
	 */
	private static long engineBytes(Path jarFile, boolean compressed) throws IOException {
		try (java.util.jar.JarFile jar = new java.util.jar.JarFile(jarFile.toFile())) {
			return jar.stream().filter(e -> e.getName().startsWith("org/mqttboard/mqtt/")
					&& e.getName().endsWith(".class")).mapToLong(e -> compressed ? e.getCompressedSize() : e.getSize())
					.sum();
		}
	}
}
