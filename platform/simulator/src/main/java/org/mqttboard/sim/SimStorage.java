/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.sim;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.mqttboard.platform.Storage;

/**
 * The simulated board's storage: a folder on the PC ({@code --data DIR}). {@code flush()} syncs the file to the disk
 * like the board's FS flush ({@code f_sync}); a rename never replaces an existing file, like FatFs {@code f_rename}.
 * <p>
 * Threading: the firmware thread.
 */
public final class SimStorage implements Storage {

	private final Path folder;

	/** @param folder the folder (created on the first write) */
	public SimStorage(Path folder) {
		this.folder = folder.toAbsolutePath();
	}

	/** @return the folder */
	public Path folder() {
		return this.folder;
	}

	@Override
	public InputStream read(String name) throws IOException {
		return Files.newInputStream(this.folder.resolve(name));
	}

	@Override
	public OutputStream create(String name) throws IOException {
		Files.createDirectories(this.folder);
		FileOutputStream out = new FileOutputStream(this.folder.resolve(name).toFile(), false);
		return new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				out.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void flush() throws IOException {
				out.flush();
				out.getFD().sync();
			}

			@Override
			public void close() throws IOException {
				out.close();
			}
		};
	}

	@Override
	public boolean exists(String name) {
		return Files.isRegularFile(this.folder.resolve(name));
	}

	@Override
	public boolean rename(String from, String to) {
		Path target = this.folder.resolve(to);
		if (Files.exists(target)) {
			return false;
		}
		try {
			Files.move(this.folder.resolve(from), target, StandardCopyOption.ATOMIC_MOVE);
			return true;
		} catch (AtomicMoveNotSupportedException e) {
			return false;
		} catch (IOException e) {
			return false;
		}
	}

	@Override
	public boolean delete(String name) {
		try {
			Files.deleteIfExists(this.folder.resolve(name));
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	@Override
	public String describe(String name) {
		return this.folder.resolve(name).toString();
	}
}
