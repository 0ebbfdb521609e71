/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.microej;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.mqttboard.platform.Storage;

/**
 * {@link Storage} on one folder of the board's file system (FS API, {@code ej.api:fs}): {@code java.io.File} with
 * file streams. What the crash safety of the stored configuration relies on, per the public VEE Port sources
 * (MicroEJ/VEEPort-Espressif-ESP-WROVER-KIT-V4.1@7e4d2fb4, {@code ESP32-WROVER-Xtensa-FreeRTOS-bsp/projects/microej}):
 * <ul>
 * <li>{@code FileOutputStream.flush()} is the native {@code LLFS_File_IMPL_flush} ({@code platform/inc/intern/
 * LLFS_File_impl.h:24}), which calls FatFs {@code f_sync} ({@code fs/src/fs_helper_fatfs.c:747-761}): the bytes are
 * on the medium when it returns;</li>
 * <li>{@code File.renameTo} is {@code LLFS_IMPL_rename_to} ({@code platform/inc/intern/LLFS_impl.h:25}), FatFs
 * {@code f_rename} ({@code fs/src/fs_helper_fatfs.c:201-217}), which refuses an existing target: hence the two
 * renames of {@link org.mqttboard.app.store.AtomicFile}.</li>
 * </ul>
 * FatFs writes a rename's directory entries in one sector when both names share it (same folder, short names),
 * which is what "the rename is all or nothing" assumes; other file systems are not covered by this evidence.
 * <p>
 * Threading: main loop only.
 */
public final class FsStorage implements Storage {

	private final File folder;

	/** @param folder absolute path of the folder (created on the first write), e.g. {@code /sdcard/mqttboard} */
	public FsStorage(String folder) {
		this.folder = new File(folder);
	}

	@Override
	public InputStream read(String name) throws IOException {
		return new FileInputStream(file(name));
	}

	@Override
	public OutputStream create(String name) throws IOException {
		if (!this.folder.exists() && !this.folder.mkdirs()) {
			throw new IOException("cannot create the folder " + this.folder.getAbsolutePath());
		}
		return new FileOutputStream(file(name), false);
	}

	@Override
	public boolean exists(String name) {
		return file(name).isFile();
	}

	@Override
	public boolean rename(String from, String to) {
		File target = file(to);
		return !target.exists() && file(from).renameTo(target);
	}

	@Override
	public boolean delete(String name) {
		File f = file(name);
		return !f.exists() || f.delete();
	}

	@Override
	public String describe(String name) {
		return file(name).getAbsolutePath();
	}

	private File file(String name) {
		return new File(this.folder, name);
	}
}
