/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the simulator through its real command line in a child JVM, exactly as {@code ./simulate} does (the
 * simulator module's classes plus the class path Maven wrote for the script), with a time bound.
 */
final class SimRun {

	/** Upper bound of one simulator run, seconds. */
	private static final long LIMIT_SECONDS = 90;

	final int exit;
	final String out;
	final String err;

	private SimRun(int exit, String out, String err) {
		this.exit = exit;
		this.out = out;
		this.err = err;
	}

	/**
	 * @param dir a temporary directory for the script and the captured output
	 * @param script the script text, or null for none
	 * @param args command-line arguments (the script is added as {@code --script FILE})
	 * @return the finished run
	 */
	static SimRun run(Path dir, String script, String... args) throws IOException, InterruptedException {
		List<String> command = command(args);
		if (script != null) {
			Path scriptFile = Files.createTempFile(dir, "script", ".txt");
			Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
			command.add("--script");
			command.add(scriptFile.toString());
		}
		Path out = Files.createTempFile(dir, "out", ".txt");
		Path err = Files.createTempFile(dir, "err", ".txt");
		Process process = new ProcessBuilder(command).directory(root().toFile()).redirectOutput(out.toFile())
				.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
		process.getOutputStream().close();
		if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			throw new AssertionError("simulator still running after " + LIMIT_SECONDS + " s; output:\n"
					+ Files.readString(out) + "\nstderr:\n" + Files.readString(err));
		}
		SimRun run = new SimRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		System.out.println("--- simulator " + String.join(" ", args) + " exit " + run.exit + "\n" + run.out
				+ "--- stderr\n" + run.err);
		return run;
	}

	/**
	 * @param args command-line arguments
	 * @return the simulator's command line, as {@code ./simulate} builds it
	 */
	static List<String> command(String... args) throws IOException {
		Path simTarget = root().resolve("platform/simulator/target");
		Path classpathFile = simTarget.resolve("classpath.txt");
		assertTrue("run the simulator module's package phase first: " + classpathFile, Files.exists(classpathFile));
		String classpath = simTarget.resolve("classes") + File.pathSeparator
				+ Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Djava.awt.headless=true", "-cp", classpath, "org.mqttboard.sim.Main"));
		command.addAll(Arrays.asList(args));
		if (!command.contains("--data") && !command.contains("--check")) {
			// A fresh, empty board storage: a configuration saved in the repository's default folder must not leak in.
			command.add("--data");
			command.add(Files.createTempDirectory("mqb-sim-data-").toString());
		}
		return command;
	}

	/** @return the repository root (the simulator runs there, as {@code ./simulate} does) */
	static Path root() {
		return Path.of(System.getProperty("mqttboard.root", "../..")).toAbsolutePath().normalize();
	}

	/** @return how many output lines equal {@code line} */
	long count(String line) {
		return this.out.lines().filter(line::equals).count();
	}

	/** @return everything, for assertion messages */
	@Override
	public String toString() {
		return "exit " + this.exit + "\nstdout:\n" + this.out + "stderr:\n" + this.err;
	}

	/** Copies the lines of a child process's output into {@code lines}, on a daemon thread, until it ends. */
	static void collect(InputStream stream, List<String> lines) {
		Thread reader = new Thread(() -> {
			try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
				for (String line = r.readLine(); line != null; line = r.readLine()) {
					lines.add(line);
				}
			} catch (IOException e) {
				// The process ended.
			}
		});
		reader.setDaemon(true);
		reader.start();
	}
}
