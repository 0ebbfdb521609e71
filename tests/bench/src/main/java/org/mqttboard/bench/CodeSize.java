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
