/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The simulator's real command line in a child JVM (as {@code ./simulate} starts it, in the repository root), its
 * standard output and error collected line by line for flow tests that talk to it while it runs. Every wait is
 * bounded; {@link #close()} kills what is still running.
 */
final class SimProcess implements AutoCloseable {

	final Process process;
	final List<String> out = new CopyOnWriteArrayList<>();
	final List<String> err = new CopyOnWriteArrayList<>();

	/** @param args command-line arguments ({@link SimRun#command} adds a fresh {@code --data} folder) */
	SimProcess(String... args) throws IOException {
		this.process = new ProcessBuilder(SimRun.command(args)).directory(SimRun.root().toFile()).start();
		SimRun.collect(this.process.getInputStream(), this.out);
		SimRun.collect(this.process.getErrorStream(), this.err);
	}

	/** @return the first line of {@code lines} matching {@code pattern}, waiting up to {@code seconds} for it */
	String awaitLine(List<String> lines, Pattern pattern, long seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < deadline) {
			for (String line : lines) {
				if (pattern.matcher(line).find()) {
					return line;
				}
			}
			assertTrue("simulator ended early:\n" + this, this.process.isAlive());
			Thread.sleep(50);
		}
		fail("no line matching " + pattern + " in " + seconds + " s:\n" + this);
		return null;
	}

	/** @return the exit status, waiting up to {@code seconds} for the end */
	int awaitExit(long seconds) throws InterruptedException {
		assertTrue("simulator did not end:\n" + this, this.process.waitFor(seconds, TimeUnit.SECONDS));
		Thread.sleep(200); // the readers take the last lines
		System.out.println(this);
		return this.process.exitValue();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Override
	public String toString() {
		return "stdout:\n" + String.join("\n", this.out) + "\nstderr:\n" + String.join("\n", this.err);
	}
}
