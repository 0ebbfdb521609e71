/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * HOST-ONLY helpers shared by the broker rigs: ephemeral loopback ports, readiness waits, temp-dir cleanup.
 */
public final class Rigs {

	private Rigs() {
	}

	/** @return a TCP port that was free on 127.0.0.1 a moment ago (chosen by the kernel, never fixed) */
	public static int freePort() throws IOException {
		// The kernel may hand the same ephemeral port out again as soon as the probe closes, so two listeners of
		// one broker could be given the same port: never return a port this JVM has returned before.
		for (int attempt = 0; attempt < 100; attempt++) {
			try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				probe.setReuseAddress(true);
				int port = probe.getLocalPort();
				synchronized (ISSUED) {
					if (ISSUED.add(port)) {
						return port;
					}
				}
			}
		}
		throw new IOException("no unused loopback port found in 100 attempts");
	}

	/** Every port {@link #freePort()} returned in this JVM. */
	private static final Set<Integer> ISSUED = new HashSet<>();

	/**
	 * Waits until 127.0.0.1:{@code port} accepts TCP connections.
	 *
	 * @param alive checked between attempts: a dead broker ends the wait early
	 * @return true when the port accepted within {@code timeoutMillis}
	 */
	public static boolean waitForPort(int port, long timeoutMillis, java.util.function.BooleanSupplier alive)
			throws InterruptedException {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (System.currentTimeMillis() < deadline) {
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
				return true;
			} catch (IOException e) {
				if (!alive.getAsBoolean()) {
					return false;
				}
				Thread.sleep(25);
			}
		}
		return false;
	}

	/** @return true when {@code condition} held within {@code millis} (polled every 20 ms) */
	public static boolean waitFor(java.util.function.BooleanSupplier condition, long millis)
			throws InterruptedException {
		long deadline = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() >= deadline) {
				return false;
			}
			Thread.sleep(20);
		}
		return true;
	}

	/** Deletes a directory tree, best effort. */
	public static void deleteTree(Path root) {
		if (root == null || !Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.deleteIfExists(p);
				} catch (IOException e) {
					// Best effort: a leftover temp file is harmless.
				}
			});
		} catch (IOException e) {
			// Best effort.
		}
	}
}
