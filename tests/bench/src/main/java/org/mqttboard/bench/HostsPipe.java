/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A resolver with a network's delay for a simulated board's JVM: a named pipe that the board's JVM takes as its
 * host table ({@code -Djdk.net.hosts.file=}{@link #path()}, with {@code -Dsun.net.inetaddr.ttl=0} so that the
 * JDK's own cache answers nothing). The JDK's host-file name service opens and reads that file on every lookup;
 * each open is one lookup the firmware issued: this class records when it happened, waits one round trip, then
 * writes the table. No lookup the firmware makes can go unseen or cost less than a round trip (on a device, a
 * resolver cache may answer a repeated name for free; these counts show what the firmware asks for).
 * <p>
 * Host-only (Linux: {@code mkfifo}); one daemon thread; {@link #close()} ends it.
 */
final class HostsPipe implements AutoCloseable {

	private final Path path;
	private final byte[] table;
	private final long roundTripMillis;
	private final List<Long> lookups = new CopyOnWriteArrayList<>();
	private volatile boolean closed;

	/**
	 * @param dir where to create the pipe
	 * @param table the host table, {@code /etc/hosts} syntax
	 * @param delayMillis one-way delay: each lookup is answered after twice this
	 */
	HostsPipe(Path dir, String table, long delayMillis) throws IOException, InterruptedException {
		this.path = dir.resolve("hosts.pipe");
		Process mkfifo = new ProcessBuilder("mkfifo", this.path.toString()).redirectErrorStream(true).start();
		if (mkfifo.waitFor() != 0) {
			throw new IOException("mkfifo failed: " + new String(mkfifo.getInputStream().readAllBytes(),
					StandardCharsets.UTF_8));
		}
		this.table = table.getBytes(StandardCharsets.US_ASCII);
		this.roundTripMillis = 2 * delayMillis;
		Thread t = new Thread(this::serve, "hosts-pipe");
		t.setDaemon(true);
		t.start();
	}

	/** @return the pipe to pass as {@code jdk.net.hosts.file} */
	Path path() {
		return this.path;
	}

	/** @return {@link System#nanoTime()} of every lookup so far */
	List<Long> lookups() {
		return this.lookups;
	}

	private void serve() {
		while (!this.closed) {
			// Opening for writing blocks until a lookup opens the pipe for reading.
			try (OutputStream out = Files.newOutputStream(this.path)) {
				if (this.closed) {
					return;
				}
				this.lookups.add(System.nanoTime());
				Thread.sleep(this.roundTripMillis);
				out.write(this.table);
			} catch (IOException e) {
				// the reader went away; wait for the next one
			} catch (InterruptedException e) {
				return;
			}
			try {
				Thread.sleep(5); // let the reader see end-of-file before the pipe is opened again
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.closed = true;
		// Read-write open of a pipe never blocks and releases a writer waiting for a reader.
		new RandomAccessFile(this.path.toFile(), "rw").close();
		Files.deleteIfExists(this.path);
	}
}
