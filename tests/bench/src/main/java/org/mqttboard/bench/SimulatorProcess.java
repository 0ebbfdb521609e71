/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator ({@code ./simulate}: {@code org.mqttboard.sim.Main}) in a JVM of its own — a board of its own, with
 * its own name service — running a script from its standard input ({@code --script -}). Each line of its standard
 * output (one event per line: {@code STATE ONLINE}, {@code DISPLAY text}, ...) is stamped with this JVM's
 * {@link System#nanoTime()} when it arrives, so the board's events and the proxies' observations share one clock
 * (a pipe adds microseconds). Start-up of the JVM is not measured: figures start at the board's first event.
 * <p>
 * Host-only; {@link #close()} waits for the script's end, bounded, then kills the process.
 */
final class SimulatorProcess implements AutoCloseable {

	/** One output line and when it arrived. */
	record Line(long nanos, String text) {
	}

	private final Process process;
	private final Path stderr;
	private final List<Line> lines = new ArrayList<>();

	/**
	 * @param jvmOptions system properties for the board's JVM (e.g. its host table)
	 * @param args the simulator's command line before {@code --script -}
	 * @param script the script (whole lines), written at once
	 */
	SimulatorProcess(List<String> jvmOptions, List<String> args, String script) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("org.mqttboard.sim.Main");
		command.addAll(args);
		command.add("--script");
		command.add("-");
		this.stderr = Files.createTempFile("bench-simulator", ".log");
		this.process = new ProcessBuilder(command).redirectError(this.stderr.toFile()).start();
		try (OutputStream in = this.process.getOutputStream()) {
			in.write(script.getBytes(StandardCharsets.UTF_8));
		}
		Thread reader = new Thread(this::readLines, "simulator-stdout");
		reader.setDaemon(true);
		reader.start();
	}

	private void readLines() {
		try (BufferedReader r = new BufferedReader(new InputStreamReader(this.process.getInputStream(),
				StandardCharsets.UTF_8))) {
			String line;
			while ((line = r.readLine()) != null) {
				long now = System.nanoTime();
				synchronized (this.lines) {
					this.lines.add(new Line(now, line));
					this.lines.notifyAll();
				}
			}
		} catch (IOException e) {
			// process gone
		}
	}

	/**
	 * Waits for the first line at index {@code from} or later that equals {@code text}.
	 *
	 * @return its index
	 * @throws IllegalStateException on timeout or when the simulator ended first (with its last output)
	 */
	int await(String text, int from, long timeoutMillis) throws InterruptedException, IOException {
		long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
		synchronized (this.lines) {
			for (int i = from; ; i++) {
				while (i >= this.lines.size()) {
					long left = (deadline - System.nanoTime()) / 1_000_000L;
					if (left <= 0 || !this.process.isAlive() && i >= this.lines.size()) {
						throw new IllegalStateException("simulator: no '" + text + "' in " + timeoutMillis + " ms; "
								+ "output " + this.lines + "; log tail: " + tail());
					}
					this.lines.wait(Math.min(left, 100));
				}
				if (this.lines.get(i).text().equals(text)) {
					return i;
				}
			}
		}
	}

	/** @return the index of the first line at {@code from} or later that equals {@code text}, or -1 (no wait) */
	int find(String text, int from) {
		synchronized (this.lines) {
			for (int i = from; i < this.lines.size(); i++) {
				if (this.lines.get(i).text().equals(text)) {
					return i;
				}
			}
			return -1;
		}
	}

	/** @return the line at {@code index} */
	Line line(int index) {
		synchronized (this.lines) {
			return this.lines.get(index);
		}
	}

	private String tail() throws IOException {
		List<String> log = Files.readAllLines(this.stderr, StandardCharsets.UTF_8);
		return String.join(" | ", log.subList(Math.max(0, log.size() - 8), log.size()));
	}

	@Override
	public void close() throws Exception {
		try {
			if (!this.process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		} finally {
			Files.deleteIfExists(this.stderr);
		}
	}
}
